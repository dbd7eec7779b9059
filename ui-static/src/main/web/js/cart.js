// Cart -> quote -> order. The cart lives in the browser; "get a quote" prices it on the server
// (POST /api/quotes: every discount per line, valid for 14 days, a PDF sheet to download), and
// the quote is ordered at its quoted prices for delivery or store pickup (POST
// /api/quotes/{id}/order with an Idempotency-Key, so a double click or a retry never orders twice).
import { ApiError, api, cart, currentUser, el, initPage, num, show, strings, t, won } from "./core.js";
import { idempotencyKey, linesTable, totalsTable, unresolvedList } from "./quote-view.js";
import { recommendationSection } from "./recommend.js";

strings({
  ko: {
    "page.skip": "본문으로 건너뛰기",
    "cart.title": "장바구니",
    "cart.lines": "담은 제품",
    "cart.empty": "장바구니가 비었습니다.",
    "cart.search": "제품 검색하기",
    "cart.qtyOf": "{name} 수량",
    "cart.less": "{name} 하나 덜",
    "cart.more": "{name} 하나 더",
    "cart.unit": "개",
    "cart.remove": "빼기",
    "cart.removeOf": "{name} 빼기",
    "cart.listTotal": "정가 합계 (부가세 별도): {total}",
    "cart.note": "견적서에 적을 메모",
    "cart.quote": "견적 받기",
    "cart.loginFirst": "견적과 주문은 로그인한 고객만 할 수 있습니다.",
    "cart.login": "로그인",
    "quote.title": "견적",
    "quote.head": "견적 {no} (버전 {v}) · {customer} · {until}까지 유효",
    "quote.pdf": "견적서 PDF 내려받기",
    "quote.expired": "유효기간이 지났습니다. 다시 견적을 받아 주세요.",
    "order.title": "주문",
    "order.fulfilment": "받는 방법",
    "order.address": "배송 주소 (비우면 회사 주소)",
    "order.postal": "우편번호 (5자리, 비우면 주소에서)",
    "order.note": "요청 사항",
    "order.store": "픽업할 매장",
    "store.all": "{name}: 모두 재고 있음",
    "store.transfer": "{name}: {date}부터 픽업 가능 (물류센터에서 이동)",
    "store.none": "{name}: 재고 부족 ({short})",
    "store.pick": "픽업할 매장을 골라 주세요.",
    "order.place": "주문하기",
    "order.placed": "주문이 접수되었습니다. 주문 번호 {id}, 총액 {gross}.",
    "order.track": "배송 조회",
    "quotes.title": "내 견적",
    "quotes.item": "{no} (버전 {v}) · {until}까지 · {gross}",
    "quotes.status.OPEN": "주문 가능",
    "quotes.status.SUPERSEDED": "새 버전 있음",
    "quotes.status.ORDERED": "주문됨",
    "quotes.expired": "기간 지남",
  },
  en: {
    "page.skip": "Skip to content",
    "cart.title": "Cart",
    "cart.lines": "Products in the cart",
    "cart.empty": "The cart is empty.",
    "cart.search": "Search products",
    "cart.qtyOf": "Quantity of {name}",
    "cart.less": "One {name} less",
    "cart.more": "One more {name}",
    "cart.unit": "pcs",
    "cart.remove": "Remove",
    "cart.removeOf": "Remove {name}",
    "cart.listTotal": "List price total (VAT excluded): {total}",
    "cart.note": "Note for the quote sheet",
    "cart.quote": "Get a quote",
    "cart.loginFirst": "Quotes and orders need a customer log-in.",
    "cart.login": "Log in",
    "quote.title": "Quote",
    "quote.head": "Quote {no} (version {v}) · {customer} · valid until {until}",
    "quote.pdf": "Download the quote (PDF)",
    "quote.expired": "This quote has expired. Please ask for a new one.",
    "order.title": "Order",
    "order.fulfilment": "How to receive it",
    "order.address": "Delivery address (empty: the company's address)",
    "order.postal": "Postal code (5 digits; empty: from the address)",
    "order.note": "Note",
    "order.store": "Store to pick it up at",
    "store.all": "{name}: everything in stock",
    "store.transfer": "{name}: ready from {date} (sent from the warehouse)",
    "store.none": "{name}: not enough stock ({short})",
    "store.pick": "Choose a store to pick it up at.",
    "order.place": "Place the order",
    "order.placed": "Order {id} received, total {gross}.",
    "order.track": "Track it",
    "quotes.title": "My quotes",
    "quotes.item": "{no} (version {v}) · until {until} · {gross}",
    "quotes.status.OPEN": "open",
    "quotes.status.SUPERSEDED": "superseded",
    "quotes.status.ORDERED": "ordered",
    "quotes.expired": "expired",
  },
});

