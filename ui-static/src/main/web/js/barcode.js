// Scanned barcodes: a scanner types the digits of a GTIN-8/12/13/14 and Enter. When exactly one
// product has that barcode, the page goes straight to it instead of listing search results. The
// API decides (GET /api/lookup/code: the check digit, the exact match and which identifier
// matched); this module only recognises the shape and asks.
import { api } from "./core.js";

/** Whether typed text is a barcode's shape: only digits (spaces and dashes aside), 8/12/13/14. */
export function looksLikeBarcode(text) {
  const digits = String(text || "").replace(/[\s-]/g, "");
  return /^\d+$/.test(digits) && [8, 12, 13, 14].includes(digits.length);
}

/**
 * The product a barcode identifies, or null when none or several do. A wrong check digit comes back
 * as the API's 400 (an ApiError whose message says which digit it should end in).
 */
export async function productForBarcode(text, { signal } = {}) {
  const params = new URLSearchParams({ q: String(text).trim(), limit: "2" });
  const hits = await api(`/api/lookup/code?${params}`, { signal });
  const exact = hits.filter((h) => h.match === "EXACT" && h.matchedIdentifier?.kind === "BARCODE");
  return exact.length === 1 && hits.length === 1 ? exact[0].product : null;
}

/** The page of a product. */
export function productHref(product) {
  return `/product.html?code=${encodeURIComponent(product.code)}`;
}
