// Search page. The state lives in the URL (every result is linkable and the back button works);
// one /api/search call per interaction answers hits, disjunctive facet counts and the price
// histogram together. Autocomplete and the maker filter are debounced, and a newer request
// aborts the one it replaces, so a slow answer never overwrites a newer one.
import { ApiError, aborted, api, cart, debounce, el, initPage, lang, num, show, strings, t, won } from "./core.js";
import { looksLikeBarcode, productForBarcode, productHref } from "./barcode.js";
import { correctionBanner } from "./correction.js";
import { noPicture, pictureImg } from "./picture.js";

strings({
  ko: {
    "search.skip": "검색 결과로 건너뛰기",
    "search.label": "검색어 (제품명, 메이커, 품번)",
    "search.placeholder": "제품명, 메이커, 품번 (예: 드릴, 보쉬, GSB-13RE)",
    "search.suggestions": "추천 검색어",
    "search.submit": "검색",
    "search.heading": "제품 검색",
    "search.filters": "검색 조건",
    "search.sort": "정렬",
    "search.pages": "페이지",
    "search.total": "검색 결과 {n}건",
    "search.totalFor": "“{q}” 검색 결과 {n}건",
    "search.none": "조건에 맞는 제품이 없습니다. 검색어나 조건을 줄여 보세요.",
    "search.didYouMean": "이것을 찾으셨나요?",
    "search.correctedTo": "“{query}” 검색 결과를 보여 드립니다.",
    "search.searchInstead": "“{typed}”(으)로 검색하기",
    "search.prev": "이전",
    "search.next": "다음",
    "search.page": "{page} / {last} 쪽",
    "search.add": "담기",
    "search.addLabel": "{name} 장바구니에 담기",
    "search.more": "더 보기 ({n})",
    "search.clear": "조건 모두 지우기",
    "search.loading": "검색 중…",
    "sort.relevance": "정확도순",
    "sort.price-asc": "낮은 가격순",
    "sort.price-desc": "높은 가격순",
    "sort.newest": "최신순",
    "facet.category": "분류",
    "facet.maker": "메이커",
    "facet.price": "가격",
    "facet.origin": "원산지",
    "facet.brand": "브랜드",
    "facet.flag": "구분",
    "facet.store": "매장 재고",
    "facet.storeIn": "{name} 재고 있음",
    "facet.collection": "기획전",
    "facet.subcategories": "{name} 하위 분류",
    "facet.makerFilter": "메이커 찾기 (예: 보쉬, bosch, ㅂㅅ)",
    "facet.makerNone": "맞는 메이커가 없습니다.",
    "facet.makerIndex": "제조사 색인 (가나다·ABC)",
    "facet.priceFrom": "최저 가격",
    "facet.priceTo": "최고 가격",
    "facet.priceApply": "가격 적용",
    "facet.priceAll": "전체 가격",
    "facet.priceBar": "{from}–{to}: {n}개",
    "flag.new": "신제품",
    "flag.discount": "할인 중",
    "flag.pb": "자체 브랜드(PB)",
    "flag.in_stock": "재고 있음",
    "suggest.products": "제품",
    "suggest.makers": "메이커",
    "suggest.categories": "분류",
  },
  en: {
    "search.skip": "Skip to results",
    "search.label": "Search (product name, maker, code)",
    "search.placeholder": "Product, maker or code (e.g. drill, Bosch, GSB-13RE)",
    "search.suggestions": "Suggestions",
    "search.submit": "Search",
    "search.heading": "Product search",
    "search.filters": "Filters",
    "search.sort": "Sort",
    "search.pages": "Pages",
    "search.total": "{n} results",
    "search.totalFor": "{n} results for “{q}”",
    "search.none": "No product matches. Try fewer words or filters.",
    "search.didYouMean": "Did you mean",
    "search.correctedTo": "Showing results for “{query}”.",
    "search.searchInstead": "Search instead for “{typed}”",
    "search.prev": "Previous",
    "search.next": "Next",
    "search.page": "page {page} of {last}",
    "search.add": "Add",
    "search.addLabel": "Add {name} to the cart",
    "search.more": "Show more ({n})",
    "search.clear": "Clear all filters",
    "search.loading": "Searching…",
    "sort.relevance": "Relevance",
    "sort.price-asc": "Price, low to high",
    "sort.price-desc": "Price, high to low",
    "sort.newest": "Newest",
    "facet.category": "Category",
    "facet.maker": "Maker",
    "facet.price": "Price",
    "facet.origin": "Origin",
    "facet.brand": "Brand",
    "facet.flag": "Flags",
    "facet.store": "In stock at a store",
    "facet.storeIn": "In stock at {name}",
    "facet.collection": "Collections",
    "facet.subcategories": "Inside {name}",
    "facet.makerFilter": "Find a maker (e.g. 보쉬, bosch, ㅂㅅ)",
    "facet.makerNone": "No maker matches.",
    "facet.makerIndex": "Maker index (A-Z)",
    "facet.priceFrom": "Lowest price",
    "facet.priceTo": "Highest price",
    "facet.priceApply": "Apply price",
    "facet.priceAll": "Any price",
    "facet.priceBar": "{from}–{to}: {n} products",
    "flag.new": "New",
    "flag.discount": "On promotion",
    "flag.pb": "Private brand",
    "flag.in_stock": "In stock",
    "suggest.products": "Products",
    "suggest.makers": "Makers",
    "suggest.categories": "Categories",
  },
});

