// My orders: the history (newest first) and one order with its progress along the lifecycle,
// the tracking timeline (who moved it, when, with which note), its lines and totals. A customer
// can confirm delivery (inspection and take-over) and cancel an order the warehouse has not
// confirmed yet; the buttons appear only for moves the order's `next` lists. "Order again" puts the
// order's lines in the cart at today's prices and names what changed (price, replacement of a
// discontinued product, stock); the statement shows orders and quotes per month with net, VAT
// and gross, and downloads as CSV or PDF.
import { api, cart, currentUser, el, initPage, lang, requireRole, show, strings, t, when, won } from "./core.js";
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
    "accept.title": "받은 물품 확인 (인수 검수)",
    "accept.hint": "품목마다 받은 수량, 모자란 수량, 파손 수량을 적어 주세요. 합은 출고 수량과 같아야 합니다.",
    "accept.line": "{no}. {code} {name} — 출고 {qty}개",
    "accept.accepted": "정상",
    "accept.short": "부족",
    "accept.damaged": "파손",
    "accept.description": "확인 내용 (부족·파손 설명)",
    "accept.submit": "검수 완료, 인수하기",
    "accept.sum": "{no}번 품목: 합 {sum}개 ≠ 출고 {qty}개",
    "accept.done": "인수가 기록되었습니다.",
    "claims.title": "클레임",
    "claims.none": "클레임이 없습니다.",
    "claims.item": "클레임 {id} · {kind} · {status}",
    "claims.amount": "청구 금액 {gross} (공급가 {net} + 부가세 {vat})",
    "claims.credit": "크레디트 노트 {no}",
    "claims.reason": "처리 사유: {reason}",
    "claims.credited": "주문 합계 {order} · 환불(크레디트) 합계 {credited}",
    "claims.reasonLabel": "처리 사유",
    "claims.approve": "승인",
    "claims.reject": "반려",
    "claimKind.RETURN": "반품 (파손)",
    "claimKind.CREDIT_NOTE": "환불 (부족)",
    "claimStatus.OPEN": "접수",
    "claimStatus.APPROVED": "승인",
    "claimStatus.REJECTED": "반려",
    "claimStatus.RECEIVED": "회수 완료",
    "pickup.title": "픽업 코드",
    "pickup.hint": "{store} 카운터에서 이 코드를 알려 주세요. ({address})",
    "pickup.locked": "잘못된 코드가 여러 번 입력되어 잠겼습니다. 매장에 새 코드를 요청해 주세요.",
    "pickup.used": "{when}에 찾아가셨습니다.",
    "history.title": "처리 내역",
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
    "accept.title": "Inspect what you received",
    "accept.hint": "For each line, enter the units received in good order, missing and damaged. They must add up to the units shipped.",
    "accept.line": "{no}. {code} {name} — {qty} shipped",
    "accept.accepted": "Good",
    "accept.short": "Missing",
    "accept.damaged": "Damaged",
    "accept.description": "What you found (missing or damaged goods)",
    "accept.submit": "Inspected: accept the order",
    "accept.sum": "Line {no}: {sum} entered ≠ {qty} shipped",
    "accept.done": "Your inspection was recorded.",
    "claims.title": "Claims",
    "claims.none": "No claims.",
    "claims.item": "Claim {id} · {kind} · {status}",
    "claims.amount": "Amount {gross} (net {net} + VAT {vat})",
    "claims.credit": "Credit note {no}",
    "claims.reason": "Decision: {reason}",
    "claims.credited": "Order total {order} · credited {credited}",
    "claims.reasonLabel": "Reason",
    "claims.approve": "Approve",
    "claims.reject": "Reject",
    "claimKind.RETURN": "Return (damaged)",
    "claimKind.CREDIT_NOTE": "Credit (missing)",
    "claimStatus.OPEN": "Open",
    "claimStatus.APPROVED": "Approved",
    "claimStatus.REJECTED": "Rejected",
    "claimStatus.RECEIVED": "Goods received",
    "pickup.title": "Pickup code",
    "pickup.hint": "Tell this code at the counter of {store}. ({address})",
    "pickup.locked": "Locked after too many wrong codes. Ask the store for a new one.",
    "pickup.used": "Picked up {when}.",
    "history.title": "History",
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
  const inspect = o.next.includes("ACCEPTED") && ["CUSTOMER", "COUNSELLOR", "ADMIN"].includes(user?.role);
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
    inspect ? acceptanceForm(o) : "",
    el("section", { id: "pickup-code", "aria-live": "polite" }),
    el("section", { id: "claims", "aria-labelledby": "claims-h" }),
    el("h3", { text: t("orders.timeline") }),
    el("ol", { class: "timeline", id: "timeline" }, o.timeline.map((e) => el("li", { "data-status": e.to },
      el("strong", { text: t(`status.${e.to}`) }), " ",
      el("time", { datetime: e.at, text: when(e.at) }),
      el("div", { class: "hint", text: t("orders.by", { name: e.by.name, role: t(`role.${e.by.role}`) }) }),
      e.note ? el("div", { text: e.note }) : ""))),

    el("h3", { text: t("orders.lines") }),
    linesTable(o.lines),
    shortfall(o),
    totalsTable(o.totals),
    el("section", { id: "history", "aria-labelledby": "history-h" }));
  loadAfterSales(o);
  loadPickupCode(o);
  loadHistory(o);
}

