package kr.catalog.api.ebook;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kr.catalog.api.support.ElasticsearchTestProfile;

/**
 * Every assertion of {@link EbookResourceIT}, with the application on the Elasticsearch backend.
 */
@QuarkusTest
@TestProfile(ElasticsearchTestProfile.class)
class EbookResourceOnElasticsearchIT extends EbookResourceIT {}
