// The maker index, as at the back of the printed catalog: every maker with products, filed under
// its initial, in 가나다 order by Korean name or ABC order by English name, with product counts.
// Opened from the search page it keeps that page's filters (the counts are within them); each maker
// opens the search filtered to it.
import { aborted, api, el, initPage, num, show, strings, t } from "./core.js";

strings({
  ko: {
    "page.skip": "본문으로 건너뛰기",
    "makers.title": "제조사 색인",
    "makers.index": "색인",
    "makers.initials": "첫 글자",
    "makers.scope": "현재 검색 조건 안의 제품 수입니다.",
    "makers.section": "{initial} ({n}개 제조사)",
    "makers.products": "제품 {n}개",
    "makers.more": "{n}개 더 보기",
    "makers.none": "이 조건에 맞는 제조사가 없습니다.",
  },
  en: {
    "page.skip": "Skip to content",
    "makers.title": "Maker index",
    "makers.index": "Index",
    "makers.initials": "Initials",
    "makers.scope": "Product counts within the current search filters.",
    "makers.section": "{initial} ({n} makers)",
    "makers.products": "{n} products",
    "makers.more": "Show {n} more",
    "makers.none": "No maker matches these filters.",
  },
});

const PAGE = 100;
// The search filters the counts stay within; the page's own parameters are index and initial.
const FILTERS = ["category", "origin", "brand", "flag", "collection", "priceMin", "priceMax"];

const params = () => new URLSearchParams(location.search);

function filters() {
  const from = params();
  const out = new URLSearchParams();
  for (const name of FILTERS) from.getAll(name).forEach((v) => out.append(name, v));
  if (from.get("q")) out.set("within", from.get("q"));
  return out;
}

function searchLink(makerId) {
  const from = params();
  const out = new URLSearchParams();
  for (const name of [...FILTERS, "q"]) from.getAll(name).forEach((v) => out.append(name, v));
  out.set("maker", makerId);
  return `/?${out}`;
}

let controller = null;

async function load() {
  const p = params();
  const index = p.get("index") === "en" ? "en" : "ko";
  for (const button of document.querySelectorAll("[data-index]")) {
    button.setAttribute("aria-pressed", String(button.dataset.index === index));
  }
  const scope = filters();
  document.getElementById("scope").hidden = [...scope.keys()].length === 0;
  document.getElementById("scope").textContent = t("makers.scope");
  controller?.abort();
  controller = new AbortController();
  const query = new URLSearchParams(scope);
  query.set("index", index);
  let initials;
  try {
    initials = await api(`/api/makers/initials?${query}`, { signal: controller.signal });
  } catch (e) {
    if (!aborted(e)) show(document.getElementById("error"), e.message);
    return;
  }
  const list = document.getElementById("makers");
  const title = document.getElementById("section-title");
  if (!initials.length) {
    document.getElementById("initials").replaceChildren();
    title.textContent = "";
    list.replaceChildren(el("li", { class: "hint", text: t("makers.none") }));
    document.getElementById("more").hidden = true;
    return;
  }
  const chosen = initials.find((i) => i.initial === p.get("initial")) || initials[0];
  document.getElementById("initials").replaceChildren(el("ul", {}, initials.map((i) => {
    const to = params();
    to.set("initial", i.initial);
    return el("li", {}, el("a", {
      href: `?${to}`, "aria-current": i === chosen ? "true" : null,
      title: t("makers.section", { initial: i.initial, n: num(i.makers) }),
      onclick: (e) => {
        e.preventDefault();
        history.pushState(null, "", `?${to}`);
        load();
      },
    }, i.initial));
  })));
  title.textContent = t("makers.section", { initial: chosen.initial, n: num(chosen.makers) });
  list.replaceChildren();
  await page(query, chosen, 1);
}

async function page(query, initial, n) {
  const q = new URLSearchParams(query);
  q.set("initial", initial.initial);
  q.set("limit", String(PAGE));
  q.set("page", String(n));
  let makers;
  try {
    makers = await api(`/api/makers?${q}`, { signal: controller.signal });
  } catch (e) {
    if (!aborted(e)) show(document.getElementById("error"), e.message);
    return;
  }
  document.getElementById("makers").append(...makers.map((m) =>
    el("li", { "data-maker": m.value },
      el("a", { href: searchLink(m.value) }, m.label),
      " ",
      el("span", { class: "count", text: t("makers.products", { n: num(m.count) }) }))));
  const shown = (n - 1) * PAGE + makers.length;
  const more = document.getElementById("more");
  more.hidden = shown >= initial.makers;
  more.textContent = t("makers.more", { n: num(initial.makers - shown) });
  more.onclick = () => page(query, initial, n + 1);
}

for (const button of document.querySelectorAll("[data-index]")) {
  button.addEventListener("click", () => {
    const to = params();
    to.set("index", button.dataset.index);
    to.delete("initial");
    history.pushState(null, "", `?${to}`);
    load();
  });
}
window.addEventListener("popstate", load);

initPage();
load();