/** Filters that are facets, in the sidebar's order; price has its own block. */
const FACETS = ["category", "collection", "maker", "origin", "brand", "flag", "store"];
const SHOWN = 12;
const regionNames = new Intl.DisplayNames([lang], { type: "region" });

// A facet value is its own filter value. Links saved before the flag filter took the facet's
// spelling say in-stock: read them as in_stock, so the box shows ticked and unticks cleanly.
const filterValue = (name, value) => (name === "flag" ? value.replace(/-/g, "_") : value);

const state = () => new URLSearchParams(location.search);
let searchController = null;
let lastBody = null;

// ---- Search ---------------------------------------------------------------------------------

async function search() {
  const params = state();
  document.getElementById("q").value = params.get("q") || "";
  document.getElementById("sort").value = params.get("sort") || "relevance";
  const error = document.getElementById("error");
  const results = document.getElementById("results");
  show(error, "");
  searchController?.abort();
  searchController = new AbortController();
  results.setAttribute("aria-busy", "true");
  let body;
  try {
    body = await api("/api/search?" + params.toString(), { signal: searchController.signal });
  } catch (e) {
    if (aborted(e)) return;
    results.removeAttribute("aria-busy");
    show(error, e.message);
    return;
  }
  results.removeAttribute("aria-busy");
  lastBody = body;
  renderSummary(body, params);
  renderHits(body.hits);
  renderFacets(body, params);
  renderPager(body, params);
  // The first results on screen, measured from navigation start (read by the end-to-end test
  // and in the browser's performance panel).
  if (!performance.getEntriesByName("first-results").length) performance.mark("first-results");
}

function renderSummary(body, params) {
  const banner = correctionBanner(body, params);
  // A corrected answer counts the results of the query that ran, not of what was typed.
  const q = banner ? banner.query : params.get("q");
  document.getElementById("summary").textContent = q
    ? t("search.totalFor", { q, n: num(body.total) })
    : t("search.total", { n: num(body.total) });
  const dym = document.getElementById("did-you-mean");
  dym.replaceChildren();
  dym.hidden = !body.didYouMean && !banner;
  if (banner) {
    dym.append(t("search.correctedTo", { query: banner.query }), " ", el("a", {
      id: "search-instead",
      href: "?" + banner.exactParams.toString(),
      onclick: (e) => {
        e.preventDefault();
        navigate(banner.exactParams);
      },
    }, t("search.searchInstead", { typed: banner.typed })));
  } else if (body.didYouMean) {
    dym.append(t("search.didYouMean"), " ", el("a", {
      href: "?q=" + encodeURIComponent(body.didYouMean),
      onclick: (e) => {
        e.preventDefault();
        navigate(new URLSearchParams({ q: body.didYouMean }));
      },
    }, body.didYouMean));
  }
}

