// The banner of a search answered by a typo correction: what ran, and a link that runs the text as
// typed (exact=true). Pure (no DOM), so it can be checked outside a browser (src/test/js).

/**
 * What the banner says for this /api/search answer and the URL parameters that asked for it, or
 * null when the answer is not a correction.
 * @returns {{ query: string, typed: string, exactParams: URLSearchParams } | null}
 */
export function correctionBanner(body, params) {
  if (!body || !body.correctedFrom) return null;
  const exactParams = new URLSearchParams(params);
  exactParams.set("q", body.correctedFrom);
  exactParams.set("exact", "true");
  // The exact search starts on its first page: the corrected one's page numbers mean nothing there.
  exactParams.delete("page");
  exactParams.delete("cursor");
  return { query: body.query, typed: body.correctedFrom, exactParams };
}
