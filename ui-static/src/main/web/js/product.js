// Product page: specs, maker, category path, prices, drawings and manuals, family variants and
// the catalog pages that print the product (deep links into the e-book).
"use strict";

const won = new Intl.NumberFormat("ko-KR", { style: "currency", currency: "KRW" });

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "text") node.textContent = v;
    else node.setAttribute(k, v);
  }
  children.forEach((c) => node.append(c));
  return node;
}

function section(title, ...children) {
  return el("section", {}, el("h2", { text: title }), ...children);
}

async function load() {
  const code = new URLSearchParams(location.search).get("code") || "";
  const main = document.getElementById("product");
  const error = document.getElementById("error");
  let p;
  try {
    const response = await fetch(`/api/products/${encodeURIComponent(code)}`, { headers: { Accept: "application/json" } });
    p = await response.json();
    if (!response.ok) throw new Error(p.detail || "제품을 불러오지 못했습니다.");
  } catch (e) {
    error.textContent = e.message;
    error.hidden = false;
    return;
  }
  document.title = `${p.name} | 제품 정보`;
  const path = el("nav", { "aria-label": "분류" },
    ...p.categoryPath.flatMap((c, i) => [i ? " › " : "", el("a", { href: `/?category=${encodeURIComponent(c.id)}`, text: c.name })]));
  const flags = [p.newProduct && "신제품", p.privateBrand && "PB", p.discontinued && "단종"].filter(Boolean).join(" · ");
  main.append(
    path,
    el("h1", { text: p.name }),
    el("p", {}, el("span", { class: "code", text: p.code }), " · ",
      el("a", { href: `/?maker=${encodeURIComponent(p.maker.id)}`, text: p.maker.name }),
      p.nameEn ? ` · ${p.nameEn}` : "", flags ? ` · ${flags}` : ""),
    el("p", { class: "price" }, `${won.format(p.price)} (부가세 별도) · ${won.format(p.priceWithVat)} (부가세 포함)`));
  const specs = el("table", {}, ...Object.entries(p.specs).map(([k, v]) => el("tr", {}, el("th", { text: k }), el("td", { text: v }))));
  specs.prepend(el("tr", {}, el("th", { text: "원산지" }), el("td", { text: p.origin || "-" })), el("tr", {}, el("th", { text: "브랜드" }), el("td", { text: p.brand || "-" })));
  main.append(section("사양", specs));
  if (p.assets.length) {
    main.append(section("도면 · 매뉴얼", el("ul", { class: "assets" }, ...p.assets.map((a) =>
      el("li", {}, el("a", { href: a.url, target: "_blank", rel: "noopener" },
        a.thumbnailUrl ? el("img", { src: a.thumbnailUrl, alt: "", loading: "lazy" }) : "",
        `${a.title || a.kind} (${a.kind === "DRAWING" ? "도면" : a.kind === "MANUAL" ? "매뉴얼" : a.kind}${a.pageCount ? `, ${a.pageCount}쪽` : ""})`))))));
  }
  if (p.videos.length) {
    main.append(section("사용 영상", el("ul", {}, ...p.videos.map((v) => el("li", {}, el("a", { href: v, rel: "noopener", text: v }))))));
  }
  if (p.catalogPages.length) {
    main.append(section("카탈로그 수록 페이지", el("ul", {}, ...p.catalogPages.map((pg) =>
      el("li", {}, el("a", { href: `/ebook.html?book=${encodeURIComponent(pg.bookId)}&page=${pg.page}`, text: `${pg.label} 쪽 (${pg.bookId})` }))))));
  }
  if (p.family.length) {
    main.append(section("같은 계열 제품", el("ul", {}, ...p.family.map((f) =>
      el("li", {}, el("a", { href: `/product.html?code=${encodeURIComponent(f.code)}`, text: `${f.code} ${f.name}` }), ` ${won.format(f.price)}${f.discontinued ? " (단종)" : ""}`)))));
  }
}
load();
