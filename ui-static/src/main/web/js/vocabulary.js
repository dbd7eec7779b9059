// Marketing's part of the trade vocabulary (issue #19): entries that searches expand with
// (synonyms, shop-floor words, loanword spellings, maker-name variants), one-way or two-way.
// A saved change applies to the next search; "how is a query expanded" shows it at once.
// Loaded after marketing.js on the same page, which already checked the role.
import { api, el, show, strings, t, currentUser } from "./core.js";

strings({
  ko: {
    "vo.title": "검색 용어 사전",
    "vo.new": "새 항목",
    "vo.edit": "항목 {id} 고치기",
    "vo.terms": "용어 (쉼표로; 한 방향이면 첫 용어가 입력, 나머지가 뜻)",
    "vo.direction": "방향",
    "vo.kind": "종류",
    "vo.source": "출처 (선택)",
    "vo.dir.TWO_WAY": "양방향", "vo.dir.ONE_WAY": "한 방향 (첫 용어 → 나머지)",
    "vo.kind.all": "전체", "vo.kind.SYNONYM": "동의어", "vo.kind.SHOP_FLOOR": "현장 용어",
    "vo.kind.LOANWORD": "외래어 표기", "vo.kind.MAKER": "메이커 이름",
    "vo.h.id": "번호", "vo.h.terms": "용어", "vo.h.direction": "방향", "vo.h.kind": "종류",
    "vo.h.category": "분류", "vo.h.source": "출처", "vo.h.actions": "",
    "vo.noRuns": "사전에 있는 용어가 없습니다: 입력한 그대로 찾습니다.",
    "vo.run": "“{typed}” → {alternatives}",
    "vo.needTerms": "용어를 둘 이상 쉼표로 나눠 입력하세요.",
    "vo.saved": "저장했습니다. 다음 검색부터 적용됩니다.",
    "vo.deleted": "지웠습니다.",
    "vo.deleteAsk": "항목 {id}을(를) 지울까요?",
    "vo.count": "{n}개 항목",
  },
  en: {
    "vo.title": "Trade vocabulary",
    "vo.new": "New entry",
    "vo.edit": "Edit entry {id}",
    "vo.terms": "Terms (comma-separated; one-way: the first is typed, the others are what it means)",
    "vo.direction": "Direction",
    "vo.kind": "Kind",
    "vo.source": "Source (optional)",
    "vo.dir.TWO_WAY": "Two-way", "vo.dir.ONE_WAY": "One-way (first term → others)",
    "vo.kind.all": "All", "vo.kind.SYNONYM": "Synonym", "vo.kind.SHOP_FLOOR": "Shop-floor word",
    "vo.kind.LOANWORD": "Loanword spelling", "vo.kind.MAKER": "Maker name",
    "vo.h.id": "Id", "vo.h.terms": "Terms", "vo.h.direction": "Direction", "vo.h.kind": "Kind",
    "vo.h.category": "Category", "vo.h.source": "Source", "vo.h.actions": "",
    "vo.noRuns": "No vocabulary term in it: searched exactly as typed.",
    "vo.run": "“{typed}” → {alternatives}",
    "vo.needTerms": "Enter two or more terms separated by commas.",
    "vo.saved": "Saved. It applies from the next search on.",
    "vo.deleted": "Deleted.",
    "vo.deleteAsk": "Delete entry {id}?",
    "vo.count": "{n} entries",
  },
});

const $ = (id) => document.getElementById(id);
const error = $("error");
const notice = $("notice");

// The page's static labels were translated before these strings existed: translate this section.
for (const node of $("vocab-h").closest("section").querySelectorAll("[data-i18n]")) {
  node.textContent = t(node.dataset.i18n);
}

function done(message) {
  show(error, "");
  show(notice, message);
}

async function expand() {
  const q = $("vocab-expand-q").value.trim();
  if (!q) return;
  try {
    const x = await api(`/api/marketing/vocabulary/expand?${new URLSearchParams({ q })}`);
    $("vocab-expansion").replaceChildren(
      x.runs.length
        ? el("ul", {}, x.runs.map((r) => el("li", { text: t("vo.run", { typed: r.typed, alternatives: r.alternatives.join(", ") }) })))
        : el("p", { class: "hint", text: t("vo.noRuns") }));
    show(error, "");
  } catch (e) {
    show(error, e.message);
  }
}
$("vocab-expand-form").addEventListener("submit", (e) => {
  e.preventDefault();
  expand();
});

