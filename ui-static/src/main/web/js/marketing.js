// Marketing's workbench: preview how a query ranks and why (the rules and collections that moved
// each product, and where it would be without them), manage merchandising rules (pin, boost,
// bury, hide a product for a query or category within a time window) and promotional collections
// (hand-picked products and/or a saved search, a window, an optional discount). Times are
// entered in Korean time and sent as instants.
import { attachCategoryPicker } from "./category-picker.js";
import { api, el, initPage, requireRole, show, strings, t, when } from "./core.js";

strings({
  ko: {
    "page.skip": "본문으로 건너뛰기",
    "mk.title": "마케팅",
    "mk.preview": "순위 미리보기",
    "mk.previewRun": "순위 보기",
    "mk.query": "검색어",
    "mk.category": "분류 ID (선택)",
    "mk.rules": "노출 규칙",
    "mk.ruleNew": "새 규칙",
    "mk.ruleEdit": "규칙 {id} 고치기",
    "mk.product": "품번",
    "mk.action": "동작",
    "mk.position": "순위 (1-100)",
    "mk.factor": "배수 (올리기 > 1, 내리기 < 1)",
    "mk.starts": "시작 (한국 시간)",
    "mk.ends": "끝 (이 시각 전까지)",
    "mk.note": "메모",
    "mk.save": "저장",
    "mk.reset": "새로 쓰기",
    "mk.edit": "고치기",
    "mk.delete": "지우기",
    "mk.deleteAsk": "{what}을(를) 지울까요?",
    "mk.collections": "기획전",
    "mk.collectionNew": "새 기획전",
    "mk.collectionEdit": "기획전 {slug} 고치기",
    "mk.slug": "주소 이름 (영문 소문자·숫자·하이픈)",
    "mk.type": "종류",
    "mk.titleKo": "제목 (한국어)",
    "mk.titleEn": "제목 (영어)",
    "mk.discount": "할인율 % (선택, 1-90)",
    "mk.description": "설명",
    "mk.products": "직접 고른 품번 (한 줄에 하나, 보이는 순서대로)",
    "mk.rule": "조건으로 담기 (선택: 이 검색에 맞는 제품도 포함)",
    "mk.makers": "메이커 ID (쉼표로)",
    "mk.categories": "분류 ID (쉼표로)",
    "mk.none": "아직 없습니다.",
    "mk.saved": "저장했습니다.",
    "mk.deleted": "지웠습니다.",
    "mk.total": "결과 {total}건 (규칙 없이 {without}건)",
    "mk.rank": "{rank}위",
    "mk.was": "규칙 없이 {rank}위",
    "mk.wasNone": "규칙 없이는 상위 1,000위 밖",
    "mk.why.pin": "규칙 #{id}로 {position}위에 고정",
    "mk.why.BOOST": "규칙 #{id}로 점수 ×{factor} (올리기)",
    "mk.why.BURY": "규칙 #{id}로 점수 ×{factor} (내리기)",
    "mk.why.in": "기획전: {slugs}",
    "mk.why.text": "검색 점수 {score}, 규칙 없이 {rank}위",
    "mk.hidden": "숨긴 제품",
    "mk.overridden": "더 새 규칙에 밀린 규칙",
    "mk.window": "{from} ~ {to}",
    "mk.items": "{n}개",
    "mk.h.id": "번호", "mk.h.where": "적용", "mk.h.what": "동작", "mk.h.product": "품번", "mk.h.window": "기간",
    "mk.h.status": "상태", "mk.h.note": "메모", "mk.h.slug": "주소", "mk.h.type": "종류", "mk.h.title": "제목",
    "mk.h.products": "품목", "mk.h.discount": "할인", "mk.h.actions": "",
    "mk.needProduct": "품번을 입력하세요.",
    "mk.needWindow": "시작과 끝을 입력하세요.",
    "mk.needTitle": "주소 이름과 한국어 제목을 입력하세요.",
    "action.PIN": "고정", "action.BOOST": "올리기", "action.BURY": "내리기", "action.HIDE": "숨기기",
    "type.NEW": "신제품", "type.DISCOUNT": "할인", "type.RECOMMENDED": "추천", "type.SEASONAL": "시즌", "type.PB": "자체 브랜드",
    "curation.SCHEDULED": "예정", "curation.ACTIVE": "진행 중", "curation.ENDED": "종료",
  },
  en: {
    "page.skip": "Skip to content",
    "mk.title": "Marketing",
    "mk.preview": "Ranking preview",
    "mk.previewRun": "Show ranking",
    "mk.query": "Query",
    "mk.category": "Category id (optional)",
    "mk.rules": "Merchandising rules",
    "mk.ruleNew": "New rule",
    "mk.ruleEdit": "Edit rule {id}",
    "mk.product": "Product code",
    "mk.action": "Action",
    "mk.position": "Position (1-100)",
    "mk.factor": "Factor (boost > 1, bury < 1)",
    "mk.starts": "Starts (Korean time)",
    "mk.ends": "Ends (before this time)",
    "mk.note": "Note",
    "mk.save": "Save",
    "mk.reset": "Start over",
    "mk.edit": "Edit",
    "mk.delete": "Delete",
    "mk.deleteAsk": "Delete {what}?",
    "mk.collections": "Collections",
    "mk.collectionNew": "New collection",
    "mk.collectionEdit": "Edit collection {slug}",
    "mk.slug": "Slug (lower-case letters, digits, hyphens)",
    "mk.type": "Type",
    "mk.titleKo": "Title (Korean)",
    "mk.titleEn": "Title (English)",
    "mk.discount": "Discount % (optional, 1-90)",
    "mk.description": "Description",
    "mk.products": "Hand-picked codes (one per line, in display order)",
    "mk.rule": "Also include the matches of a search (optional)",
    "mk.makers": "Maker ids (comma-separated)",
    "mk.categories": "Category ids (comma-separated)",
    "mk.none": "None yet.",
    "mk.saved": "Saved.",
    "mk.deleted": "Deleted.",
    "mk.total": "{total} results ({without} without rules)",
    "mk.rank": "#{rank}",
    "mk.was": "#{rank} without rules",
    "mk.wasNone": "beyond the first 1,000 without rules",
    "mk.why.pin": "pinned at {position} by rule #{id}",
    "mk.why.BOOST": "score ×{factor} by rule #{id} (boost)",
    "mk.why.BURY": "score ×{factor} by rule #{id} (bury)",
    "mk.why.in": "in collections {slugs}",
    "mk.why.text": "text score {score}, rank {rank} without rules",
    "mk.hidden": "Hidden products",
    "mk.overridden": "Rules overridden by newer ones",
    "mk.window": "{from} – {to}",
    "mk.items": "{n}",
    "mk.h.id": "Id", "mk.h.where": "Applies to", "mk.h.what": "Action", "mk.h.product": "Product", "mk.h.window": "Window",
    "mk.h.status": "Status", "mk.h.note": "Note", "mk.h.slug": "Slug", "mk.h.type": "Type", "mk.h.title": "Title",
    "mk.h.products": "Products", "mk.h.discount": "Discount", "mk.h.actions": "",
    "mk.needProduct": "Enter the product code.",
    "mk.needWindow": "Enter the start and the end.",
    "mk.needTitle": "Enter the slug and the Korean title.",
    "action.PIN": "Pin", "action.BOOST": "Boost", "action.BURY": "Bury", "action.HIDE": "Hide",
    "type.NEW": "New", "type.DISCOUNT": "Discount", "type.RECOMMENDED": "Recommended", "type.SEASONAL": "Seasonal", "type.PB": "Private brand",
    "curation.SCHEDULED": "Scheduled", "curation.ACTIVE": "Active", "curation.ENDED": "Ended",
  },
});

