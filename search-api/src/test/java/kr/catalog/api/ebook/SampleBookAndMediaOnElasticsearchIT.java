package kr.catalog.api.ebook;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kr.catalog.api.support.ElasticsearchTestProfile;

/**
 * Every assertion of {@link SampleBookAndMediaIT}, with the application on the Elasticsearch
 * backend.
 */
@QuarkusTest
@TestProfile(ElasticsearchTestProfile.class)
class SampleBookAndMediaOnElasticsearchIT extends SampleBookAndMediaIT {}
