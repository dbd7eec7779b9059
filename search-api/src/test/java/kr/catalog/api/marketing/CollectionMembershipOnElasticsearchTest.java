package kr.catalog.api.marketing;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kr.catalog.api.support.ElasticsearchTestProfile;

/** {@link CollectionMembershipTest} on the Elasticsearch backend (a real node). */
@QuarkusTest
@TestProfile(ElasticsearchTestProfile.class)
class CollectionMembershipOnElasticsearchTest extends CollectionMembershipTest {}
