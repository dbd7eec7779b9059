package kr.catalog.api.search;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kr.catalog.api.support.ElasticsearchTestProfile;

/** Every assertion of {@link DiscoveryResourceIT}, on the Elasticsearch backend (a real node). */
@QuarkusTest
@TestProfile(ElasticsearchTestProfile.class)
class DiscoveryResourceOnElasticsearchIT extends DiscoveryResourceIT {}
