// My orders: the history (newest first) and one order with its progress along the lifecycle,
// the tracking timeline (who moved it, when, with which note), its lines and totals. A customer
// can confirm delivery (inspection and take-over) and cancel an order the warehouse has not
// confirmed yet; the buttons appear only for moves the order's `next` lists.
import { api, currentUser, el, initPage, requireRole, show, strings, t, when, won } from "./core.js";
import { PATHS } from "./lifecycle.js";
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
    "orders.progress": "진행 단계",
    "orders.timeline": "배송 조회",
    "orders.event": "{status}",
    "orders.by": "{name} ({role})",
    "orders.accept": "받았습니다 (인수 확인)",
    "orders.cancel": "주문 취소",
    "orders.cancelAsk": "주문 {id}을(를) 취소할까요?",
    "orders.lines": "주문 품목",
    "orders.moved": "주문 {id}: {status}",
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
    "orders.progress": "Progress",
    "orders.timeline": "Tracking",
    "orders.event": "{status}",
    "orders.by": "{name} ({role})",
    "orders.accept": "Received (accept delivery)",
    "orders.cancel": "Cancel order",
    "orders.cancelAsk": "Cancel order {id}?",
    "orders.lines": "Lines",
    "orders.moved": "Order {id}: {status}",
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
}

function renderOrder(o) {
  const user = currentUser();
  const path = PATHS[o.fulfilment];
  const reached = path.indexOf(o.status);
  const actions = [];
  if (o.next.includes("ACCEPTED") && ["CUSTOMER", "COUNSELLOR", "ADMIN"].includes(user?.role)) {
    actions.push(el("button", { type: "button", id: "accept", onclick: () => move(o, "ACCEPTED") }, t("orders.accept")));
  }
  if (o.status === "RECEIVED" && o.next.includes("CANCELLED")) {
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
    el("h3", { text: t("orders.timeline") }),
    el("ol", { class: "timeline", id: "timeline" }, o.timeline.map((e) => el("li", { "data-status": e.to },
      el("strong", { text: t(`status.${e.to}`) }), " ",
      el("time", { datetime: e.at, text: when(e.at) }),
      el("div", { class: "hint", text: t("orders.by", { name: e.by.name, role: t(`role.${e.by.role}`) }) }),
      e.note ? el("div", { text: e.note }) : ""))),
    el("h3", { text: t("orders.lines") }),
    linesTable(o.lines),
    totalsTable(o.totals));
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

initPage();
if (requireRole("CUSTOMER", "COUNSELLOR")) {
  const id = new URLSearchParams(location.search).get("id");
  loadList(id);
  if (id) select(id);
  window.addEventListener("popstate", () => {
    const again = new URLSearchParams(location.search).get("id");
    if (again) select(again);
  });
}
