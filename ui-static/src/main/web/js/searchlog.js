// Marketing's view of the search log (issue #19, point 4): the queries of a period that found
// nothing, that a typo correction ran for, and the most frequent ones. "Add to the vocabulary"
// turns a query into a dictionary entry in one step: it fills the vocabulary form below (the query
// as the typed term, the correction when there is one) for marketing to complete and save; the
// next search for that query uses the entry. Loaded after vocabulary.js, which owns that form.
import { api, el, show, strings, t, num, when, currentUser } from "./core.js";

strings({
  ko: {
    "sl.title": "검색 기록",
    "sl.hint": "손님이 입력한 검색어를 기간별로 봅니다 (누가 찾았는지는 남기지 않습니다). 결과 없는 검색어나 오타 교정된 검색어를 “사전에 추가”하면 아래 용어 사전 입력란이 채워지고, 저장하면 다음 검색부터 적용됩니다.",
    "sl.from": "시작일", "sl.to": "종료일 (포함)", "sl.run": "보기",
    "sl.zero": "결과 없는 검색어", "sl.corrected": "오타 교정된 검색어", "sl.top": "많이 찾은 검색어",
    "sl.summary": "{from} ~ {to}: 검색 {searches}회 (검색어 있음 {withText}), 결과 없음 {zero}, 오타 교정 {corrected}, 사전 적용 {expanded}; 응답 중앙값 {p50} ms, p99 {p99} ms. 기록하지 못한 검색 {dropped}",
    "sl.h.query": "검색어", "sl.h.searches": "검색 수", "sl.h.zero": "결과 없음", "sl.h.hits": "평균 결과",
    "sl.h.correctedTo": "교정", "sl.h.expandedTo": "사전 적용", "sl.h.last": "마지막", "sl.h.actions": "",
    "sl.toVocabulary": "사전에 추가",
    "sl.inVocabulary": "사전에 있음",
    "sl.none": "이 기간에는 없습니다.",
    "sl.more": "더 있습니다: 기간을 줄여 보세요.",
    "sl.source": "검색 기록 {from} ~ {to}: {searches}회",
    "sl.prefilled": "“{query}”을(를) 사전 입력란에 넣었습니다. 뜻하는 용어를 쉼표 뒤에 더하고 저장하세요.",
  },
  en: {
    "sl.title": "Search log",
    "sl.hint": "What customers typed, per period (who searched is never kept). “Add to the vocabulary” on a zero-result or corrected query fills the vocabulary form below; saved, it applies from the next search on.",
    "sl.from": "From", "sl.to": "To (included)", "sl.run": "Show",
    "sl.zero": "Queries with no results", "sl.corrected": "Queries corrected for typos", "sl.top": "Top queries",
    "sl.summary": "{from} – {to}: {searches} searches ({withText} with text), {zero} without results, {corrected} corrected, {expanded} expanded by the vocabulary; median {p50} ms, p99 {p99} ms. Searches not recorded: {dropped}",
    "sl.h.query": "Query", "sl.h.searches": "Searches", "sl.h.zero": "No results", "sl.h.hits": "Avg. results",
    "sl.h.correctedTo": "Corrected to", "sl.h.expandedTo": "Vocabulary", "sl.h.last": "Last", "sl.h.actions": "",
    "sl.toVocabulary": "Add to the vocabulary",
    "sl.inVocabulary": "in the vocabulary",
    "sl.none": "None in this period.",
    "sl.more": "There are more: choose a shorter period.",
    "sl.source": "search log {from} – {to}: {searches} searches",
    "sl.prefilled": "“{query}” is in the vocabulary form. Add what it means after the comma and save.",
  },
});

const $ = (id) => document.getElementById(id);
const error = $("error");
const notice = $("notice");

for (const node of $("searchlog-h").closest("section").querySelectorAll("[data-i18n]")) {
  node.textContent = t(node.dataset.i18n);
}

