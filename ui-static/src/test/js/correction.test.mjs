// Run with: node --test ui-static/src/test/js/
import { test } from "node:test";
import assert from "node:assert/strict";
import { correctionBanner } from "../../main/web/js/correction.js";

test("a corrected answer shows what ran and links to the typed text run exactly", () => {
  const params = new URLSearchParams({ q: "드랄", maker: "bosch", page: "2" });
  const banner = correctionBanner({ total: 12, query: "드릴", correctedFrom: "드랄" }, params);
  assert.equal(banner.query, "드릴");
  assert.equal(banner.typed, "드랄");
  // The filters stay, the page goes, exact=true forces the typed text.
  assert.equal(banner.exactParams.get("q"), "드랄");
  assert.equal(banner.exactParams.get("exact"), "true");
  assert.equal(banner.exactParams.get("maker"), "bosch");
  assert.equal(banner.exactParams.has("page"), false);
  // The page's own parameters are untouched.
  assert.equal(params.get("page"), "2");
});

test("an answer that is not a correction shows no banner", () => {
  assert.equal(correctionBanner({ total: 3, query: "드릴", correctedFrom: null }, new URLSearchParams()), null);
  assert.equal(correctionBanner({ total: 0, query: "zzqx", didYouMean: null }, new URLSearchParams()), null);
});