/** Units of a line that left with the order: the picked quantity once picking recorded a shortfall. */
const toShip = (o, l) => (o.shortLines || []).find((s) => s.lineNo === l.lineNo)?.picked ?? l.quantity;

/** One number field with − and + buttons (the steppers of the inspection form). */
function stepper(name, label, value, max) {
  const input = el("input", { type: "number", name, min: "0", max: String(max), value: String(value), inputmode: "numeric", "aria-label": label });
  const step = (d) => () => {
    input.value = String(Math.min(max, Math.max(0, (Number(input.value) || 0) + d)));
    input.dispatchEvent(new Event("input", { bubbles: true }));
  };
  return el("span", { class: "stepper" },
    el("span", { class: "hint", text: label }),
    el("button", { type: "button", class: "secondary", "data-step": "-1", "aria-label": `${label} −1`, onclick: step(-1) }, "−"),
    input,
    el("button", { type: "button", class: "secondary", "data-step": "+1", "aria-label": `${label} +1`, onclick: step(1) }, "+"));
}

/** The customer's inspection per line: accepted, short and damaged units adding up to the units shipped. */
function acceptanceForm(o) {
  const rows = o.lines.map((l) => {
    const qty = toShip(o, l);
    return el("fieldset", { class: "accept-line", "data-line": String(l.lineNo), "data-qty": String(qty) },
      el("legend", { text: t("accept.line", { no: l.lineNo, code: l.code, name: l.name, qty }) }),
      stepper("accepted", t("accept.accepted"), qty, qty),
      stepper("short", t("accept.short"), 0, qty),
      stepper("damaged", t("accept.damaged"), 0, qty));
  });
  const form = el("form", { id: "acceptance", class: "acceptance" },
    el("h3", { text: t("accept.title") }),
    el("p", { class: "hint", text: t("accept.hint") }),
    rows,
    el("label", {}, el("span", { text: t("accept.description") }), el("textarea", { name: "description", maxlength: "1000", rows: "2" })),
    el("button", { type: "submit", id: "accept" }, t("accept.submit")));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    show(error, "");
    const lines = [...form.querySelectorAll(".accept-line")].map((f) => ({
      lineNo: Number(f.dataset.line),
      accepted: Number(f.querySelector("[name=accepted]").value) || 0,
      short: Number(f.querySelector("[name=short]").value) || 0,
      damaged: Number(f.querySelector("[name=damaged]").value) || 0,
      qty: Number(f.dataset.qty),
    }));
    const wrong = lines.find((l) => l.accepted + l.short + l.damaged !== l.qty);
    if (wrong) {
      show(error, t("accept.sum", { no: wrong.lineNo, sum: wrong.accepted + wrong.short + wrong.damaged, qty: wrong.qty }));
      return;
    }
    try {
      await api(`/api/orders/${o.id}/acceptance`, { method: "POST", body: {
        lines: lines.map(({ qty, ...l }) => l),
        description: form.elements.description.value.trim() || null,
      } });
      document.getElementById("reorder-result").replaceChildren(el("p", { class: "notice", text: t("accept.done") }));
      renderOrder(await api(`/api/orders/${o.id}`));
      loadList(o.id);
    } catch (err) {
      show(error, err.message);
    }
  });
  return form;
}