const $ = (id) => document.getElementById(id);
const error = $("error");
const notice = $("notice");

// ---- Korean time <-> instants ---------------------------------------------------------------

const seoul = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Asia/Seoul", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false,
});
/** An instant as the value of a datetime-local input, in Korean time. */
const toInput = (instant) => seoul.format(new Date(instant)).replace(" ", "T");
/** A datetime-local value read as Korean time (UTC+9, no daylight saving), as an ISO instant. */
const fromInput = (value) => new Date(`${value}:00+09:00`).toISOString();
const list = (text) => text.split(",").map((s) => s.trim()).filter(Boolean);

function done(message) {
  show(error, "");
  show(notice, message);
}

function table(headKeys, rows) {
  if (!rows.length) return el("p", { class: "hint", text: t("mk.none") });
  return el("table", {},
    el("thead", {}, el("tr", {}, headKeys.map((k) => el("th", { scope: "col", text: t(k) })))),
    el("tbody", {}, rows));
}

// ---- Ranking preview ------------------------------------------------------------------------

async function preview() {
  const params = new URLSearchParams({ size: "20" });
  const q = $("preview-q").value.trim();
  const category = $("preview-category").value.trim();
  if (q) params.set("q", q);
  if (category) params.set("category", category);
  let x;
  try {
    x = await api(`/api/marketing/explain?${params}`);
  } catch (e) {
    show(error, e.message);
    return;
  }
  show(error, "");
  // The reasons in the page's language, from the explanation's structured fields (its `why`
  // sentences are the API's English rendering of the same).
  const reasons = (h) => {
    const out = [];
    if (h.pinnedBy) out.push(t("mk.why.pin", { id: h.pinnedBy.id, position: h.pinnedBy.position }));
    if (h.factorBy) out.push(t(`mk.why.${h.factorBy.action}`, { id: h.factorBy.id, factor: h.factorBy.factor }));
    if (h.collections.length) out.push(t("mk.why.in", { slugs: h.collections.join(", ") }));
    if (h.rankWithoutRules != null) {
      out.push(t("mk.why.text", { score: h.scoreWithoutRules.toFixed(3), rank: h.rankWithoutRules }));
    }
    return out;
  };
  const movement = (h) => {
    if (h.rankWithoutRules == null) return el("span", { class: "hint", text: t("mk.wasNone") });
    const d = h.rankWithoutRules - h.rank;
    const arrow = d > 0 ? `▲${d}` : d < 0 ? `▼${-d}` : "=";
    return el("span", { class: "hint", text: `${arrow} (${t("mk.was", { rank: h.rankWithoutRules })})` });
  };
  $("preview").replaceChildren(
    el("p", { class: "summary", text: t("mk.total", { total: x.total, without: x.totalWithoutRules }) }),
    el("ol", { id: "preview-hits" }, x.hits.map((h) => el("li", {
      "data-code": h.code, "data-rank": String(h.rank), class: h.pinnedBy ? "pinned" : null,
    },
    el("strong", { text: t("mk.rank", { rank: h.rank }) }), " ",
    el("a", { href: `/product.html?code=${encodeURIComponent(h.code)}`, class: "code", text: h.code }), ` ${h.name} `,
    movement(h),
    el("ul", { class: "why" }, reasons(h).map((w) => el("li", { text: w })))))),
    x.hidden.length ? el("div", {}, el("h3", { text: t("mk.hidden") }),
      el("ul", {}, x.hidden.map((h) => el("li", {}, el("span", { class: "code", text: h.code }), ` — #${h.rule.id} ${t(`action.${h.rule.action}`)}`)))) : "",
    x.overridden.length ? el("div", {}, el("h3", { text: t("mk.overridden") }),
      el("ul", {}, x.overridden.map((r) => el("li", { text: `#${r.id} ${t(`action.${r.action}`)}` })))) : "");
}