// Highlights arrive as text with <em> markers; render them without trusting any other markup.
function highlighted(text) {
  return String(text).split(/<\/?em>/).map((part, i) => (i % 2 ? el("mark", { text: part }) : part));
}

function renderHits(hits) {
  const list = document.getElementById("hits");
  if (!hits.length) {
    list.replaceChildren(el("li", { class: "empty", text: t("search.none") }));
    return;
  }
  list.replaceChildren(...hits.map((hit) => {
    const name = hit.highlights?.name ? highlighted(hit.highlights.name[0]) : hit.name;
    const href = `/product.html?code=${encodeURIComponent(hit.code)}`;
    // The product's picture at the list's size; else its drawing's thumbnail; else a drawn carton.
    const thumb = hit.picture
      ? pictureImg(hit.picture, { sizes: "72px", className: "thumb", fallbackClass: "no-thumb" })
      : hit.thumbnailUrl
        ? pictureImg({ src: hit.thumbnailUrl, width: 72, height: 72 }, { className: "thumb", fallbackClass: "no-thumb" })
        : noPicture("no-thumb");
    return el("li", { class: "hit", "data-code": hit.code },
      thumb,
      el("div", { class: "hit-body" },
        el("a", { href, class: "hit-name" }, el("strong", {}, name)),
        el("div", {}, el("span", { class: "code", text: hit.code }), " · ", hit.maker.name || hit.maker.id,
          hit.familySize > 1 ? ` · +${hit.familySize - 1}` : "")),
      el("div", { class: "hit-side" },
        el("span", { class: "price", text: won(hit.price) }),
        el("button", {
          type: "button", class: "secondary add",
          "aria-label": t("search.addLabel", { name: hit.name }),
          onclick: (e) => {
            cart.add(hit, 1);
            e.currentTarget.textContent = "✓";
            announce(t("cart.added"));
          },
        }, t("search.add"))));
  }));
}

function announce(message) {
  document.getElementById("notice").textContent = message;
}

// ---- Facets ---------------------------------------------------------------------------------

function renderFacets(body, params) {
  const aside = document.getElementById("facets");
  const focused = document.activeElement && aside.contains(document.activeElement) ? document.activeElement.id : null;
  const makerQuery = document.getElementById("maker-filter")?.value || "";
  const blocks = [];
  const active = FACETS.some((f) => params.has(f)) || params.has("priceMin") || params.has("priceMax");
  if (active) {
    blocks.push(el("button", {
      type: "button", class: "link clear",
      onclick: () => {
        const next = new URLSearchParams();
        for (const key of ["q", "sort"]) if (params.get(key)) next.set(key, params.get(key));
        navigate(next);
      },
    }, t("search.clear")));
  }
  for (const name of FACETS) {
    const values = body.facets?.[name];
    if (name === "maker" && values) blocks.push(makerFacet(values, params, makerQuery));
    else if (name === "category" && values) blocks.push(categoryFacet(values, params));
    else if (values && values.length) blocks.push(listFacet(name, values, params));
    if (name === "maker") blocks.push(priceFacet(body.price, params));
  }
  // Facets the API offers that this page does not know yet still show, by their own names.
  for (const [name, values] of Object.entries(body.facets || {})) {
    if (!FACETS.includes(name) && values.length) blocks.push(listFacet(name, values, params));
  }
  aside.replaceChildren(...blocks.filter(Boolean));
  if (focused) {
    const again = document.getElementById(focused);
    if (again) {
      again.focus();
      if (again.id === "maker-filter") again.setSelectionRange(again.value.length, again.value.length);
    }
  }
  if (makerQuery) filterMakers(makerQuery);
}

