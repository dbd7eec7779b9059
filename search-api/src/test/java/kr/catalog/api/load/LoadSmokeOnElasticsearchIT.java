package kr.catalog.api.load;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kr.catalog.api.support.ElasticsearchTestProfile;

/** {@link LoadSmokeIT} on the Elasticsearch backend (a real node). */
@QuarkusTest
@TestProfile(ElasticsearchTestProfile.class)
class LoadSmokeOnElasticsearchIT extends LoadSmokeIT {}
