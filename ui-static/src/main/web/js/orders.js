// My orders: the history (newest first) and one order with its progress along the lifecycle,
// the tracking timeline (who moved it, when, with which note), its lines and totals. A customer
// can confirm delivery (inspection and take-over) and cancel an order the warehouse has not
// confirmed yet; the buttons appear only for moves the order's `next` lists. "Order again" puts the
// order's lines in the cart at today's prices and names what changed (price, replacement of a
// discontinued product, stock); the statement shows orders and quotes per month with net, VAT
// and gross, and downloads as CSV or PDF.
import { api, cart, currentUser, el, initPage, requireRole, show, strings, t, when, won } from "./core.js";
import { PATHS } from "./lifecycle.js";
import { trackingTimeline } from "./outbound.js";
import { linesTable, totalsTable } from "./quote-view.js";

strings({
  ko: {
    "page.skip": "본문으로 건너뛰기",
    "orders.title": "내 주문",
    "orders.list": "주문 내역",
    "orders.detail": "주문 상세",
    "orders.pick": "왼쪽에서 주문을 고르세요.",
    "orders.none": "아직 주문이 없습니다.",
    "orders.item": "주문 {id} · {date}",
    "orders.summary": "{n}개 품목 · {gross}",
    "orders.head": "주문 {id}",
    "orders.meta": "{channel} 주문 · {fulfilment} · {customer} · 주문자 {by}",
    "orders.address": "배송지: {address}",
    "orders.shipping": "배송 권역 {region}, 배송사 {partner}",
    "orders.picked": "피킹 위치 {location}",
    "orders.shortTitle": "재고 부족으로 줄어든 품목",
    "orders.short": "{line}번 {code}: {ordered}개 주문, {picked}개 출고, {missing}개 부족",
    "orders.short.BACK_ORDER": "부족분은 이월 주문으로 입고 후 보내 드립니다.",
    "orders.short.CANCEL_LINE": "부족분은 취소되었고 금액이 정정되었습니다.",
    "orders.backOrder": "이월 주문 {id} ({status})",
    "orders.backOrderOf": "주문 {id}의 부족분을 담은 이월 주문입니다.",
    "orders.progress": "진행 단계",
    "orders.timeline": "배송 조회",
    "orders.event": "{status}",
    "orders.by": "{name} ({role})",
    "orders.accept": "받았습니다 (인수 확인)",
    "orders.cancel": "주문 취소",
    "orders.cancelAsk": "주문 {id}을(를) 취소할까요?",
    "orders.lines": "주문 품목",
    "orders.moved": "주문 {id}: {status}",
    "orders.reorder": "다시 주문하기",
    "orders.reordered": "장바구니에 {n}개 품목을 오늘 가격으로 담았습니다.",
    "orders.toCart": "장바구니로 가기",
    "orders.omitted": "{code} {name}: 담지 못했습니다 ({reason})",
    "reason.NOT_IN_CATALOG": "카탈로그에 없는 품목",
    "reason.DISCONTINUED_WITHOUT_REPLACEMENT": "단종, 대체 품목 없음",
    "change.PRICE_UP": "{code}: 단가 인상 {was} → {now}",
    "change.PRICE_DOWN": "{code}: 단가 인하 {was} → {now}",
    "change.REPLACED": "{replaces} 단종 → 같은 계열의 {code}(으)로 대체",
    "change.OUT_OF_STOCK": "{code}: 현재 재고 없음 (입고 후 출고)",
    "change.SHORT_STOCK": "{code}: 재고 {available}개뿐 ({quantity}개 주문)",
    "statement.title": "거래내역서",
    "statement.from": "시작 월",
    "statement.to": "끝 월",
    "statement.show": "조회",
    "statement.csv": "CSV 내려받기",
    "statement.pdf": "PDF 내려받기",
    "statement.month": "월",
    "statement.orders": "주문",
    "statement.cancelled": "취소",
    "statement.net": "공급가액",
    "statement.vat": "부가세",
    "statement.gross": "합계",
    "statement.total": "기간 합계",
  },
  en: {
    "page.skip": "Skip to content",
    "orders.title": "My orders",
    "orders.list": "Order history",
    "orders.detail": "Order details",
    "orders.pick": "Pick an order from the list.",
    "orders.none": "No orders yet.",
    "orders.item": "Order {id} · {date}",
    "orders.summary": "{n} lines · {gross}",
    "orders.head": "Order {id}",
    "orders.meta": "{channel} order · {fulfilment} · {customer} · placed by {by}",
    "orders.address": "Deliver to: {address}",
    "orders.shipping": "Region {region}, carrier {partner}",
    "orders.picked": "Picked at {location}",
    "orders.shortTitle": "Lines shipped short",
    "orders.short": "Line {line} {code}: {ordered} ordered, {picked} shipped, {missing} short",
    "orders.short.BACK_ORDER": "The missing units follow in a back-order once they are in stock.",
    "orders.short.CANCEL_LINE": "The missing units were cancelled and the amounts corrected.",
    "orders.backOrder": "Back-order {id} ({status})",
    "orders.backOrderOf": "This back-order carries what order {id} was short of.",
    "orders.progress": "Progress",
    "orders.timeline": "Tracking",
    "orders.event": "{status}",
    "orders.by": "{name} ({role})",
    "orders.accept": "Received (accept delivery)",
    "orders.cancel": "Cancel order",
    "orders.cancelAsk": "Cancel order {id}?",
    "orders.lines": "Lines",
    "orders.moved": "Order {id}: {status}",
    "orders.reorder": "Order again",
    "orders.reordered": "{n} lines put in the cart at today's prices.",
    "orders.toCart": "Go to the cart",
    "orders.omitted": "{code} {name}: not added ({reason})",
    "reason.NOT_IN_CATALOG": "no longer in the catalog",
    "reason.DISCONTINUED_WITHOUT_REPLACEMENT": "discontinued, no replacement",
    "change.PRICE_UP": "{code}: unit price up {was} → {now}",
    "change.PRICE_DOWN": "{code}: unit price down {was} → {now}",
    "change.REPLACED": "{replaces} discontinued → replaced by {code} of the same family",
    "change.OUT_OF_STOCK": "{code}: out of stock now (ships when it arrives)",
    "change.SHORT_STOCK": "{code}: only {available} in stock ({quantity} ordered)",
    "statement.title": "Statement",
    "statement.from": "From month",
    "statement.to": "To month",
    "statement.show": "Show",
    "statement.csv": "Download CSV",
    "statement.pdf": "Download PDF",
    "statement.month": "Month",
    "statement.orders": "Orders",
    "statement.cancelled": "Cancelled",
    "statement.net": "Net",
    "statement.vat": "VAT",
    "statement.gross": "Gross",
    "statement.total": "Period total",
  },
});

