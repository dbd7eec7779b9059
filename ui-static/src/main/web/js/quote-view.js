// Renders a priced quote or order: one row per line with every pricing step (list price, tier,
// grade and promotion discounts per unit, net unit price, net, VAT, gross) and the totals, as the
// pricing rule in docs/ORDERS.md defines them. Shared by the cart, my orders and the console.
import { el, num, strings, t, won } from "./core.js";

strings({
  ko: {
    "lines.code": "품번", "lines.name": "제품명", "lines.qty": "수량", "lines.list": "정가",
    "lines.discounts": "할인 (개당)", "lines.unit": "단가", "lines.net": "공급가", "lines.vat": "부가세", "lines.gross": "합계",
    "lines.tier": "수량 {p}%", "lines.grade": "등급 {p}%", "lines.promo": "행사 {p}%", "lines.none": "없음",
    "totals.net": "공급가 합계", "totals.vat": "부가세", "totals.gross": "총액",
  },
  en: {
    "lines.code": "Code", "lines.name": "Product", "lines.qty": "Qty", "lines.list": "List price",
    "lines.discounts": "Discounts (per unit)", "lines.unit": "Unit price", "lines.net": "Net", "lines.vat": "VAT", "lines.gross": "Gross",
    "lines.tier": "quantity {p}%", "lines.grade": "grade {p}%", "lines.promo": "promotion {p}%", "lines.none": "none",
    "totals.net": "Net total", "totals.vat": "VAT", "totals.gross": "Total",
  },
});

export function linesTable(lines) {
  const discounts = (l) => {
    const parts = [];
    if (l.tierPercent) parts.push(`${t("lines.tier", { p: l.tierPercent })}\u00a0−${won(l.tierDiscount)}`);
    if (l.gradePercent) parts.push(`${t("lines.grade", { p: l.gradePercent })}\u00a0−${won(l.gradeDiscount)}`);
    if (l.promoPercent) parts.push(`${t("lines.promo", { p: l.promoPercent })}${l.promoSource ? ` (${l.promoSource})` : ""}\u00a0−${won(l.promoDiscount)}`);
    return parts.length ? parts.join(", ") : t("lines.none");
  };
  const head = ["lines.code", "lines.name", "lines.qty", "lines.list", "lines.discounts", "lines.unit", "lines.net", "lines.vat", "lines.gross"];
  const numeric = new Set(["lines.qty", "lines.list", "lines.unit", "lines.net", "lines.vat", "lines.gross"]);
  return el("div", { class: "table-wrap" }, el("table", { class: "lines" },
    el("thead", {}, el("tr", {}, head.map((k) => el("th", { scope: "col", class: numeric.has(k) ? "num" : null, text: t(k) })))),
    el("tbody", {}, lines.map((l) => el("tr", {},
      el("td", { class: "code", text: l.code }), el("td", { text: l.name }),
      el("td", { class: "num", text: num(l.quantity) }), el("td", { class: "num", text: won(l.listPrice) }),
      el("td", { text: discounts(l) }), el("td", { class: "num", text: won(l.unitPrice) }),
      el("td", { class: "num", text: won(l.netAmount) }), el("td", { class: "num", text: won(l.vatAmount) }),
      el("td", { class: "num", text: won(l.grossAmount) }))))));
}

export function totalsTable(totals) {
  return el("table", { class: "totals" }, el("tbody", {},
    el("tr", {}, el("th", { scope: "row", text: t("totals.net") }), el("td", { class: "num", text: won(totals.net) })),
    el("tr", {}, el("th", { scope: "row", text: t("totals.vat") }), el("td", { class: "num", text: won(totals.vat) })),
    el("tr", {}, el("th", { scope: "row", text: t("totals.gross") }), el("td", { class: "num", id: "gross-total", text: won(totals.gross) }))));
}

/** A retry-safe key for one submission (Idempotency-Key); works without a secure context. */
export function idempotencyKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The 422 unresolved lines as a list, each with its suggestions as buttons. */
export function unresolvedList(problem, onPick) {
  const lines = problem?.unresolved || [];
  if (!lines.length) return null;
  return el("ul", { class: "unresolved" }, lines.map((u) => el("li", {},
    el("strong", { text: `${u.lineNo}: ${u.code}` }), ` × ${num(u.quantity)} — ${t(`reason.${u.reason}`)}`,
    u.suggestions?.length ? el("span", {}, " → ", u.suggestions.slice(0, 5).map((s) =>
      el("button", { type: "button", class: "link suggestion", onclick: () => onPick(u, s.code || s) }, s.code || String(s)))) : "")));
}
