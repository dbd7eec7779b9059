package kr.catalog.api.marketing;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kr.catalog.api.support.ElasticsearchTestProfile;

/** {@link CollectionMembershipIT} on the Elasticsearch backend (a real node). */
@QuarkusTest
@TestProfile(ElasticsearchTestProfile.class)
class CollectionMembershipOnElasticsearchIT extends CollectionMembershipIT {}
