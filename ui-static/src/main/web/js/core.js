// Shared by every page: DOM helper, KRW formatting, Korean/English strings, API calls that turn
// problem+json answers into sentences a person can read, the log-in state, the cart, and the
// site navigation. Plain ES module: no build step, nothing loaded from outside the platform.

// ---- Strings (Korean first, English second) -------------------------------------------------

const STRINGS = {
  ko: {
    "site.title": "산업용품 카탈로그",
    "nav.search": "검색",
    "nav.ebook": "카탈로그 e-book",
    "nav.collections": "기획전",
    "nav.makers": "제조사 색인",
    "nav.cart": "장바구니",
    "nav.orders": "내 주문",
    "nav.console": "상담 콘솔",
    "nav.warehouse": "창고 보드",
    "nav.marketing": "마케팅",
    "nav.admin": "계정 관리",
    "nav.login": "로그인",
    "nav.logout": "로그아웃",
    "nav.lang": "English",
    "nav.label": "사이트 메뉴",
    "err.network": "서버에 연결할 수 없습니다. 네트워크를 확인하고 다시 시도해 주세요.",
    "err.login": "로그인이 필요합니다.",
    "err.badLogin": "아이디 또는 비밀번호가 올바르지 않습니다.",
    "err.forbidden": "이 작업을 할 권한이 없습니다.",
    "err.notFound": "찾는 항목이 없습니다.",
    "err.conflict": "지금은 처리할 수 없습니다.",
    "err.invalid": "입력값을 확인해 주세요.",
    "err.unresolved": "주문할 수 없는 품번이 있어 아무것도 만들지 않았습니다. 고친 뒤 다시 보내 주세요.",
    "err.searchDown": "검색 서비스가 잠시 응답하지 않습니다. 잠시 후 다시 시도해 주세요.",
    "err.server": "서버에서 오류가 발생했습니다.",
    "err.generic": "요청을 처리하지 못했습니다.",
    "reason.UNKNOWN_CODE": "없는 품번",
    "reason.DISCONTINUED": "단종",
    "status.RECEIVED": "접수",
    "status.CONFIRMED": "확인",
    "status.PICKING": "피킹",
    "status.SHIPPING_INSPECTION": "출고검수",
    "status.PACKING": "포장",
    "status.DELIVERY_CLASSIFIED": "배송분류",
    "status.LOADED": "상차",
    "status.IN_TRANSIT": "배송중",
    "status.DELIVERED": "배송완료",
    "status.ACCEPTED": "인수",
    "status.READY_FOR_PICKUP": "픽업대기",
    "status.PICKED_UP": "픽업완료",
    "status.CANCELLED": "취소",
    "status.BACK_ORDERED": "입고대기(이월)",
    "channel.WEB": "웹",
    "channel.MOBILE": "모바일",
    "channel.TABLET": "태블릿",
    "channel.PHONE": "전화",
    "channel.FAX": "팩스",
    "channel.VISIT": "방문",
    "fulfilment.DELIVERY": "배송",
    "fulfilment.PICKUP": "매장 픽업",
    "cart.added": "장바구니에 담았습니다.",
    "role.CUSTOMER": "고객",
    "role.COUNSELLOR": "상담원",
    "role.MARKETING": "마케팅",
    "role.WAREHOUSE": "창고",
    "role.ADMIN": "관리자",
  },
  en: {
    "site.title": "Industrial Supplies Catalog",
    "nav.search": "Search",
    "nav.ebook": "Catalog e-book",
    "nav.collections": "Collections",
    "nav.makers": "Maker index",
    "nav.cart": "Cart",
    "nav.orders": "My orders",
    "nav.console": "Counsellor console",
    "nav.warehouse": "Warehouse board",
    "nav.marketing": "Marketing",
    "nav.admin": "Accounts",
    "nav.login": "Log in",
    "nav.logout": "Log out",
    "nav.lang": "한국어",
    "nav.label": "Site menu",
    "err.network": "The server cannot be reached. Check the network and try again.",
    "err.login": "Please log in first.",
    "err.badLogin": "Wrong user name or password.",
    "err.forbidden": "Your role may not do this.",
    "err.notFound": "Nothing was found.",
    "err.conflict": "This cannot be done right now.",
    "err.invalid": "Please check what you entered.",
    "err.unresolved": "Some codes name no orderable product; nothing was created. Correct them and send again.",
    "err.searchDown": "Search is briefly unavailable. Please try again shortly.",
    "err.server": "Something went wrong on the server.",
    "err.generic": "The request could not be completed.",
    "reason.UNKNOWN_CODE": "unknown code",
    "reason.DISCONTINUED": "discontinued",
    "status.RECEIVED": "Received",
    "status.CONFIRMED": "Confirmed",
    "status.PICKING": "Picking",
    "status.SHIPPING_INSPECTION": "Shipping inspection",
    "status.PACKING": "Packing",
    "status.DELIVERY_CLASSIFIED": "Delivery classified",
    "status.LOADED": "Loaded",
    "status.IN_TRANSIT": "In transit",
    "status.DELIVERED": "Delivered",
    "status.ACCEPTED": "Accepted",
    "status.READY_FOR_PICKUP": "Ready for pickup",
    "status.PICKED_UP": "Picked up",
    "status.CANCELLED": "Cancelled",
    "status.BACK_ORDERED": "Back-ordered",
    "channel.WEB": "Web",
    "channel.MOBILE": "Mobile",
    "channel.TABLET": "Tablet",
    "channel.PHONE": "Phone",
    "channel.FAX": "Fax",
    "channel.VISIT": "Visit",
    "fulfilment.DELIVERY": "Delivery",
    "fulfilment.PICKUP": "Store pickup",
    "cart.added": "Added to the cart.",
    "role.CUSTOMER": "customer",
    "role.COUNSELLOR": "counsellor",
    "role.MARKETING": "marketing",
    "role.WAREHOUSE": "warehouse",
    "role.ADMIN": "administrator",
  },
};

