package kr.catalog.api.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kr.catalog.api.support.ElasticsearchTestProfile;

/** Every assertion of {@link LiveSignalsIT}, on the Elasticsearch backend (a real node). */
@QuarkusTest
@TestProfile(ElasticsearchTestProfile.class)
class LiveSignalsOnElasticsearchIT extends LiveSignalsIT {}