const error = document.getElementById("error");
let quote = null;
let orderKey = null;

function renderCart() {
  const box = document.getElementById("cart");
  const lines = cart.lines();
  if (!lines.length) {
    box.replaceChildren(el("p", {}, t("cart.empty"), " ", el("a", { href: "/index.html", text: t("cart.search") })));
    return;
  }
  const rows = lines.map((line) => {
    const qty = el("input", {
      type: "number", class: "qty", min: "1", max: "100000", value: String(line.quantity), inputmode: "numeric",
      "aria-label": t("cart.qtyOf", { name: line.name }), "data-code": line.code,
    });
    const setQuantity = (n) => {
      line.quantity = Math.max(1, Math.min(100000, Math.floor(Number(n) || 1)));
      cart.save(lines);
      renderCart();
      // Keep the focus on the stepper the user is pressing after the table is redrawn.
      document.querySelector(`tr[data-code="${CSS.escape(line.code)}"] .qty`)?.focus();
    };
    qty.addEventListener("change", () => setQuantity(qty.value));
    // Steppers: a phone's number keyboard is clumsy for "one more"; the unit says what is counted.
    const stepper = el("span", { class: "qty-stepper" },
      el("button", {
        type: "button", class: "step less", "aria-label": t("cart.less", { name: line.name }),
        disabled: line.quantity <= 1, onclick: () => setQuantity(line.quantity - 1),
      }, "−"),
      qty,
      el("button", {
        type: "button", class: "step more", "aria-label": t("cart.more", { name: line.name }),
        disabled: line.quantity >= 100000, onclick: () => setQuantity(line.quantity + 1),
      }, "+"),
      el("span", { class: "unit", text: t("cart.unit") }));
    return el("tr", { "data-code": line.code },
      el("td", { class: "code", text: line.code }),
      el("td", {}, el("a", { href: `/product.html?code=${encodeURIComponent(line.code)}`, text: line.name })),
      el("td", { class: "num", text: won(line.price) }),
      el("td", {}, stepper),
      el("td", {}, el("button", {
        type: "button", class: "danger", "aria-label": t("cart.removeOf", { name: line.name }),
        onclick: () => {
          cart.save(lines.filter((l) => l !== line));
          renderCart();
          renderRecommendations();
        },
      }, t("cart.remove"))));
  });
  const total = lines.reduce((sum, l) => sum + l.price * l.quantity, 0);
  const user = currentUser();
  const note = el("input", { id: "quote-note", maxlength: "1000" });
  box.replaceChildren(
    el("div", { class: "table-wrap" }, el("table", {},
      el("thead", {}, el("tr", {}, ["lines.code", "lines.name", "lines.list", "lines.qty", ""].map((k) =>
        el("th", { scope: "col", text: k ? t(k) : "" })))),
      el("tbody", {}, rows))),
    el("p", { class: "price", text: t("cart.listTotal", { total: won(total) }) }),
    user && (user.role === "CUSTOMER" || user.role === "ADMIN")
      ? el("div", { class: "row" },
        el("label", { class: "field" }, el("span", { text: t("cart.note") }), note),
        el("button", { type: "button", id: "get-quote", onclick: () => requestQuote(lines, note.value) }, t("cart.quote")))
      : el("p", {}, t("cart.loginFirst"), " ",
        el("a", { id: "cart-login", href: `/login.html?next=${encodeURIComponent("/cart.html")}`, text: t("cart.login") })));
}