// One step from a logged query to a dictionary entry: a new one-way entry from what people type
// to what the catalog calls it (the correction, when one ran; else marketing adds it).
function toVocabulary(row, period) {
  $("vocab-id").value = "";
  $("vocab-version").value = "";
  $("vocab-terms").value = row.correctedTo ? `${row.query}, ${row.correctedTo}` : `${row.query}, `;
  $("vocab-direction").value = "ONE_WAY";
  $("vocab-kind").value = row.correctedTo ? "LOANWORD" : "SHOP_FLOOR";
  $("vocab-category").value = "";
  $("vocab-source").value = t("sl.source", { from: period.from, to: period.to, searches: row.searches });
  $("vocab-form-h").textContent = t("vo.new");
  show(error, "");
  show(notice, t("sl.prefilled", { query: row.query }));
  const terms = $("vocab-terms");
  terms.scrollIntoView({ block: "center" });
  terms.focus();
  terms.setSelectionRange(terms.value.length, terms.value.length);
}

function table(report, withAction) {
  if (!report.queries.length) return el("p", { class: "hint", text: t("sl.none") });
  const rows = report.queries.map((q) => el("tr", { "data-query": q.query },
    el("td", { text: q.query }),
    el("td", { class: "num", text: num(q.searches) }),
    el("td", { class: "num", text: num(q.zeroResults) }),
    el("td", { class: "num", text: num(q.averageHits) }),
    el("td", { text: q.correctedTo || "" }),
    el("td", { text: q.expandedTo || "" }),
    el("td", { text: when(q.lastSearchedAt) }),
    el("td", {},
      q.inVocabulary ? el("span", { class: "hint in-vocabulary", text: t("sl.inVocabulary") }) : "",
      withAction && !q.inVocabulary
        ? el("button", { type: "button", class: "link to-vocabulary", onclick: () => toVocabulary(q, report) }, t("sl.toVocabulary"))
        : "")));
  return el("div", {},
    el("table", {},
      el("thead", {}, el("tr", {}, ["sl.h.query", "sl.h.searches", "sl.h.zero", "sl.h.hits", "sl.h.correctedTo", "sl.h.expandedTo", "sl.h.last", "sl.h.actions"]
        .map((k) => el("th", { scope: "col", text: t(k) })))),
      el("tbody", {}, rows)),
    report.hasMore ? el("p", { class: "hint", text: t("sl.more") }) : "");
}

async function load() {
  const params = new URLSearchParams({ size: "50" });
  if ($("searchlog-from").value) params.set("from", $("searchlog-from").value);
  if ($("searchlog-to").value) params.set("to", $("searchlog-to").value);
  try {
    const [summary, zero, corrected, top] = await Promise.all([
      api(`/api/marketing/search-log?${params}`),
      api(`/api/marketing/search-log/zero-results?${params}`),
      api(`/api/marketing/search-log/corrected?${params}`),
      api(`/api/marketing/search-log/top?${params}`),
    ]);
    // The server chose the default period: show it.
    $("searchlog-from").value = summary.from;
    $("searchlog-to").value = summary.to;
    const x = summary.totals;
    $("searchlog-summary").textContent = t("sl.summary", {
      from: summary.from, to: summary.to, searches: num(x.searches), withText: num(x.withText),
      zero: num(x.zeroResults), corrected: num(x.corrected), expanded: num(x.expanded),
      p50: x.medianLatencyMillis.toFixed(1), p99: x.p99LatencyMillis.toFixed(1), dropped: num(summary.dropped),
    });
    $("searchlog-zero").replaceChildren(table(zero, true));
    $("searchlog-corrected").replaceChildren(table(corrected, true));
    $("searchlog-top").replaceChildren(table(top, false));
  } catch (e) {
    show(error, e.message);
  }
}

$("searchlog-form").addEventListener("submit", (e) => {
  e.preventDefault();
  load();
});

const user = currentUser();
if (user && (user.role === "MARKETING" || user.role === "ADMIN")) {
  load();
}
