// Notifications on "my orders": what happened to the company's orders (confirmed, shipped, ready
// for pickup, delivered), newest first, with the unread count. The count is also said in a polite
// live region, only when it changes, so a screen reader hears "2 unread notifications" once rather
// than at every refresh. Opening one marks it read and shows its order; "mark all read" clears the
// count. The list refreshes every 30 seconds while the page is visible.
import { api, currentUser, el, show, strings, t, when } from "./core.js";

strings({
  ko: {
    "notify.title": "알림",
    "notify.unread": "읽지 않은 알림 {n}개",
    "notify.none": "알림이 없습니다.",
    "notify.readAll": "모두 읽음",
    "notify.unreadMark": "읽지 않음",
    "notify.ORDER_CONFIRMED": "주문 {id}: 확인되어 출고 준비를 시작합니다",
    "notify.ORDER_SHIPPED": "주문 {id}: 출고되어 배송 중입니다",
    "notify.ORDER_READY_FOR_PICKUP": "주문 {id}: 매장에서 찾아가실 수 있습니다",
    "notify.ORDER_DELIVERED": "주문 {id}: 배송이 완료되었습니다. 받으신 물품을 확인해 주세요",
  },
  en: {
    "notify.title": "Notifications",
    "notify.unread": "{n} unread notifications",
    "notify.none": "No notifications.",
    "notify.readAll": "Mark all read",
    "notify.unreadMark": "unread",
    "notify.ORDER_CONFIRMED": "Order {id} has been confirmed; we are preparing it",
    "notify.ORDER_SHIPPED": "Order {id} has shipped and is on its way",
    "notify.ORDER_READY_FOR_PICKUP": "Order {id} is ready for pickup at the store",
    "notify.ORDER_DELIVERED": "Order {id} has been delivered; please inspect and accept it",
  },
});

const REFRESH_MS = 30_000;
const section = document.getElementById("notifications");
let announced = null;

/** The reader's language when the kind is known to this page; the stored Korean title otherwise. */
function sentence(n) {
  const key = `notify.${n.kind}`;
  const text = t(key, { id: n.orderId });
  return text === key ? n.title : text;
}

function render(inbox) {
  const count = document.getElementById("notify-count");
  count.textContent = String(inbox.unread);
  count.hidden = inbox.unread === 0;
  document.getElementById("notify-read-all").disabled = inbox.unread === 0;
  if (announced !== inbox.unread) {
    // The region stays in the page (never hidden): some screen readers miss a region that appears.
    document.getElementById("notify-status").textContent = t("notify.unread", { n: inbox.unread });
    announced = inbox.unread;
  }
  const list = document.getElementById("notify-list");
  list.replaceChildren(
    ...(inbox.items.length === 0
      ? [el("li", { class: "hint", text: t("notify.none") })]
      : inbox.items.map((n) =>
        el("li", { class: n.read ? "notification" : "notification unread" },
          el("a", {
            href: n.orderId ? `/orders.html?id=${n.orderId}` : "#notifications",
            onclick: (e) => open(e, n),
          },
          n.read ? "" : el("span", { class: "visually-hidden", text: `${t("notify.unreadMark")}: ` }),
          el("span", { text: sentence(n) }),
          el("time", { class: "hint", datetime: n.createdAt, text: ` ${when(n.createdAt)}` }))))));
}

async function load() {
  try {
    render(await api("/api/notifications?size=20"));
  } catch (e) {
    show(document.getElementById("notify-error"), e.message);
  }
}

/** Marks the notification read, then follows its link (the order page shows the order). */
async function open(event, n) {
  if (n.read) return;
  event.preventDefault();
  try {
    await api("/api/notifications/read", { method: "POST", body: { ids: [n.id] } });
  } catch (e) {
    show(document.getElementById("notify-error"), e.message);
  }
  location.assign(event.currentTarget?.href ?? `/orders.html?id=${n.orderId}`);
}

async function readAll() {
  try {
    await api("/api/notifications/read", { method: "POST", body: { all: true } });
    await load();
  } catch (e) {
    show(document.getElementById("notify-error"), e.message);
  }
}

if (section && currentUser()) {
  section.hidden = false;
  document.getElementById("notify-h-text").textContent = t("notify.title");
  const button = document.getElementById("notify-read-all");
  button.textContent = t("notify.readAll");
  button.addEventListener("click", readAll);
  load();
  setInterval(() => {
    if (document.visibilityState === "visible") load();
  }, REFRESH_MS);
}