// Store codes to names (GET /api/locations, public), read once: the store facet's values are codes.
const storeNames = new Map();
api("/api/locations").then((places) => {
  for (const p of places) storeNames.set(p.code, p.name);
  if (lastBody) renderFacets(lastBody, state());
}).catch(() => {}); // Codes stay readable labels without it.

function valueLabel(name, value) {
  if (name === "flag") return t(`flag.${value.value}`);
  if (name === "store") return t("facet.storeIn", { name: storeNames.get(value.value) || value.value });
  if (name === "origin") {
    try {
      return `${regionNames.of(value.value)} (${value.value})`;
    } catch {
      return value.value;
    }
  }
  return value.label || value.value;
}

function checkbox(name, value, selected, label) {
  const param = value.value;
  const id = `f-${name}-${param}`.replace(/[^\w-]/g, "_");
  const box = el("input", { type: "checkbox", id, value: param, "data-facet": name });
  box.checked = selected.has(param);
  box.addEventListener("change", () => toggle(name, param, box.checked));
  return el("label", { for: id, class: value.count ? "facet-value" : "facet-value zero", "data-value": param },
    el("span", {}, box, " ", label ?? valueLabel(name, value)),
    el("span", { class: "count", text: num(value.count) }));
}

function listFacet(name, values, params, legendKey = `facet.${name}`) {
  const selected = new Set(params.getAll(name).map((v) => filterValue(name, v)));
  const fieldset = el("fieldset", { id: `facet-${name}`, class: "facet" }, el("legend", { text: t(legendKey) }));
  // Selected values stay visible even when the list is cut short.
  const ordered = [...values.filter((v) => selected.has(v.value)),
    ...values.filter((v) => !selected.has(v.value))];
  const list = el("div", { class: "facet-values" }, ordered.slice(0, SHOWN).map((v) => checkbox(name, v, selected)));
  fieldset.append(list);
  if (ordered.length > SHOWN) {
    fieldset.append(el("button", {
      type: "button", class: "link",
      onclick: (e) => {
        list.append(...ordered.slice(SHOWN).map((v) => checkbox(name, v, selected)));
        e.currentTarget.remove();
      },
    }, t("search.more", { n: ordered.length - SHOWN })));
  }
  return fieldset;
}

/** Categories arrive flat ("01", "01.01"); shown as a tree, a top level opened when used. */
function categoryFacet(values, params) {
  const selected = new Set(params.getAll("category"));
  const tops = values.filter((v) => !v.value.includes("."));
  const fieldset = el("fieldset", { id: "facet-category", class: "facet" }, el("legend", { text: t("facet.category") }));
  const tree = el("ul", { class: "tree" });
  for (const top of tops) {
    const children = values.filter((v) => v.value.startsWith(top.value + "."));
    const open = [top.value, ...children.map((c) => c.value)].some((id) => selected.has(id));
    const item = el("li", {}, checkbox("category", top, selected));
    if (children.length && top.count > 0) {
      const sub = el("ul", {}, children.map((c) => el("li", {}, checkbox("category", c, selected))));
      const details = el("details", { open },
        el("summary", { text: t("facet.subcategories", { name: top.label }) }), sub);
      item.append(details);
    }
    tree.append(item);
  }
  fieldset.append(tree);
  return fieldset;
}