const error = document.getElementById("error");
const status = (s) => el("span", { class: `status ${s}`, text: t(`status.${s}`) });

async function loadList(selected) {
  let orders;
  try {
    orders = await api("/api/orders?size=50");
  } catch (e) {
    show(error, e.message);
    return;
  }
  const list = document.getElementById("order-list");
  if (!orders.length) {
    list.replaceChildren(el("li", { class: "hint", text: t("orders.none") }));
    return;
  }
  list.replaceChildren(...orders.map((o) => el("li", {}, el("a", {
    href: `?id=${o.id}`, "data-order": o.id, "aria-current": String(o.id) === String(selected) ? "true" : "false",
    onclick: (e) => {
      e.preventDefault();
      history.pushState(null, "", `?id=${o.id}`);
      select(o.id);
    },
  }, el("strong", { text: t("orders.item", { id: o.id, date: when(o.createdAt) }) }), " ", status(o.status),
  el("div", { class: "hint", text: t("orders.summary", { n: o.lineCount, gross: won(o.grossTotal) }) })))));
}

async function select(id) {
  show(error, "");
  document.querySelectorAll("#order-list a").forEach((a) =>
    a.setAttribute("aria-current", a.dataset.order === String(id) ? "true" : "false"));
  let order;
  try {
    order = await api(`/api/orders/${encodeURIComponent(id)}`);
  } catch (e) {
    show(error, e.message);
    return;
  }
  renderOrder(order);
  // Deliveries: the moves and the tracking events along the route, in time order.
  if (order.fulfilment === "DELIVERY") {
    trackingTimeline(order, document.getElementById("timeline")).catch((e) => show(error, e.message));
  }
}

