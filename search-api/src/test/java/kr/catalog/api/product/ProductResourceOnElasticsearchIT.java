package kr.catalog.api.product;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kr.catalog.api.support.ElasticsearchTestProfile;

/** Every assertion of {@link ProductResourceIT}, on the Elasticsearch backend (a real node). */
@QuarkusTest
@TestProfile(ElasticsearchTestProfile.class)
class ProductResourceOnElasticsearchIT extends ProductResourceIT {}
