// Log-in: the API sets the session cookie; afterwards the browser goes back where it came from,
// or to the page that fits the role.
import { currentUser, initPage, login, show, strings, t } from "./core.js";

strings({
  ko: {
    "login.title": "로그인",
    "login.username": "아이디",
    "login.password": "비밀번호",
    "login.submit": "로그인",
    "login.demo": "데모 계정",
    "login.demoText": "customer / customer-demo (고객), counsellor / counsellor-demo (상담원), marketing / marketing-demo (마케팅), warehouse / warehouse-demo (창고), admin / admin-demo (관리자)",
    "login.missing": "아이디와 비밀번호를 모두 입력해 주세요.",
    "login.denied": "지금 로그인한 계정({role})으로는 그 화면을 쓸 수 없습니다. 다른 계정으로 로그인해 주세요.",
  },
  en: {
    "login.title": "Log in",
    "login.username": "User name",
    "login.password": "Password",
    "login.submit": "Log in",
    "login.demo": "Demo accounts",
    "login.demoText": "customer / customer-demo, counsellor / counsellor-demo, marketing / marketing-demo, warehouse / warehouse-demo, admin / admin-demo",
    "login.missing": "Enter both the user name and the password.",
    "login.denied": "The account you are logged in with ({role}) may not use that page. Log in with another account.",
  },
});

const HOME = { CUSTOMER: "/index.html", COUNSELLOR: "/console.html", WAREHOUSE: "/warehouse.html", MARKETING: "/marketing.html", ADMIN: "/index.html" };

const query = new URLSearchParams(location.search);
// Only paths on this site: never an absolute URL from the query string.
const next = (query.get("next") || "").startsWith("/") && !(query.get("next") || "").startsWith("//") ? query.get("next") : null;

initPage();
if (query.get("denied")) show(document.getElementById("denied"), t("login.denied", { role: query.get("denied") }));
const userInput = document.getElementById("username");
if (currentUser()) userInput.value = "";
userInput.focus();

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