async function requestQuote(lines, note) {
  show(error, "");
  const button = document.getElementById("get-quote");
  button.disabled = true;
  try {
    quote = await api("/api/quotes", {
      method: "POST",
      body: { lines: lines.map((l) => ({ code: l.code, quantity: l.quantity })), note: note || null },
    });
    orderKey = idempotencyKey();
    history.replaceState(null, "", `?quote=${quote.id}`);
    renderQuote();
  } catch (e) {
    showError(e, lines);
  } finally {
    button.disabled = false;
  }
}

function showError(e, lines) {
  show(error, e.message);
  if (e instanceof ApiError) {
    // Unknown or discontinued codes: offer the suggested codes in place of the refused ones.
    const list = unresolvedList(e.problem, (u, code) => {
      const line = lines[u.lineNo - 1];
      if (line) line.code = code;
      cart.save(lines);
      show(error, "");
      renderCart();
    });
    if (list) error.append(list);
  }
}

function renderQuote() {
  const section = document.getElementById("quote-section");
  const box = document.getElementById("quote");
  box.replaceChildren(
    el("p", { id: "quote-no" }, t("quote.head", { no: quote.quoteNo, v: quote.version, customer: quote.customer.name, until: quote.validUntil })),
    linesTable(quote.lines),
    totalsTable(quote.totals),
    el("p", {}, el("a", {
      id: "quote-pdf", class: "button secondary", href: `/api/quotes/${quote.id}/pdf`,
      download: `${quote.quoteNo}.pdf`, type: "application/pdf",
    }, t("quote.pdf"))),
    quote.expired ? el("p", { class: "error", text: t("quote.expired") }) : "");
  section.hidden = false;
  document.getElementById("order-section").hidden = quote.status !== "OPEN" || quote.expired;
  section.focus();
}

/** Where the order came in: phones and tablets are told apart by a coarse pointer and the width. */
function channel() {
  if (!matchMedia("(pointer: coarse)").matches) return "WEB";
  return matchMedia("(max-width: 48rem)").matches ? "MOBILE" : "TABLET";
}

const addressField = document.getElementById("address-field");
const storeField = document.getElementById("store-field");
document.querySelectorAll('input[name="fulfilment"]').forEach((radio) =>
  radio.addEventListener("change", () => {
    const pickup = radio.value === "PICKUP" && radio.checked;
    addressField.hidden = pickup;
    document.getElementById("postal-field").hidden = pickup;
    storeField.hidden = !pickup;
    if (pickup) loadStores();
  }));

/**
 * The pickup choices for the quote's lines (POST /api/stock/availability): a location that has
 * everything can be chosen; one that lacks something says when a transfer from the warehouse
 * would bring it (the order itself would be refused there today, so it cannot be chosen).
 */
async function loadStores() {
  const box = document.getElementById("stores");
  let places;
  try {
    places = await api("/api/stock/availability", {
      method: "POST",
      body: { lines: quote.lines.map((l) => ({ code: l.code, quantity: l.quantity })) },
    });
  } catch (e) {
    show(error, e.message);
    return;
  }
  const firstReady = places.find((p) => p.allAvailable);
  box.replaceChildren(...places.map((p) => {
    const text = p.allAvailable
      ? t("store.all", { name: p.name })
      : p.readyOn
        ? t("store.transfer", { name: p.name, date: p.readyOn })
        : t("store.none", { name: p.name, short: p.shortLines.map((s) => `${s.code} ${s.available}/${s.wanted}`).join(", ") });
    return el("label", { "data-store": p.code },
      el("input", {
        type: "radio", name: "pickup-store", value: p.code, disabled: !p.allAvailable,
        checked: p === firstReady,
      }),
      " ", el("span", { text }), " ", el("small", { text: p.address }));
  }));
}