function renderOrder(o) {
  const user = currentUser();
  const path = PATHS[o.fulfilment];
  const reached = path.indexOf(o.status);
  const actions = [];
  if (o.next.includes("ACCEPTED") && ["CUSTOMER", "COUNSELLOR", "ADMIN"].includes(user?.role)) {
    actions.push(el("button", { type: "button", id: "accept", onclick: () => move(o, "ACCEPTED") }, t("orders.accept")));
  }
  if (["CUSTOMER", "COUNSELLOR", "ADMIN"].includes(user?.role)) {
    actions.push(el("button", { type: "button", class: "secondary", id: "reorder", onclick: () => reorder(o) }, t("orders.reorder")));
  }
  if ((o.status === "RECEIVED" || o.status === "BACK_ORDERED") && o.next.includes("CANCELLED")) {
    actions.push(el("button", {
      type: "button", class: "danger", id: "cancel",
      onclick: () => confirm(t("orders.cancelAsk", { id: o.id })) && move(o, "CANCELLED"),
    }, t("orders.cancel")));
  }
  document.getElementById("order-detail").replaceChildren(
    el("h3", { id: "order-title" }, t("orders.head", { id: o.id }), " ", el("span", { id: "order-status", "data-status": o.status }, status(o.status))),
    el("p", { class: "hint", text: t("orders.meta", {
      channel: t(`channel.${o.channel}`), fulfilment: t(`fulfilment.${o.fulfilment}`), customer: o.customer.name, by: o.placedBy.name,
    }) }),
    o.deliveryAddress && o.fulfilment === "DELIVERY" ? el("p", { text: t("orders.address", { address: o.deliveryAddress }) }) : "",
    o.pickingLocation ? el("p", { class: "hint", text: t("orders.picked", { location: o.pickingLocation }) }) : "",
    o.region ? el("p", { text: t("orders.shipping", { region: o.region, partner: o.deliveryPartner }) }) : "",
    o.status === "CANCELLED" ? "" : el("ol", { class: "progress", "aria-label": t("orders.progress") }, path.map((s, i) =>
      el("li", { class: i < reached ? "done" : null, "aria-current": i === reached ? "step" : null, text: t(`status.${s}`) }))),
    actions.length ? el("div", { class: "row" }, actions) : "",
    el("div", { id: "reorder-result", role: "status" }),
    el("h3", { text: t("orders.timeline") }),
    el("ol", { class: "timeline", id: "timeline" }, o.timeline.map((e) => el("li", { "data-status": e.to },
      el("strong", { text: t(`status.${e.to}`) }), " ",
      el("time", { datetime: e.at, text: when(e.at) }),
      el("div", { class: "hint", text: t("orders.by", { name: e.by.name, role: t(`role.${e.by.role}`) }) }),
      e.note ? el("div", { text: e.note }) : ""))),

    el("h3", { text: t("orders.lines") }),
    linesTable(o.lines),
    shortfall(o),
    totalsTable(o.totals));
}

/** A short line and where its missing units went (issue 17: never a silent change). */
function shortfall(o) {
  const parts = [];
  if (o.backOrderOf) {
    parts.push(el("p", {}, el("a", { href: `/orders.html?id=${o.backOrderOf}`, text: t("orders.backOrderOf", { id: o.backOrderOf }) })));
  }
  if (o.shortLines && o.shortLines.length) {
    parts.push(el("h3", { text: t("orders.shortTitle") }),
      el("ul", { id: "short-lines" }, o.shortLines.map((l) => el("li", { class: "short", text: t("orders.short", {
        line: l.lineNo, code: l.code, ordered: l.ordered, picked: l.picked, missing: l.missing,
      }) }))),
      el("p", { class: "hint", text: t(`orders.short.${o.shortfall}`) }));
  }
  for (const b of o.backOrders || []) {
    parts.push(el("p", {}, el("a", { href: `/orders.html?id=${b.id}`, text: t("orders.backOrder", { id: b.id, status: t(`status.${b.status}`) }) })));
  }
  return parts.length ? el("section", { class: "shortfall" }, parts) : "";
}