/** Makers: the facet's values, plus type-to-filter through /api/makers (chosung: ㅂㅅ -> 보쉬). */
function makerFacet(values, params, query) {
  const fieldset = listFacet("maker", values, params);
  const input = el("input", {
    id: "maker-filter", type: "search", autocomplete: "off", value: query,
    placeholder: t("facet.makerFilter"), "aria-controls": "maker-matches",
  });
  input.value = query;
  input.addEventListener("input", debounce(() => filterMakers(input.value), 200));
  fieldset.insertBefore(el("label", { for: "maker-filter", class: "visually-hidden", text: t("facet.makerFilter") }),
    fieldset.children[1]);
  fieldset.insertBefore(input, fieldset.children[2]);
  fieldset.insertBefore(el("div", { id: "maker-matches", class: "facet-values", "aria-live": "polite", hidden: true }),
    fieldset.children[3]);
  // Every maker, not only the facet's top ones: the index keeps the other filters for its counts.
  const within = state();
  for (const name of ["maker", "page", "sort", "cursor", "group"]) within.delete(name);
  fieldset.append(el("p", {}, el("a", { id: "maker-index-link", href: `/makers.html?${within}` }, t("facet.makerIndex"))));
  return fieldset;
}

let makerController = null;

async function filterMakers(query) {
  const matches = document.getElementById("maker-matches");
  const list = document.querySelector("#facet-maker > .facet-values:not(#maker-matches)");
  const more = document.querySelector("#facet-maker > button.link");
  makerController?.abort();
  if (!matches) return;
  if (!query.trim()) {
    matches.hidden = true;
    if (list) list.hidden = false;
    if (more) more.hidden = false;
    return;
  }
  makerController = new AbortController();
  // Counts within every other filter: the same parameters as the search, minus the makers.
  const params = state();
  params.delete("maker");
  params.delete("page");
  params.delete("sort");
  const within = params.get("q");
  params.delete("q");
  if (within) params.set("within", within);
  params.set("q", query.trim());
  params.set("limit", "30");
  let found;
  try {
    found = await api("/api/makers?" + params.toString(), { signal: makerController.signal });
  } catch (e) {
    if (!aborted(e)) show(document.getElementById("error"), e.message);
    return;
  }
  const selected = new Set(state().getAll("maker"));
  matches.replaceChildren(...(found.length
    ? found.map((v) => checkbox("maker", v, selected))
    : [el("p", { class: "hint", text: t("facet.makerNone") })]));
  matches.hidden = false;
  if (list) list.hidden = true;
  if (more) more.hidden = true;
}

/**
 * Price: the histogram of the matches (within the other filters) with a two-handle slider that
 * moves along the buckets' edges, so every position is a price range the histogram shows.
 */
function priceFacet(price, params) {
  if (!price || !price.histogram || !price.histogram.length) return null;
  const buckets = price.histogram;
  const edges = [buckets[0].from, ...buckets.map((b) => b.to)];
  const nearest = (value, fallback) => {
    if (value == null) return fallback;
    let best = 0;
    edges.forEach((edge, i) => {
      if (Math.abs(edge - value) < Math.abs(edges[best] - value)) best = i;
    });
    return best;
  };
  const min = params.get("priceMin") ? Number(params.get("priceMin")) : null;
  const max = params.get("priceMax") ? Number(params.get("priceMax")) : null;
  const low = el("input", { type: "range", id: "price-min", min: "0", max: String(edges.length - 1), step: "1" });
  const high = el("input", { type: "range", id: "price-max", min: "0", max: String(edges.length - 1), step: "1" });
  low.value = String(nearest(min, 0));
  high.value = String(nearest(max, edges.length - 1));
  const output = el("output", { id: "price-range", for: "price-min price-max" });
  const most = Math.max(...buckets.map((b) => b.count), 1);
  const bars = el("div", { class: "histogram", role: "group", "aria-label": t("facet.price") }, buckets.map((b, i) =>
    el("button", {
      type: "button", class: "bar",
      style: { "--h": `${Math.max(4, Math.round((b.count / most) * 100))}%` },
      "aria-label": t("facet.priceBar", { from: won(b.from), to: won(b.to), n: num(b.count) }),
      title: t("facet.priceBar", { from: won(b.from), to: won(b.to), n: num(b.count) }),
      onclick: () => applyPrice(b.from, b.to),
    })));
  const paint = () => {
    if (Number(low.value) > Number(high.value)) [low.value, high.value] = [high.value, low.value];
    const a = Number(low.value);
    const z = Number(high.value);
    output.textContent = `${won(edges[a])} – ${won(edges[z])}`;
    low.setAttribute("aria-valuetext", won(edges[a]));
    high.setAttribute("aria-valuetext", won(edges[z]));
    bars.querySelectorAll(".bar").forEach((bar, i) => bar.classList.toggle("out", i < a || i >= z));
  };
  low.addEventListener("input", paint);
  high.addEventListener("input", paint);
  const commit = () => {
    const a = Number(low.value);
    const z = Number(high.value);
    applyPrice(a === 0 ? null : edges[a], z === edges.length - 1 ? null : edges[z]);
  };
  low.addEventListener("change", commit);
  high.addEventListener("change", commit);
  paint();
  const fieldset = el("fieldset", { id: "facet-price", class: "facet price-facet" },
    el("legend", { text: t("facet.price") }),
    bars,
    el("label", { for: "price-min", class: "visually-hidden", text: t("facet.priceFrom") }), low,
    el("label", { for: "price-max", class: "visually-hidden", text: t("facet.priceTo") }), high,
    output);
  if (min != null || max != null) {
    fieldset.append(el("button", { type: "button", class: "link", onclick: () => applyPrice(null, null) }, t("facet.priceAll")));
  }
  return fieldset;
}

