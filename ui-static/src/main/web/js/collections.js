// The promotional collections running now (new products, discounts, recommendations, seasonal
// selections, private brand), each opening the search page filtered to it, where its facet and
// the other filters keep working.
import { api, el, initPage, lang, show, strings, t, when } from "./core.js";

strings({
  ko: {
    "page.skip": "본문으로 건너뛰기",
    "cols.title": "기획전",
    "cols.none": "지금 진행 중인 기획전이 없습니다.",
    "cols.until": "{date}까지",
    "cols.discount": "{p}% 할인",
    "cols.open": "{title} 제품 보기",
    "type.NEW": "신제품", "type.DISCOUNT": "할인", "type.RECOMMENDED": "추천", "type.SEASONAL": "시즌", "type.PB": "자체 브랜드",
  },
  en: {
    "page.skip": "Skip to content",
    "cols.title": "Collections",
    "cols.none": "No collection is running right now.",
    "cols.until": "until {date}",
    "cols.discount": "{p}% off",
    "cols.open": "See the products of {title}",
    "type.NEW": "New", "type.DISCOUNT": "Discount", "type.RECOMMENDED": "Recommended", "type.SEASONAL": "Seasonal", "type.PB": "Private brand",
  },
});

async function load() {
  let collections;
  try {
    collections = await api("/api/collections");
  } catch (e) {
    show(document.getElementById("error"), e.message);
    return;
  }
  const list = document.getElementById("collections");
  if (!collections.length) {
    list.replaceChildren(el("li", { class: "hint", text: t("cols.none") }));
    return;
  }
  list.replaceChildren(...collections.map((c) => {
    const title = lang === "en" && c.titleEn ? c.titleEn : c.titleKo;
    return el("li", { class: "panel", "data-slug": c.slug },
      el("h2", {}, el("a", { href: `/?collection=${encodeURIComponent(c.slug)}`, "aria-label": t("cols.open", { title }) }, title)),
      el("p", { class: "hint" }, el("span", { class: "status", text: t(`type.${c.type}`) }), " ",
        c.discountPercent ? el("strong", { text: `${t("cols.discount", { p: c.discountPercent })} · ` }) : "",
        t("cols.until", { date: when(c.endsAt) })),
      c.description ? el("p", { text: c.description }) : "");
  }));
}

initPage();
load();
