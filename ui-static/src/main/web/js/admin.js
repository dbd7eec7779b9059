// Account administration (admins): find accounts, deactivate or reactivate them, reset a password
// (a generated one is shown once, here only), end their sessions, and the audit of these actions.
// The server checks the role and refuses what may not be done (an admin's own deactivation).
import { api, el, initPage, requireRole, show, strings, t, when } from "./core.js";

strings({
  ko: {
    "page.skip": "본문으로 건너뛰기",
    "admin.title": "계정 관리",
    "admin.search": "아이디 또는 이름",
    "admin.find": "찾기",
    "admin.username": "아이디",
    "admin.name": "이름",
    "admin.role": "역할",
    "admin.state": "상태",
    "admin.sessions": "세션",
    "admin.actions": "작업",
    "admin.audit": "작업 기록",
    "admin.at": "시각",
    "admin.by": "관리자",
    "admin.action": "작업",
    "admin.detail": "내용",
    "admin.active": "사용 중",
    "admin.inactive": "중지됨",
    "admin.deactivate": "사용 중지",
    "admin.reactivate": "다시 사용",
    "admin.reset": "비밀번호 재설정",
    "admin.endSessions": "세션 종료",
    "admin.confirmDeactivate": "{user} 계정을 중지하고 모든 세션을 끝낼까요?",
    "admin.confirmReset": "{user}의 비밀번호를 새 임시 비밀번호로 바꾸고 모든 세션을 끝낼까요?",
    "admin.temporary": "{user}의 임시 비밀번호: {password} (지금 한 번만 보입니다. 본인에게 안전하게 전해 주세요.)",
    "admin.ended": "{user}: 세션 {n}개를 끝냈습니다.",
    "admin.done": "{user}: {state}",
    "admin.none": "찾은 계정이 없습니다.",
  },
  en: {
    "page.skip": "Skip to content",
    "admin.title": "Accounts",
    "admin.search": "User or display name",
    "admin.find": "Find",
    "admin.username": "User name",
    "admin.name": "Name",
    "admin.role": "Role",
    "admin.state": "State",
    "admin.sessions": "Sessions",
    "admin.actions": "Actions",
    "admin.audit": "Audit",
    "admin.at": "When",
    "admin.by": "By",
    "admin.action": "Action",
    "admin.detail": "Detail",
    "admin.active": "active",
    "admin.inactive": "deactivated",
    "admin.deactivate": "Deactivate",
    "admin.reactivate": "Reactivate",
    "admin.reset": "Reset password",
    "admin.endSessions": "End sessions",
    "admin.confirmDeactivate": "Deactivate {user} and end all of its sessions?",
    "admin.confirmReset": "Replace the password of {user} with a new temporary one and end all of its sessions?",
    "admin.temporary": "Temporary password of {user}: {password} (shown this once; hand it over safely.)",
    "admin.ended": "{user}: {n} session(s) ended.",
    "admin.done": "{user}: {state}",
    "admin.none": "No account found.",
  },
});

initPage();
const admin = requireRole("ADMIN");

const error = document.getElementById("error");
const notice = document.getElementById("notice");
const query = document.getElementById("q");

function tell(message) {
  show(error, "");
  show(notice, message);
}

/** Runs an action on one account, then shows what it answered and reloads the lists. */
async function act(user, request, message) {
  try {
    const answer = await request();
    tell(message(answer));
  } catch (e) {
    show(notice, "");
    show(error, e.message);
  }
  await Promise.all([loadUsers(), loadAudit()]);
}

function actions(u) {
  const button = (key, onclick) =>
    el("button", { type: "button", class: "secondary", "data-user": u.username, "data-action": key, onclick }, t("admin." + key));
  const id = encodeURIComponent(u.id);
  return [
    u.active
      ? button("deactivate", () => {
        if (!confirm(t("admin.confirmDeactivate", { user: u.username }))) return;
        act(u, () => api(`/api/admin/users/${id}/deactivate`, { method: "POST" }),
          () => t("admin.done", { user: u.username, state: t("admin.inactive") }));
      })
      : button("reactivate", () =>
        act(u, () => api(`/api/admin/users/${id}/reactivate`, { method: "POST" }),
          () => t("admin.done", { user: u.username, state: t("admin.active") }))),
    button("reset", () => {
      if (!confirm(t("admin.confirmReset", { user: u.username }))) return;
      act(u, () => api(`/api/admin/users/${id}/password`, { method: "POST", body: {} }),
        (a) => t("admin.temporary", { user: u.username, password: a.temporaryPassword }));
    }),
    button("endSessions", () =>
      act(u, () => api(`/api/admin/users/${id}/sessions`, { method: "DELETE" }),
        (a) => t("admin.ended", { user: u.username, n: a.endedSessions }))),
  ];
}

async function loadUsers() {
  const q = query.value.trim();
  let users;
  try {
    users = await api(`/api/admin/users?size=200${q ? "&q=" + encodeURIComponent(q) : ""}`);
  } catch (e) {
    show(error, e.message);
    return;
  }
  const rows = users.map((u) =>
    el("tr", { "data-username": u.username },
      el("td", {}, el("code", { text: u.username })),
      el("td", { text: u.displayName + (u.companyName ? ` (${u.companyName})` : "") }),
      el("td", { text: u.role }),
      el("td", { class: "state", text: t(u.active ? "admin.active" : "admin.inactive") }),
      el("td", { class: "num", text: String(u.openSessions) }),
      el("td", { class: "row" }, actions(u))));
  document.getElementById("user-rows").replaceChildren(
    ...(rows.length ? rows : [el("tr", {}, el("td", { colspan: "6", text: t("admin.none") }))]));
}

async function loadAudit() {
  let entries;
  try {
    entries = await api("/api/admin/audit?size=50");
  } catch (e) {
    show(error, e.message);
    return;
  }
  document.getElementById("audit-rows").replaceChildren(...entries.map((a) =>
    el("tr", {},
      el("td", { text: when(a.at) }),
      el("td", { text: a.actor }),
      el("td", { text: a.action }),
      el("td", { text: a.username }),
      el("td", { text: a.detail || "" }))));
}

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  loadUsers();
});
if (admin) {
  loadUsers();
  loadAudit();
}
