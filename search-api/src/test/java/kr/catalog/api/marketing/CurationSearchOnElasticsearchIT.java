package kr.catalog.api.marketing;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kr.catalog.api.support.ElasticsearchTestProfile;

/** Every assertion of {@link CurationSearchIT}, on the Elasticsearch backend (a real node). */
@QuarkusTest
@TestProfile(ElasticsearchTestProfile.class)
class CurationSearchOnElasticsearchIT extends CurationSearchIT {}
