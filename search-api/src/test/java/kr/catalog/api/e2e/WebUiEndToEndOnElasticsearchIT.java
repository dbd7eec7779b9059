package kr.catalog.api.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kr.catalog.api.support.ElasticsearchTestProfile;

/** The same journeys as {@link WebUiEndToEndIT}, on the Elasticsearch backend (a real node). */
@QuarkusTest
@TestProfile(ElasticsearchTestProfile.class)
class WebUiEndToEndOnElasticsearchIT extends WebUiEndToEndIT {}