async function move(order, to) {
  show(error, "");
  try {
    const moved = await api(`/api/orders/${order.id}/transitions`, { method: "POST", body: { to } });
    renderOrder(moved);
    loadList(order.id);
  } catch (e) {
    show(error, e.message);
  }
}

/** Puts the order's lines in the cart at today's prices and lists what changed since. */
async function reorder(order) {
  show(error, "");
  let r;
  try {
    r = await api(`/api/reorders/orders/${order.id}`);
  } catch (e) {
    show(error, e.message);
    return;
  }
  r.lines.forEach((l) => cart.add({ code: l.code, name: l.name, price: l.unitPrice }, l.quantity));
  const notes = [];
  r.lines.forEach((l) => l.changes.forEach((c) => notes.push(t(`change.${c.kind}`, {
    code: l.code, replaces: l.replaces, was: won(l.previousUnitPrice), now: won(l.unitPrice),
    available: l.available, quantity: l.quantity,
  }))));
  r.omitted.forEach((o) => notes.push(t("orders.omitted", { code: o.code, name: o.name, reason: t(`reason.${o.reason}`) })));
  document.getElementById("reorder-result").replaceChildren(
    el("p", { class: "notice", text: t("orders.reordered", { n: r.lines.length }) }),
    notes.length ? el("ul", { id: "reorder-changes" }, notes.map((n) => el("li", { text: n }))) : "",
    el("a", { class: "button", href: "/cart.html" }, t("orders.toCart")));
}

/** The statement of the signed-in customer over the chosen months, with its downloads. */
async function loadStatement() {
  const from = document.getElementById("statement-from").value;
  const to = document.getElementById("statement-to").value;
  const query = new URLSearchParams();
  if (from) query.set("from", from);
  if (to) query.set("to", to);
  let s;
  try {
    s = await api(`/api/statements?${query}`);
  } catch (e) {
    show(error, e.message);
    return;
  }
  const period = new URLSearchParams({ from: s.from, to: s.to });
  const money = (a) => [won(a.net), won(a.vat), won(a.gross)].map((v) => el("td", { class: "num", text: v }));
  document.getElementById("statement-result").replaceChildren(
    el("table", { class: "lines", id: "statement-table" },
      el("thead", {}, el("tr", {}, ["month", "orders", "cancelled", "net", "vat", "gross"].map((k) =>
        el("th", { scope: "col", text: t(`statement.${k}`) })))),
      el("tbody", {}, s.months.map((m) => el("tr", {},
        el("th", { scope: "row", text: m.month }),
        el("td", { class: "num", text: String(m.orders) }),
        el("td", { class: "num", text: String(m.cancelled) }),
        ...money(m.amounts)))),
      el("tfoot", {}, el("tr", {},
        el("th", { scope: "row", text: t("statement.total") }),
        el("td", { class: "num", text: String(s.months.reduce((n, m) => n + m.orders, 0)) }),
        el("td", { class: "num", text: String(s.months.reduce((n, m) => n + m.cancelled, 0)) }),
        ...money(s.totals)))),
    el("div", { class: "row" },
      el("a", { class: "button secondary", id: "statement-csv", href: `/api/statements/csv?${period}`, download: "" }, t("statement.csv")),
      el("a", { class: "button secondary", id: "statement-pdf", href: `/api/statements/pdf?${period}`, type: "application/pdf" }, t("statement.pdf"))));
}

initPage();
if (requireRole("CUSTOMER", "COUNSELLOR")) {
  if (currentUser()?.role === "CUSTOMER") {
    document.getElementById("statement").hidden = false;
    document.getElementById("statement-form").addEventListener("submit", (e) => {
      e.preventDefault();
      loadStatement();
    });
    loadStatement();
  }
  const id = new URLSearchParams(location.search).get("id");
  loadList(id);
  if (id) select(id);
  window.addEventListener("popstate", () => {
    const again = new URLSearchParams(location.search).get("id");
    if (again) select(again);
  });
}