$("preview-form").addEventListener("submit", (e) => {
  e.preventDefault();
  preview();
});

// ---- Merchandising rules --------------------------------------------------------------------

async function loadRules() {
  let rules;
  try {
    rules = await api("/api/marketing/rules");
  } catch (e) {
    show(error, e.message);
    return;
  }
  $("rules").replaceChildren(table(
    ["mk.h.id", "mk.h.where", "mk.h.what", "mk.h.product", "mk.h.window", "mk.h.status", "mk.h.note", "mk.h.actions"],
    rules.map((r) => el("tr", { "data-rule-id": String(r.id) },
      el("td", { text: `#${r.id}` }),
      el("td", { text: [r.query && `“${r.query}”`, r.category].filter(Boolean).join(" · ") }),
      el("td", { text: t(`action.${r.action}`) + (r.action === "PIN" ? ` ${r.position}` : r.factor != null ? ` ×${r.factor}` : "") }),
      el("td", { class: "code", text: r.product }),
      el("td", { text: t("mk.window", { from: when(r.startsAt), to: when(r.endsAt) }) }),
      el("td", { text: t(`curation.${r.status}`) }),
      el("td", { text: r.note || "" }),
      el("td", {},
        el("button", { type: "button", class: "link", onclick: () => editRule(r) }, t("mk.edit")), " ",
        el("button", { type: "button", class: "link delete-rule", onclick: () => deleteRule(r) }, t("mk.delete")))))));
}

