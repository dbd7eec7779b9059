// Log-in: the API sets the session cookie; afterwards the browser goes back where it came from,
// or to the page that fits the role.
import { api, currentUser, el, initPage, login, show, strings, t } from "./core.js";

strings({
  ko: {
    "login.title": "로그인",
    "login.username": "아이디",
    "login.password": "비밀번호",
    "login.submit": "로그인",
    "login.demo": "데모 계정",
    "role.CUSTOMER": "고객", "role.COUNSELLOR": "상담원", "role.MARKETING": "마케팅", "role.WAREHOUSE": "창고", "role.ADMIN": "관리자",
    "login.missing": "아이디와 비밀번호를 모두 입력해 주세요.",
    "login.denied": "지금 로그인한 계정({role})으로는 그 화면을 쓸 수 없습니다. 다른 계정으로 로그인해 주세요.",
  },
  en: {
    "login.title": "Log in",
    "login.username": "User name",
    "login.password": "Password",
    "login.submit": "Log in",
    "login.demo": "Demo accounts",
    "role.CUSTOMER": "customer", "role.COUNSELLOR": "counsellor", "role.MARKETING": "marketing", "role.WAREHOUSE": "warehouse", "role.ADMIN": "administrator",
    "login.missing": "Enter both the user name and the password.",
    "login.denied": "The account you are logged in with ({role}) may not use that page. Log in with another account.",
  },
});

const HOME = { CUSTOMER: "/index.html", COUNSELLOR: "/console.html", WAREHOUSE: "/warehouse.html", MARKETING: "/marketing.html", ADMIN: "/index.html" };

/**
 * Where to go after log-in: only a path on this site. The value is parsed as a URL against this
 * origin and its origin compared, because string checks miss what browsers normalise: "/\\evil"
 * passes a "//" test yet the browser reads the backslash as a slash and leaves the site. Backslashes
 * and control characters (which URL parsing strips, "/\t/evil") are refused outright.
 */
export function sameOriginPath(next) {
  if (!next || !next.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(next)) return null;
  let url;
  try {
    url = new URL(next, location.origin);
  } catch {
    return null;
  }
  if (url.origin !== location.origin) return null;
  return url.pathname + url.search + url.hash;
}

const query = new URLSearchParams(location.search);
const next = sameOriginPath(query.get("next"));

initPage();
if (query.get("denied")) show(document.getElementById("denied"), t("login.denied", { role: query.get("denied") }));
const userInput = document.getElementById("username");
if (currentUser()) userInput.value = "";
userInput.focus();
showDemoAccounts();

/** Lists the demo accounts when the platform offers them (the quick start only). */
async function showDemoAccounts() {
  let accounts;
  try {
    accounts = await api("/api/demo-accounts");
  } catch {
    return; // 404 outside the quick start: nothing to show
  }
  if (!Array.isArray(accounts) || accounts.length === 0) return;
  document.getElementById("demo-list").replaceChildren(
    ...accounts.map((a) => el("li", {}, el("code", { text: `${a.username} / ${a.password}` }), ` (${t("role." + a.role)})`)),
  );
  document.getElementById("demo-accounts").hidden = false;
}

document.getElementById("login-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const error = document.getElementById("error");
  const username = userInput.value.trim();
  const password = document.getElementById("password").value;
  if (!username || !password) {
    show(error, t("login.missing"));
    return;
  }
  const submit = document.getElementById("login-submit");
  submit.disabled = true;
  try {
    const user = await login(username, password);
    location.href = next || HOME[user.role] || "/index.html";
  } catch (e) {
    show(error, e.message);
    document.getElementById("password").select();
  } finally {
    submit.disabled = false;
  }
});
