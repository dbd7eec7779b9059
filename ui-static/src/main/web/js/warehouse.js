// Warehouse board: the latest orders in one column per state, each card with the button that
// takes it one step further along its fulfilment path (asking for the picking location, or the
// delivery region and partner, where the step needs them), and a cancel button where the
// lifecycle allows one. The server checks every move; its refusals show as messages.
import { api, el, initPage, requireRole, show, strings, t, when, won } from "./core.js";
import { WAREHOUSE_STEPS, nextOnPath } from "./lifecycle.js";
import { openInspection, openPickList, openPickWork } from "./picking.js";
import { outboundPanel } from "./outbound.js";

strings({
  ko: {
    "page.skip": "본문으로 건너뛰기",
    "board.title": "창고 보드",
    "board.refresh": "새로 고침",
    "board.showDone": "완료·취소된 주문도 보기",
    "board.order": "주문 {id}",
    "board.meta": "{fulfilment} · {location} · {channel} · 고객 {customer} · {n}개 품목 · {gross}",
    "board.advance": "{status}(으)로",
    "board.advanceLabel": "주문 {id}을(를) {status} 단계로",
    "board.cancel": "취소",
    "board.cancelLabel": "주문 {id} 취소",
    "board.location": "피킹 위치",
    "board.region": "배송 권역",
    "board.partner": "배송사",
    "board.moved": "주문 {id}: {status}",
    "board.empty": "없음",
    "board.count": "{n}건",
    "board.pickWork": "피킹 작업",
    "board.pickupCode": "픽업 코드 (고객이 알려 준 6자리)",
    "board.newCode": "새 픽업 코드 발급",
    "board.newCodeDone": "주문 {id}: 새 픽업 코드를 고객에게 보냈습니다",
    "returns.title": "회수할 반품",
    "returns.none": "회수할 반품이 없습니다.",
    "returns.item": "클레임 {id} · 주문 {order}",
    "returns.received": "물품 도착 (재고 반영)",
    "returns.done": "클레임 {id}: 반품 물품이 물류센터 재고에 들어갔습니다",
  },
  en: {
    "page.skip": "Skip to content",
    "board.title": "Warehouse board",
    "board.refresh": "Refresh",
    "board.showDone": "Show finished and cancelled orders",
    "board.order": "Order {id}",
    "board.meta": "{fulfilment} · {location} · {channel} · customer {customer} · {n} lines · {gross}",
    "board.advance": "To {status}",
    "board.advanceLabel": "Move order {id} to {status}",
    "board.cancel": "Cancel",
    "board.cancelLabel": "Cancel order {id}",
    "board.location": "Picking location",
    "board.region": "Delivery region",
    "board.partner": "Delivery partner",
    "board.moved": "Order {id}: {status}",
    "board.empty": "None",
    "board.count": "{n}",
    "board.pickWork": "Pick work",
    "board.pickupCode": "Pickup code (6 digits the customer tells)",
    "board.newCode": "Issue a new pickup code",
    "board.newCodeDone": "Order {id}: a new pickup code was sent to the customer",
    "returns.title": "Returns to receive",
    "returns.none": "No returns to receive.",
    "returns.item": "Claim {id} · order {order}",
    "returns.received": "Goods arrived (back into stock)",
    "returns.done": "Claim {id}: the returned goods are back in the warehouse stock",
  },
});

const ACTIVE = ["BACK_ORDERED", "RECEIVED", "CONFIRMED", "PICKING", "SHIPPING_INSPECTION", "PACKING", "DELIVERY_CLASSIFIED", "LOADED", "IN_TRANSIT", "READY_FOR_PICKUP"];
const DONE = ["DELIVERED", "ACCEPTED", "PICKED_UP", "CANCELLED"];
const CANCELLABLE = ["BACK_ORDERED", "RECEIVED", "CONFIRMED", "PICKING"];
const FIELD_KEYS = { location: "board.location", region: "board.region", partner: "board.partner", pickupCode: "board.pickupCode" };

const error = document.getElementById("error");
let orders = [];

async function load() {
  show(error, "");
  try {
    orders = await api("/api/orders?size=100");
  } catch (e) {
    show(error, e.message);
    return;
  }
  render();
}

function render(focusOrder) {
  const states = document.getElementById("show-done").checked ? [...ACTIVE, ...DONE] : ACTIVE;
  const board = document.getElementById("board");
  board.replaceChildren(...states.map((s) => {
    const cards = orders.filter((o) => o.status === s);
    return el("section", { class: "column", id: `col-${s}`, "aria-labelledby": `col-${s}-h` },
      el("h2", { id: `col-${s}-h` }, el("span", { text: t(`status.${s}`) }), el("span", { class: "count", text: t("board.count", { n: cards.length }) })),
      cards.length ? el("ol", {}, cards.map(card)) : el("p", { class: "hint", text: t("board.empty") }));
  }));
  if (focusOrder) document.querySelector(`.card[data-order-id="${focusOrder}"] button`)?.focus();
}