function actionFields() {
  const action = $("rule-action").value;
  $("position-field").hidden = action !== "PIN";
  $("factor-field").hidden = action !== "BOOST" && action !== "BURY";
}
$("rule-action").addEventListener("change", actionFields);

function resetRule() {
  $("rule-form").reset();
  $("rule-id").value = "";
  $("rule-version").value = "";
  $("rule-form-h").textContent = t("mk.ruleNew");
  const now = Date.now();
  $("rule-starts").value = toInput(now);
  $("rule-ends").value = toInput(now + 30 * 24 * 3600 * 1000);
  actionFields();
}
$("rule-reset").addEventListener("click", resetRule);

function editRule(r) {
  $("rule-id").value = String(r.id);
  $("rule-version").value = String(r.version);
  $("rule-query").value = r.query || "";
  $("rule-category").value = r.category || "";
  $("rule-product").value = r.product;
  $("rule-action").value = r.action;
  if (r.position != null) $("rule-position").value = String(r.position);
  if (r.factor != null) $("rule-factor").value = String(r.factor);
  $("rule-starts").value = toInput(r.startsAt);
  $("rule-ends").value = toInput(r.endsAt);
  $("rule-note").value = r.note || "";
  $("rule-form-h").textContent = t("mk.ruleEdit", { id: r.id });
  actionFields();
  $("rule-product").focus();
}

async function deleteRule(r) {
  if (!confirm(t("mk.deleteAsk", { what: `#${r.id}` }))) return;
  try {
    await api(`/api/marketing/rules/${r.id}`, { method: "DELETE" });
    done(t("mk.deleted"));
    loadRules();
  } catch (e) {
    show(error, e.message);
  }
}

$("rule-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const action = $("rule-action").value;
  if (!$("rule-product").value.trim()) return show(error, t("mk.needProduct"));
  if (!$("rule-starts").value || !$("rule-ends").value) return show(error, t("mk.needWindow"));
  const body = {
    query: $("rule-query").value.trim() || null,
    category: $("rule-category").value.trim() || null,
    action,
    position: action === "PIN" ? Number($("rule-position").value) : null,
    // Sent as text so the two decimals arrive exactly (the API reads a BigDecimal).
    factor: action === "BOOST" || action === "BURY" ? $("rule-factor").value : null,
    product: $("rule-product").value.trim(),
    startsAt: fromInput($("rule-starts").value),
    endsAt: fromInput($("rule-ends").value),
    note: $("rule-note").value.trim() || null,
    version: $("rule-version").value ? Number($("rule-version").value) : null,
  };
  const id = $("rule-id").value;
  try {
    await api(id ? `/api/marketing/rules/${id}` : "/api/marketing/rules", { method: id ? "PUT" : "POST", body });
    done(t("mk.saved"));
    resetRule();
    loadRules();
  } catch (err) {
    show(notice, "");
    show(error, err.message);
  }
});

// ---- Collections ----------------------------------------------------------------------------

async function loadCollections() {
  let collections;
  try {
    collections = await api("/api/marketing/collections");
  } catch (e) {
    show(error, e.message);
    return;
  }
  $("collections").replaceChildren(table(
    ["mk.h.slug", "mk.h.type", "mk.h.title", "mk.h.window", "mk.h.status", "mk.h.products", "mk.h.discount", "mk.h.actions"],
    collections.map((c) => el("tr", { "data-slug": c.slug },
      el("td", {}, el("a", { href: `/?collection=${encodeURIComponent(c.slug)}`, class: "code", text: c.slug })),
      el("td", { text: t(`type.${c.type}`) }),
      el("td", { text: c.titleKo + (c.titleEn ? ` / ${c.titleEn}` : "") }),
      el("td", { text: t("mk.window", { from: when(c.startsAt), to: when(c.endsAt) }) }),
      el("td", { text: t(`curation.${c.status}`) }),
      el("td", { text: t("mk.items", { n: c.products.length }) + (c.rule ? " + 🔎" : "") }),
      el("td", { text: c.discountPercent ? `${c.discountPercent}%` : "" }),
      el("td", {},
        el("button", { type: "button", class: "link", onclick: () => editCollection(c) }, t("mk.edit")), " ",
        el("button", { type: "button", class: "link delete-collection", onclick: () => deleteCollection(c) }, t("mk.delete")))))));
}