/** The order's claims with their state, and the credited total beside the order's total. */
async function loadAfterSales(o) {
  const box = document.getElementById("claims");
  let a;
  try {
    a = await api(`/api/orders/${o.id}/claims`);
  } catch (e) {
    return;
  }
  if (!a.claims.length) {
    box.replaceChildren();
    return;
  }
  const staff = ["COUNSELLOR", "ADMIN"].includes(currentUser()?.role);
  box.replaceChildren(
    el("h3", { id: "claims-h", text: t("claims.title") }),
    el("p", { id: "credited", text: t("claims.credited", { order: won(a.orderGross), credited: won(a.creditedGross) }) }),
    el("ol", { class: "claims" }, a.claims.map((c) => el("li", { "data-claim": String(c.id), "data-kind": c.kind, "data-status": c.status },
      el("strong", { text: t("claims.item", { id: c.id, kind: t(`claimKind.${c.kind}`), status: t(`claimStatus.${c.status}`) }) }),
      el("div", { text: c.lines.map((l) => `${l.lineNo}. ${l.code} × ${l.quantity}`).join(", ") }),
      el("div", { class: "hint", text: t("claims.amount", { gross: won(c.gross), net: won(c.net), vat: won(c.vat) }) }),
      c.decisionReason ? el("div", { text: t("claims.reason", { reason: c.decisionReason }) }) : "",
      c.creditNoteNo ? el("div", { class: "credit-note", text: t("claims.credit", { no: c.creditNoteNo }) }) : "",
      staff && c.status === "OPEN" ? decisionForm(o, c) : ""))));
}

/** Staff approve or reject an open claim with a reason (told to the customer). */
function decisionForm(o, c) {
  const reason = el("input", { name: "reason", required: true, maxlength: "1000", "aria-label": t("claims.reasonLabel") });
  const decide = (approve) => async () => {
    show(error, "");
    if (!reason.value.trim()) {
      reason.focus();
      show(error, `${t("claims.reasonLabel")}: ${t("err.invalid")}`);
      return;
    }
    try {
      await api(`/api/claims/${c.id}/decision`, { method: "POST", body: { approve, reason: reason.value.trim() } });
      loadAfterSales(o);
      loadHistory(o);
    } catch (e) {
      show(error, e.message);
    }
  };
  return el("div", { class: "row decision" },
    el("label", {}, el("span", { class: "hint", text: t("claims.reasonLabel") }), reason),
    el("button", { type: "button", class: "approve", onclick: decide(true) }, t("claims.approve")),
    el("button", { type: "button", class: "danger reject", onclick: decide(false) }, t("claims.reject")));
}

/** The pickup code, large, for the counter: only the customer's company gets it. */
async function loadPickupCode(o) {
  const box = document.getElementById("pickup-code");
  if (o.fulfilment !== "PICKUP" || currentUser()?.role !== "CUSTOMER" || !["READY_FOR_PICKUP", "PICKED_UP"].includes(o.status)) return;
  let p;
  try {
    p = await api(`/api/orders/${o.id}/pickup-code`);
  } catch (e) {
    return;
  }
  box.replaceChildren(
    el("h3", { text: t("pickup.title") }),
    el("p", { class: "pickup-code", id: "pickup-code-value", text: p.code }),
    el("p", { text: t("pickup.hint", { store: p.storeName, address: p.storeAddress || "" }) }),
    p.locked ? el("p", { class: "error", text: t("pickup.locked") }) : "",
    p.usedAt ? el("p", { class: "hint", text: t("pickup.used", { when: when(p.usedAt) }) }) : "");
}

/** The order's history as sentences in the page's language. */
async function loadHistory(o) {
  const box = document.getElementById("history");
  let h;
  try {
    h = await api(`/api/orders/${o.id}/history?lang=${lang}`);
  } catch (e) {
    return;
  }
  box.replaceChildren(
    el("h3", { id: "history-h", text: t("history.title") }),
    el("ol", { class: "history", id: "history-list" }, h.entries.map((e) => el("li", { "data-kind": e.kind },
      el("span", { text: e.text }), " ", el("span", { class: "hint", text: `(${e.by})` })))));
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