function card(o) {
  const next = nextOnPath(o.status, o.fulfilment);
  const needs = next ? WAREHOUSE_STEPS[`${o.status}>${next}`] : undefined;
  const body = [];
  // Picking and inspection finish from their own panels (picked quantities, scans).
  const panel = document.getElementById("panel");
  const moved = (m) => {
    o.status = m.status;
    document.getElementById("notice").textContent = t("board.moved", { id: o.id, status: t(`status.${m.status}`) });
    render(o.id);
  };
  if (o.status === "PICKING") {
    body.push(el("button", { type: "button", class: "advance", "aria-label": t("pick.openLabel", { id: o.id }), onclick: () => openPickList(panel, error, o.id, moved) }, t("pick.open")));
  } else if (o.status === "SHIPPING_INSPECTION") {
    body.push(el("button", { type: "button", class: "advance", "aria-label": t("insp.openLabel", { id: o.id }), onclick: () => openInspection(panel, error, o.id, moved) }, t("insp.open")));
  } else if (needs !== undefined) {
    const inputs = needs.map((name) => {
      const id = `o${o.id}-${name}`;
      return el("label", { for: id }, el("span", { class: "hint", text: t(FIELD_KEYS[name]) }),
        el("input", name === "pickupCode"
          ? { id, name, required: true, maxlength: "6", pattern: "[0-9]{6}", inputmode: "numeric", autocomplete: "off", class: "pickup-code-input" }
          : { id, name, required: true, maxlength: "64", autocomplete: "off" }));
    });
    const form = el("form", { "data-step": next },
      inputs,
      el("button", { type: "submit", class: "advance", "aria-label": t("board.advanceLabel", { id: o.id, status: t(`status.${next}`) }) },
        t("board.advance", { status: t(`status.${next}`) })));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const detail = Object.fromEntries(needs.map((name) => [name, form.elements[name].value.trim()]));
      const missing = needs.find((name) => !detail[name]);
      if (missing) {
        form.elements[missing].focus();
        show(error, `${t(FIELD_KEYS[missing])}: ${t("err.invalid")}`);
        return;
      }
      move(o, next, detail);
    });
    body.push(form);
  }
  // Packages, classification, loading and tracking of the order's step (issue 17, outbound).
  body.push(...outboundPanel(o, (status) => {
    o.status = status;
    document.getElementById("notice").textContent = t("board.moved", { id: o.id, status: t(`status.${status}`) });
    render(o.id);
  }, error));
  if (o.status === "READY_FOR_PICKUP") {
    body.push(el("button", { type: "button", class: "secondary new-code", onclick: () => newCode(o) }, t("board.newCode")));
  }
  if (CANCELLABLE.includes(o.status)) {
    body.push(el("button", {
      type: "button", class: "danger", "aria-label": t("board.cancelLabel", { id: o.id }),
      onclick: () => move(o, "CANCELLED", {}),
    }, t("board.cancel")));
  }
  return el("li", { class: "card", "data-order-id": String(o.id), "data-status": o.status },
    el("h3", {}, el("a", { href: `/orders.html?id=${o.id}`, text: t("board.order", { id: o.id }) })),
    el("div", { class: "hint", text: t("board.meta", {
      fulfilment: t(`fulfilment.${o.fulfilment}`), location: o.locationName || "", channel: t(`channel.${o.channel}`), customer: o.customerName || o.customerId, n: o.lineCount, gross: won(o.grossTotal),
    }) }),
    el("div", { class: "hint" }, el("time", { datetime: o.createdAt, text: when(o.createdAt) })),
    body);
}

async function move(order, to, detail) {
  show(error, "");
  try {
    const moved = await api(`/api/orders/${order.id}/transitions`, { method: "POST", body: { to, ...detail } });
    order.status = moved.status;
    document.getElementById("notice").textContent = t("board.moved", { id: order.id, status: t(`status.${moved.status}`) });
    render(order.id);
  } catch (e) {
    show(error, e.message);
  }
}

/** Staff issue a new pickup code (lost, or locked after wrong tries); the customer is notified. */
async function newCode(order) {
  show(error, "");
  try {
    await api(`/api/orders/${order.id}/pickup-code`, { method: "POST" });
    document.getElementById("notice").textContent = t("board.newCodeDone", { id: order.id });
  } catch (e) {
    show(error, e.message);
  }
}

/** Approved returns whose goods are on their way back: receiving them puts the units back in stock. */
async function loadReturns() {
  const box = document.getElementById("returns");
  let claims;
  try {
    claims = (await api("/api/claims?status=APPROVED&size=100")).filter((c) => c.kind === "RETURN");
  } catch (e) {
    show(error, e.message);
    return;
  }
  box.replaceChildren(
    el("h2", { text: t("returns.title") }),
    claims.length ? el("ol", {}, claims.map((c) => el("li", { class: "card", "data-claim": String(c.id) },
      el("strong", {}, el("a", { href: `/orders.html?id=${c.orderId}`, text: t("returns.item", { id: c.id, order: c.orderId }) })),
      el("div", { text: c.lines.map((l) => `${l.code} × ${l.quantity}`).join(", ") }),
      el("button", { type: "button", class: "received", onclick: () => received(c) }, t("returns.received")))))
      : el("p", { class: "hint", text: t("returns.none") }));
}

async function received(claim) {
  show(error, "");
  try {
    await api(`/api/claims/${claim.id}/received`, { method: "POST" });
    document.getElementById("notice").textContent = t("returns.done", { id: claim.id });
    loadReturns();
  } catch (e) {
    show(error, e.message);
  }
}

document.getElementById("refresh").addEventListener("click", () => {
  load();
  loadReturns();
});
document.getElementById("pick-work").addEventListener("click", () => openPickWork(document.getElementById("panel"), error));
document.getElementById("show-done").addEventListener("change", () => render());
initPage();
if (requireRole("WAREHOUSE")) {
  load();
  loadReturns();
}
