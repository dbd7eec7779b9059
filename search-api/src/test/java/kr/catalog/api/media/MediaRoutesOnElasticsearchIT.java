package kr.catalog.api.media;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kr.catalog.api.support.ElasticsearchTestProfile;

/** Every assertion of {@link MediaRoutesIT}, with the application on the Elasticsearch backend. */
@QuarkusTest
@TestProfile(ElasticsearchTestProfile.class)
class MediaRoutesOnElasticsearchIT extends MediaRoutesIT {}