export const lang = localStorage.getItem("lang") === "en" ? "en" : "ko";

/** Adds a page's own strings to the tables. */
export function strings(more) {
  for (const l of Object.keys(STRINGS)) Object.assign(STRINGS[l], more[l] || {});
}

/** The string for a key in the chosen language ({name} placeholders filled from vars). */
export function t(key, vars = {}) {
  const text = STRINGS[lang][key] ?? STRINGS.ko[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}

/** Applies the strings to elements marked data-i18n (text) and data-i18n-* (attributes). */
export function translate(root = document) {
  document.documentElement.lang = lang;
  root.querySelectorAll("[data-i18n]").forEach((node) => (node.textContent = t(node.dataset.i18n)));
  for (const attr of ["placeholder", "aria-label", "title"]) {
    root.querySelectorAll(`[data-i18n-${attr}]`).forEach((node) =>
      node.setAttribute(attr, t(node.getAttribute(`data-i18n-${attr}`))));
  }
}

// ---- DOM and formatting ---------------------------------------------------------------------

/**
 * Creates an element: attrs may hold text, class, on<event> handlers, style (an object of CSS
 * properties, custom ones included) and plain attributes. Styles go through the CSSOM, never a
 * style attribute: the Content-Security-Policy (style-src 'self') refuses inline style attributes.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "text") node.textContent = value;
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (key === "style" && typeof value === "object") {
      for (const [property, setting] of Object.entries(value)) node.style.setProperty(property, setting);
    }
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

const wonFormat = new Intl.NumberFormat("ko-KR", { style: "currency", currency: "KRW" });
const numberFormat = new Intl.NumberFormat(lang === "en" ? "en-US" : "ko-KR");
const dateFormat = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "ko-KR", {
  dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Seoul",
});

/** Whole won, as the API sends them (never fractional). */
export const won = (amount) => wonFormat.format(amount);
export const num = (n) => numberFormat.format(n);
export const when = (iso) => dateFormat.format(new Date(iso));

/** Calls fn once typing pauses for ms. */
export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** Shows a message in an element (role=alert or status), or hides it when empty. */
export function show(node, message) {
  node.textContent = message || "";
  node.hidden = !message;
}

// ---- API calls ------------------------------------------------------------------------------

/** A failed API call, with a sentence for people and the problem+json body for code. */
export class ApiError extends Error {
  constructor(message, status, problem) {
    super(message);
    this.status = status;
    this.problem = problem || {};
  }
}

/**
 * The readable sentence for a problem+json answer: a translated summary chosen by type/status,
 * then what the server said in detail (field names and reasons), so nothing useful is lost.
 */
export function problemMessage(status, problem = {}) {
  const type = problem.type || "";
  let summary;
  if (type === "/problems/unresolved-lines") summary = t("err.unresolved");
  else if (type === "/problems/search-unavailable") summary = t("err.searchDown");
  else if (status === 401) summary = problem.instance === "/api/auth/login" ? t("err.badLogin") : t("err.login");
  else if (status === 403) summary = t("err.forbidden");
  else if (status === 404) summary = t("err.notFound");
  else if (status === 409 || status === 422) summary = t("err.conflict");
  else if (status === 400) summary = t("err.invalid");
  else if (status >= 500) summary = t("err.server");
  else summary = t("err.generic");
  const details = [];
  if (Array.isArray(problem.errors)) {
    for (const e of problem.errors) details.push(`${e.name}: ${e.reason}`);
  } else if (problem.detail && status !== 401 && type !== "/problems/unresolved-lines") {
    details.push(problem.detail);
  }
  return details.length ? `${summary} (${details.join("; ")})` : summary;
}

/**
 * fetch() for the JSON API: sends and reads JSON, carries the session cookie, and throws an
 * ApiError with a readable message on any failure. An aborted call rethrows the AbortError so
 * callers can ignore superseded requests.
 */
export async function api(path, { method = "GET", body, signal, headers = {} } = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      signal,
      credentials: "same-origin",
      headers: { Accept: "application/json", ...(body !== undefined ? { "Content-Type": "application/json" } : {}), ...headers },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
  } catch (e) {
    if (e.name === "AbortError") throw e;
    throw new ApiError(t("err.network"), 0);
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    if (response.status === 401 && path !== "/api/auth/login") forgetUser();
    throw new ApiError(problemMessage(response.status, data || {}), response.status, data);
  }
  return data;
}