function resetCollection() {
  $("collection-form").reset();
  $("col-original").value = "";
  $("col-version").value = "";
  $("collection-form-h").textContent = t("mk.collectionNew");
  const now = Date.now();
  $("col-starts").value = toInput(now);
  $("col-ends").value = toInput(now + 30 * 24 * 3600 * 1000);
}
$("col-reset").addEventListener("click", resetCollection);

function editCollection(c) {
  $("col-original").value = c.slug;
  $("col-version").value = String(c.version);
  $("col-slug").value = c.slug;
  $("col-type").value = c.type;
  $("col-title-ko").value = c.titleKo;
  $("col-title-en").value = c.titleEn || "";
  $("col-description").value = c.description || "";
  $("col-discount").value = c.discountPercent ?? "";
  $("col-starts").value = toInput(c.startsAt);
  $("col-ends").value = toInput(c.endsAt);
  $("col-products").value = c.products.join("\n");
  $("col-rule-q").value = c.rule?.q || "";
  $("col-rule-maker").value = (c.rule?.maker || []).join(", ");
  $("col-rule-category").value = (c.rule?.category || []).join(", ");
  $("collection-form-h").textContent = t("mk.collectionEdit", { slug: c.slug });
  $("col-title-ko").focus();
}

async function deleteCollection(c) {
  if (!confirm(t("mk.deleteAsk", { what: c.slug }))) return;
  try {
    await api(`/api/collections/${encodeURIComponent(c.slug)}`, { method: "DELETE" });
    done(t("mk.deleted"));
    loadCollections();
  } catch (e) {
    show(error, e.message);
  }
}

$("collection-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  if (!$("col-slug").value.trim() || !$("col-title-ko").value.trim()) return show(error, t("mk.needTitle"));
  if (!$("col-starts").value || !$("col-ends").value) return show(error, t("mk.needWindow"));
  const ruleQ = $("col-rule-q").value.trim();
  const makers = list($("col-rule-maker").value);
  const categories = list($("col-rule-category").value);
  const body = {
    slug: $("col-slug").value.trim(),
    type: $("col-type").value,
    titleKo: $("col-title-ko").value.trim(),
    titleEn: $("col-title-en").value.trim() || null,
    description: $("col-description").value.trim() || null,
    startsAt: fromInput($("col-starts").value),
    endsAt: fromInput($("col-ends").value),
    products: $("col-products").value.split(/\r?\n/).map((s) => s.trim()).filter(Boolean),
    rule: ruleQ || makers.length || categories.length ? { q: ruleQ || null, maker: makers, category: categories } : null,
    discountPercent: $("col-discount").value ? Number($("col-discount").value) : null,
    version: $("col-version").value ? Number($("col-version").value) : null,
  };
  const original = $("col-original").value;
  try {
    await api(original ? `/api/collections/${encodeURIComponent(original)}` : "/api/collections", { method: original ? "PUT" : "POST", body });
    done(t("mk.saved"));
    resetCollection();
    loadCollections();
  } catch (err) {
    show(notice, "");
    show(error, err.message);
  }
});

initPage();
if (requireRole("MARKETING")) {
  // Category fields take ids; the picker finds them in the tree by name.
  for (const id of ["preview-category", "rule-category", "vocab-category"]) {
    if ($(id)) attachCategoryPicker($(id));
  }
  if ($("col-rule-category")) attachCategoryPicker($("col-rule-category"), { multiple: true });
  resetRule();
  resetCollection();
  loadRules();
  loadCollections();
}