async function load() {
  const params = new URLSearchParams({ size: "1000" });
  const q = $("vocab-filter-q").value.trim();
  const kind = $("vocab-filter-kind").value;
  if (q) params.set("q", q);
  if (kind) params.set("kind", kind);
  let entries;
  try {
    entries = await api(`/api/marketing/vocabulary?${params}`);
  } catch (e) {
    show(error, e.message);
    return;
  }
  const rows = entries.map((v) => el("tr", { "data-vocab-id": String(v.id) },
    el("td", { text: `#${v.id}` }),
    el("td", { text: v.direction === "ONE_WAY" ? `${v.terms[0]} → ${v.terms.slice(1).join(", ")}` : v.terms.join(", ") }),
    el("td", { text: t(`vo.dir.${v.direction}`) }),
    el("td", { text: t(`vo.kind.${v.kind}`) }),
    el("td", { text: v.category || "" }),
    el("td", { text: v.source }),
    el("td", {},
      el("button", { type: "button", class: "link", onclick: () => edit(v) }, t("mk.edit")), " ",
      el("button", { type: "button", class: "link delete-vocab", onclick: () => remove(v) }, t("mk.delete")))));
  $("vocabulary").replaceChildren(
    el("p", { class: "hint", text: t("vo.count", { n: entries.length }) }),
    rows.length
      ? el("table", {},
        el("thead", {}, el("tr", {}, ["vo.h.id", "vo.h.terms", "vo.h.direction", "vo.h.kind", "vo.h.category", "vo.h.source", "vo.h.actions"]
          .map((k) => el("th", { scope: "col", text: t(k) })))),
        el("tbody", {}, rows))
      : el("p", { class: "hint", text: t("mk.none") }));
}
$("vocab-filter-form").addEventListener("submit", (e) => {
  e.preventDefault();
  load();
});

function reset() {
  $("vocab-id").value = "";
  $("vocab-version").value = "";
  $("vocab-terms").value = "";
  $("vocab-direction").value = "TWO_WAY";
  $("vocab-kind").value = "SHOP_FLOOR";
  $("vocab-category").value = "";
  $("vocab-source").value = "";
  $("vocab-form-h").textContent = t("vo.new");
}
$("vocab-reset").addEventListener("click", reset);

function edit(v) {
  $("vocab-id").value = String(v.id);
  $("vocab-version").value = String(v.version);
  $("vocab-terms").value = v.terms.join(", ");
  $("vocab-direction").value = v.direction;
  $("vocab-kind").value = v.kind;
  $("vocab-category").value = v.category || "";
  $("vocab-source").value = v.source || "";
  $("vocab-form-h").textContent = t("vo.edit", { id: v.id });
  $("vocab-terms").focus();
}

async function remove(v) {
  if (!confirm(t("vo.deleteAsk", { id: v.id }))) return;
  try {
    await api(`/api/marketing/vocabulary/${v.id}`, { method: "DELETE" });
    done(t("vo.deleted"));
    load();
  } catch (e) {
    show(error, e.message);
  }
}

$("vocab-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const terms = $("vocab-terms").value.split(",").map((s) => s.trim()).filter(Boolean);
  if (terms.length < 2) {
    show(notice, "");
    show(error, t("vo.needTerms"));
    return;
  }
  const id = $("vocab-id").value;
  const body = {
    terms,
    direction: $("vocab-direction").value,
    kind: $("vocab-kind").value,
    category: $("vocab-category").value.trim() || null,
    source: $("vocab-source").value.trim() || null,
  };
  if (id) body.version = Number($("vocab-version").value);
  try {
    await api(id ? `/api/marketing/vocabulary/${id}` : "/api/marketing/vocabulary", { method: id ? "PUT" : "POST", body });
    done(t("vo.saved"));
    reset();
    load();
  } catch (err) {
    show(notice, "");
    show(error, err.message);
  }
});

const user = currentUser();
if (user && (user.role === "MARKETING" || user.role === "ADMIN")) {
  reset();
  load();
}