/** True for the error of a request that a newer one replaced. */
export const aborted = (e) => e && e.name === "AbortError";

// ---- Log-in state ---------------------------------------------------------------------------
// The session itself is the HttpOnly cookie set by /api/auth/login; the page only remembers who
// logged in (name and role) to draw the menu, and forgets it on log-out or on any 401.

const USER_KEY = "catalog.user";

export function currentUser() {
  try {
    return JSON.parse(localStorage.getItem(USER_KEY) || "null");
  } catch {
    return null;
  }
}

function forgetUser() {
  localStorage.removeItem(USER_KEY);
}

export async function login(username, password) {
  const answer = await api("/api/auth/login", { method: "POST", body: { username, password } });
  const user = { username: answer.username, displayName: answer.displayName, role: answer.role, companyId: answer.companyId };
  localStorage.setItem(USER_KEY, JSON.stringify(user));
  return user;
}

export async function logout() {
  try {
    await api("/api/auth/logout", { method: "POST" });
  } catch {
    // Already logged out on the server: forgetting locally is all that is left.
  } finally {
    forgetUser();
  }
}

/**
 * The logged-in user when their role is one of roles; otherwise sends the browser to the log-in
 * page, which comes back here afterwards.
 */
export function requireRole(...roles) {
  const user = currentUser();
  if (user && (roles.includes(user.role) || user.role === "ADMIN")) return user;
  location.href = `/login.html?next=${encodeURIComponent(location.pathname + location.search)}` +
    (user ? `&denied=${encodeURIComponent(user.role)}` : "");
  return null;
}

// ---- Cart (kept in the browser until it becomes a quote) ------------------------------------

const CART_KEY = "catalog.cart";

export const cart = {
  lines() {
    try {
      return JSON.parse(localStorage.getItem(CART_KEY) || "[]");
    } catch {
      return [];
    }
  },
  save(lines) {
    localStorage.setItem(CART_KEY, JSON.stringify(lines.filter((l) => l.quantity > 0)));
    updateCartCount();
  },
  add(item, quantity = 1) {
    const lines = this.lines();
    const line = lines.find((l) => l.code === item.code);
    if (line) line.quantity += quantity;
    else lines.push({ code: item.code, name: item.name, price: item.price, quantity });
    this.save(lines);
  },
  clear() {
    this.save([]);
  },
};

function updateCartCount() {
  const badge = document.getElementById("cart-count");
  if (badge) badge.textContent = String(cart.lines().reduce((n, l) => n + l.quantity, 0));
}

// ---- Site header ----------------------------------------------------------------------------

/** Fills <nav id="site-nav"> with the links the current user's role may use. */
export function siteNav() {
  const nav = document.getElementById("site-nav");
  if (!nav) return;
  nav.setAttribute("aria-label", t("nav.label"));
  const user = currentUser();
  const role = user && user.role;
  const staff = (r) => role === r || role === "ADMIN";
  const here = location.pathname === "/" ? "/index.html" : location.pathname;
  const link = (href, key, extra) =>
    el("li", {}, el("a", { href, "aria-current": here === href ? "page" : null }, t(key), extra || ""));
  const items = [link("/index.html", "nav.search"), link("/collections.html", "nav.collections"), link("/makers.html", "nav.makers"),
    link("/ebook.html", "nav.ebook")];
  if (!role || role === "CUSTOMER" || role === "ADMIN") {
    items.push(link("/cart.html", "nav.cart", el("span", { class: "badge", id: "cart-count" })));
  }
  if (role === "CUSTOMER" || role === "ADMIN") items.push(link("/orders.html", "nav.orders"));
  if (staff("COUNSELLOR")) items.push(link("/console.html", "nav.console"));
  if (staff("WAREHOUSE")) items.push(link("/warehouse.html", "nav.warehouse"));
  if (staff("MARKETING")) items.push(link("/marketing.html", "nav.marketing"));
  if (role === "ADMIN") items.push(link("/admin.html", "nav.admin"));
  if (user) {
    items.push(el("li", { class: "who" }, el("span", { text: user.displayName || user.username })));
    items.push(el("li", {}, el("button", {
      type: "button", id: "logout", class: "link",
      onclick: async () => {
        await logout();
        location.href = "/login.html";
      },
    }, t("nav.logout"))));
  } else {
    items.push(el("li", {}, el("a", { id: "login-link", href: `/login.html?next=${encodeURIComponent(location.pathname + location.search)}` }, t("nav.login"))));
  }
  items.push(el("li", {}, el("button", {
    type: "button", class: "link", lang: lang === "ko" ? "en" : "ko",
    onclick: () => {
      localStorage.setItem("lang", lang === "ko" ? "en" : "ko");
      location.reload();
    },
  }, t("nav.lang"))));
  nav.replaceChildren(el("ul", {}, items));
  updateCartCount();
}

/** What every page does first: strings, then the menu. */
export function initPage() {
  translate();
  siteNav();
}