function applyPrice(min, max) {
  const params = state();
  params.delete("priceMin");
  params.delete("priceMax");
  if (min != null) params.set("priceMin", String(min));
  if (max != null) params.set("priceMax", String(max));
  params.delete("page");
  navigate(params);
}

// ---- Paging and navigation ------------------------------------------------------------------

function renderPager(body, params) {
  const pager = document.getElementById("pager");
  const page = Number(params.get("page") || 1);
  const last = Math.min(Math.max(1, Math.ceil(body.total / body.size)), 100);
  const items = [];
  if (page > 1) items.push(el("button", { type: "button", onclick: () => go({ page: page - 1 }) }, t("search.prev")));
  if (last > 1) items.push(el("span", { text: t("search.page", { page, last }) }));
  if (page < last) items.push(el("button", { type: "button", onclick: () => go({ page: page + 1 }) }, t("search.next")));
  pager.replaceChildren(...items);
}

function toggle(name, value, on) {
  const params = state();
  const values = params.getAll(name).filter((v) => filterValue(name, v) !== value);
  if (on) values.push(value);
  params.delete(name);
  values.forEach((v) => params.append(name, v));
  params.delete("page");
  navigate(params);
}

function go(changes) {
  const params = state();
  for (const [key, value] of Object.entries(changes)) params.set(key, value);
  navigate(params);
  document.getElementById("results").focus();
}

function navigate(params) {
  history.pushState(null, "", "?" + params.toString());
  search();
}

// ---- Autocomplete (ARIA combobox) -----------------------------------------------------------

const input = document.getElementById("q");
const listbox = document.getElementById("suggestions");
let suggestController = null;
let options = [];
let activeIndex = -1;

function closeSuggestions() {
  listbox.hidden = true;
  listbox.replaceChildren();
  input.setAttribute("aria-expanded", "false");
  input.removeAttribute("aria-activedescendant");
  options = [];
  activeIndex = -1;
}

