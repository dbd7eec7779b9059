// Search page: reads the state from the URL (so results are linkable), calls /api/search and
// renders hits and disjunctive facets. No framework, no CDN: everything is served by the API.
"use strict";

const FACET_LABELS = { category: "분류", maker: "메이커", origin: "원산지", brand: "브랜드", flag: "구분" };
const won = new Intl.NumberFormat("ko-KR", { style: "currency", currency: "KRW" });
const num = new Intl.NumberFormat("ko-KR");

function state() {
  return new URLSearchParams(location.search);
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

// Highlights arrive as text with <em> markers; render them without trusting any other markup.
function highlighted(text) {
  const frag = document.createDocumentFragment();
  const parts = String(text).split(/<\/?em>/);
  parts.forEach((part, i) => frag.append(i % 2 ? el("mark", { text: part }) : document.createTextNode(part)));
  return frag;
}

async function search() {
  const params = state();
  document.getElementById("q").value = params.get("q") || "";
  const error = document.getElementById("error");
  error.hidden = true;
  let body;
  try {
    const response = await fetch("/api/search?" + params.toString(), { headers: { Accept: "application/json" } });
    body = await response.json();
    if (!response.ok) throw new Error(body.detail || "검색에 실패했습니다.");
  } catch (e) {
    error.textContent = e.message || "검색 서버에 연결할 수 없습니다.";
    error.hidden = false;
    return;
  }
  renderSummary(body, params);
  renderHits(body.hits);
  renderFacets(body.facets || {}, params);
  renderPager(body, params);
}

function renderSummary(body, params) {
  const q = params.get("q");
  document.getElementById("summary").textContent =
    (q ? `“${q}” ` : "") + `검색 결과 ${num.format(body.total)}건`;
}

function renderHits(hits) {
  const list = document.getElementById("hits");
  list.replaceChildren();
  for (const hit of hits) {
    const name = hit.highlights && hit.highlights.name ? highlighted(hit.highlights.name[0]) : hit.name;
    const thumb = hit.thumbnailUrl
      ? el("img", { src: hit.thumbnailUrl, alt: "", width: "64", height: "64", loading: "lazy" })
      : el("span", { class: "no-thumb", "aria-hidden": "true" });
    list.append(el("li", {},
      thumb,
      el("div", {}, el("a", { href: `/product.html?code=${encodeURIComponent(hit.code)}` }, el("strong", {}, name))),
      el("div", {}, el("span", { class: "code", text: hit.code }), " · ", hit.maker.name || hit.maker.id),
      el("div", { class: "price", text: won.format(hit.price) })));
  }
}

function renderFacets(facets, params) {
  const aside = document.getElementById("facets");
  aside.replaceChildren();
  for (const [name, values] of Object.entries(facets)) {
    if (!values.length) continue;
    const selected = new Set(params.getAll(name));
    const fieldset = el("fieldset", {}, el("legend", { text: FACET_LABELS[name] || name }));
    for (const value of values.slice(0, 30)) {
      const id = `f-${name}-${value.value}`;
      const box = el("input", { type: "checkbox", id, value: value.value });
      box.checked = selected.has(value.value);
      box.addEventListener("change", () => toggle(name, value.value, box.checked));
      const label = el("label", { for: id, class: value.count ? "" : "zero" },
        el("span", {}, box, " ", value.label || value.value),
        el("span", { class: "count", text: num.format(value.count) }));
      fieldset.append(label);
    }
    aside.append(fieldset);
  }
}

function renderPager(body, params) {
  const pager = document.getElementById("pager");
  pager.replaceChildren();
  const page = Number(params.get("page") || 1);
  const last = Math.ceil(body.total / body.size);
  if (page > 1) pager.append(button("이전", () => go({ page: page - 1 })));
  if (page < last && page < 100) pager.append(button("다음", () => go({ page: page + 1 })));
}

function button(text, onClick) {
  const b = el("button", { type: "button", text });
  b.addEventListener("click", onClick);
  return b;
}

function toggle(name, value, on) {
  const params = state();
  const values = params.getAll(name).filter((v) => v !== value);
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
}

function navigate(params) {
  history.pushState(null, "", "?" + params.toString());
  search();
}

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const params = new URLSearchParams();
  const q = document.getElementById("q").value.trim();
  if (q) params.set("q", q);
  navigate(params);
});
window.addEventListener("popstate", search);
search();
