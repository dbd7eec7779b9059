package kr.catalog.api.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kr.catalog.api.support.ElasticsearchTestProfile;

/** The same journeys as {@link WebUiEndToEndTest}, on the Elasticsearch backend (a real node). */
@QuarkusTest
@TestProfile(ElasticsearchTestProfile.class)
class WebUiEndToEndOnElasticsearchTest extends WebUiEndToEndTest {}