const suggest = debounce(async () => {
  const q = input.value.trim();
  suggestController?.abort();
  if (!q) {
    closeSuggestions();
    return;
  }
  suggestController = new AbortController();
  let body;
  try {
    body = await api(`/api/suggest?limit=6&q=${encodeURIComponent(q)}`, { signal: suggestController.signal });
  } catch (e) {
    if (!aborted(e)) closeSuggestions();
    return;
  }
  if (input.value.trim() !== q) return;
  options = [
    ...(body.makers || []).slice(0, 3).map((m) => ({ kind: "makers", label: m.label, detail: num(m.count), pick: () => pickFilter("maker", m.value) })),
    ...(body.categories || []).slice(0, 3).map((c) => ({ kind: "categories", label: c.label, detail: c.value, pick: () => pickFilter("category", c.value) })),
    ...(body.products || []).map((p) => ({ kind: "products", label: p.name, detail: p.code, pick: () => (location.href = `/product.html?code=${encodeURIComponent(p.code)}`) })),
  ];
  if (!options.length) {
    closeSuggestions();
    return;
  }
  const items = [];
  let group = null;
  options.forEach((option, i) => {
    if (option.kind !== group) {
      group = option.kind;
      items.push(el("li", { role: "presentation", class: "group", text: t(`suggest.${group}`) }));
    }
    items.push(el("li", {
      id: `suggestion-${i}`, role: "option", "aria-selected": "false", class: "option",
      onmousedown: (e) => {
        e.preventDefault();
        option.pick();
      },
    }, el("span", { text: option.label }), el("span", { class: "detail", text: option.detail })));
  });
  listbox.replaceChildren(...items);
  listbox.hidden = false;
  input.setAttribute("aria-expanded", "true");
  activeIndex = -1;
}, 120);

function pickFilter(name, value) {
  closeSuggestions();
  const params = new URLSearchParams();
  params.set(name, value);
  navigate(params);
}

function setActive(index) {
  activeIndex = (index + options.length) % options.length;
  listbox.querySelectorAll(".option").forEach((node) => node.setAttribute("aria-selected", "false"));
  const node = document.getElementById(`suggestion-${activeIndex}`);
  node.setAttribute("aria-selected", "true");
  node.scrollIntoView({ block: "nearest" });
  input.setAttribute("aria-activedescendant", node.id);
}

input.addEventListener("input", suggest);
input.addEventListener("keydown", (e) => {
  if (listbox.hidden || !options.length) return;
  if (e.key === "ArrowDown") {
    e.preventDefault();
    setActive(activeIndex + 1);
  } else if (e.key === "ArrowUp") {
    e.preventDefault();
    setActive(activeIndex - 1);
  } else if (e.key === "Enter" && activeIndex >= 0) {
    e.preventDefault();
    options[activeIndex].pick();
  } else if (e.key === "Escape") {
    closeSuggestions();
  }
});
input.addEventListener("blur", () => setTimeout(closeSuggestions, 100));

/** A scanned barcode the API refused (wrong check digit): its sentence, above the results. */
function showBarcodeError(message) {
  show(document.getElementById("error"), message);
}

document.getElementById("search-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  closeSuggestions();
  suggestController?.abort();
  const params = new URLSearchParams();
  const q = input.value.trim();
  if (looksLikeBarcode(q)) {
    // A scanned barcode goes straight to its product; anything else (several products, none, a
    // lookup failure) falls through to the ordinary search, whose page explains the outcome.
    try {
      const product = await productForBarcode(q);
      if (product) {
        location.href = productHref(product);
        return;
      }
    } catch (e) {
      if (e instanceof ApiError && e.status === 400) {
        showBarcodeError(e.message);
        return;
      }
    }
  }
  if (q) params.set("q", q);
  const sort = state().get("sort");
  if (sort) params.set("sort", sort);
  navigate(params);
});

document.getElementById("sort").addEventListener("change", (e) => {
  const params = state();
  if (e.target.value === "relevance") params.delete("sort");
  else params.set("sort", e.target.value);
  params.delete("page");
  navigate(params);
});

const filtersToggle = document.getElementById("filters-toggle");
filtersToggle.addEventListener("click", () => {
  const open = filtersToggle.getAttribute("aria-expanded") !== "true";
  filtersToggle.setAttribute("aria-expanded", String(open));
  document.getElementById("facets").classList.toggle("open", open);
});

window.addEventListener("popstate", search);
initPage();
search();
