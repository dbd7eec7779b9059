package kr.catalog.api.marketing;

import static kr.catalog.api.security.Sessions.MARKETING;
import static kr.catalog.api.security.Sessions.as;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Products of the sample catalog the collection and merchandising tests use (hand tools of Wiha and
 * power tools of Festool, which no order or quote test touches), and request bodies.
 */
final class CurationFixtures {

  /** Hand-picked products, in the order the tests expect them back. */
  static final String PLIERS = "WIH13SV";

  static final String SCREWDRIVER = "WIH-17-EE";
  static final String HAMMER = "WIH 20 BI";
  static final String SPANNER = "WIH 22 DA";

  /** A discontinued Wiha socket set: never a member. */
  static final String DISCONTINUED = "WIH 54 ZW";

  /** Festool drill drivers (category 01.01): merchandising targets. */
  static final String FESTOOL_DRILL = "FE 26 MC";

  static final String FESTOOL_DRILL_2 = "FE 51 MZ";
  static final String FESTOOL_DRILL_3 = "FE 61 IP";

  /** The maker whose products a rule-based collection takes. */
  static final String MAKER_WIHA = "wiha";

  /** Drills & drivers. */
  static final String CATEGORY_DRILLS = "01.01";

  /** A fixed instant far from any real date, so tests can place the clock around it. */
  static final Instant START = Instant.parse("2031-03-01T00:00:00Z");

  static final Instant END = Instant.parse("2031-04-01T00:00:00Z");

  private CurationFixtures() {}

  /** A collection body; callers add or replace entries. */
  static Map<String, Object> collection(String slug, List<String> products) {
    Map<String, Object> body = new HashMap<>();
    body.put("slug", slug);
    body.put("type", "SEASONAL");
    body.put("titleKo", "봄맞이 수공구전");
    body.put("titleEn", "Spring hand tools");
    body.put("startsAt", START.toString());
    body.put("endsAt", END.toString());
    body.put("products", products);
    return body;
  }

  /** A rule body; callers add or replace entries. */
  static Map<String, Object> rule(String query, String action, String product) {
    Map<String, Object> body = new HashMap<>();
    body.put("query", query);
    body.put("action", action);
    body.put("product", product);
    body.put("startsAt", START.toString());
    body.put("endsAt", END.toString());
    return body;
  }

  /** Deletes a collection if it exists (cleanup). */
  static void deleteCollection(String slug) {
    as(MARKETING).delete("/api/collections/{slug}", slug);
  }

  /** Deletes these merchandising rules if they exist (cleanup). */
  static void deleteRules(List<Integer> ids) {
    for (Integer id : ids) {
      as(MARKETING).delete("/api/marketing/rules/{id}", id);
    }
    ids.clear();
  }
}