document.getElementById("order-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  show(error, "");
  const button = document.getElementById("place-order");
  button.disabled = true;
  const fulfilment = document.querySelector('input[name="fulfilment"]:checked').value;
  const store = document.querySelector('input[name="pickup-store"]:checked')?.value || null;
  if (fulfilment === "PICKUP" && !store) {
    show(error, t("store.pick"));
    button.disabled = false;
    return;
  }
  try {
    const order = await api(`/api/quotes/${quote.id}/order`, {
      method: "POST",
      headers: { "Idempotency-Key": orderKey || (orderKey = idempotencyKey()) },
      body: {
        channel: channel(),
        fulfilment,
        deliveryAddress: fulfilment === "DELIVERY" ? document.getElementById("address").value.trim() || null : null,
        // The delivery rules classify by it (issue 17); the server checks the form.
        deliveryPostalCode: fulfilment === "DELIVERY" ? document.getElementById("postal-code").value.trim() || null : null,
        note: document.getElementById("order-note").value.trim() || null,
        pickupStore: fulfilment === "PICKUP" ? store : null,
      },
    });
    cart.clear();
    renderCart();
    document.getElementById("order-section").hidden = true;
    const placed = document.getElementById("placed");
    placed.replaceChildren(t("order.placed", { id: order.id, gross: won(order.totals.gross) }), " ",
      el("a", { id: "track-order", href: `/orders.html?id=${order.id}`, text: t("order.track") }));
    placed.dataset.orderId = String(order.id);
    placed.hidden = false;
    placed.focus();
  } catch (e) {
    show(error, e.message);
  } finally {
    button.disabled = false;
  }
});

/** The company's recent quotes: reopen one to order it, or download its sheet again. */
async function loadQuotes() {
  let quotes;
  try {
    quotes = await api("/api/quotes");
  } catch {
    return; // The cart works without the list; a real failure shows on the next action.
  }
  if (!quotes.length) return;
  document.getElementById("quotes").replaceChildren(...quotes.slice(0, 10).map((q) => el("li", {},
    el("a", { href: `?quote=${q.id}`, "data-quote": q.id },
      t("quotes.item", { no: q.quoteNo, v: q.version, until: q.validUntil, gross: won(q.totals.gross) }), " ",
      el("span", { class: `status ${q.status}`, text: q.expired ? t("quotes.expired") : t(`quotes.status.${q.status}`) })),
    " ", el("a", { href: `/api/quotes/${q.id}/pdf`, download: `${q.quoteNo}.pdf`, text: "PDF" }))));
  document.getElementById("quotes-section").hidden = false;
}

// "Bought together" with what is in the cart, and the customer's usual items; redrawn when the
// cart changes through them. A newer call supersedes an older one still on its way.
let recoRound = 0;
async function renderRecommendations() {
  const round = ++recoRound;
  const box = document.getElementById("recommendations");
  const codes = [...new Set(cart.lines().map((l) => l.code))].slice(0, 100);
  const user = currentUser();
  const onAdd = () => {
    renderCart();
    renderRecommendations();
  };
  const [together, usual] = await Promise.all([
    codes.length
      ? recommendationSection(
        `/api/recommendations/bought-together?${codes.map((c) => `code=${encodeURIComponent(c)}`).join("&")}&limit=8`,
        { id: "reco-together", titleKey: "reco.together", onAdd })
      : null,
    user && user.role === "CUSTOMER"
      ? recommendationSection("/api/recommendations/usual?limit=16", { id: "reco-usual", titleKey: "reco.usual", onAdd, exclude: new Set(codes) })
      : null,
  ]);
  if (round !== recoRound) return;
  box.replaceChildren(...[together, usual].filter(Boolean));
}

async function init() {
  initPage();
  renderCart();
  renderRecommendations();
  const user = currentUser();
  if (user && (user.role === "CUSTOMER" || user.role === "ADMIN")) loadQuotes();
  const id = new URLSearchParams(location.search).get("quote");
  if (id && currentUser()) {
    try {
      quote = await api(`/api/quotes/${encodeURIComponent(id)}`);
      orderKey = idempotencyKey();
      renderQuote();
    } catch (e) {
      show(error, e.message);
    }
  }
}
init();
