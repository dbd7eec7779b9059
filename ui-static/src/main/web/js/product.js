// Product page: specs, maker, category path, prices, add to cart; drawings with a zoom view,
// manuals (open the PDF, or jump straight to one of its pages), usage videos, the family's other
// variants, and the catalog pages that print the product (deep links into the e-book that mark
// the product's hotspot).
import { api, cart, el, initPage, num, show, strings, t, won } from "./core.js";
import { recommendationSection } from "./recommend.js";
import { pictureImg } from "./picture.js";

strings({
  ko: {
    "page.skip": "본문으로 건너뛰기",
    "product.vatEx": "부가세 별도",
    "product.vatIn": "부가세 포함 {price}",
    "product.qty": "수량",
    "product.add": "장바구니에 담기",
    "product.added": "{n}개를 장바구니에 담았습니다.",
    "product.toCart": "장바구니 보기",
    "product.specs": "사양",
    "product.origin": "원산지",
    "product.brand": "브랜드",
    "product.released": "출시일",
    "product.drawings": "도면",
    "product.drawingZoom": "{title} 도면 크게 보기",
    "product.manuals": "매뉴얼",
    "product.openPdf": "PDF 열기",
    "product.pages": "{n}쪽",
    "product.page": "{n}쪽",
    "product.videos": "사용 영상",
    "product.video": "사용 영상 {n}",
    "product.captions": "한국어 자막",
    "product.scanned": "스캔본: 본문 검색 불가",
    "product.catalogPages": "카탈로그 수록 페이지",
    "product.catalogPage": "카탈로그 {label}쪽 보기",
    "product.family": "같은 계열 제품",
    "product.new": "신제품",
    "product.pb": "자체 브랜드",
    "product.discontinued": "단종",
    "product.close": "닫기",
    "product.categories": "분류 경로",
    "product.stock": "매장별 재고",
    "product.stockIn": "{name} 재고 있음 ({n}개)",
    "product.stockOut": "{name} 재고 없음",
    "product.stockTransfer": "{name} 재고 없음 · 물류센터에서 {days}일",
  },
  en: {
    "page.skip": "Skip to content",
    "product.vatEx": "VAT excluded",
    "product.vatIn": "{price} with VAT",
    "product.qty": "Quantity",
    "product.add": "Add to cart",
    "product.added": "{n} added to the cart.",
    "product.toCart": "View cart",
    "product.specs": "Specifications",
    "product.origin": "Origin",
    "product.brand": "Brand",
    "product.released": "Released",
    "product.drawings": "Drawings",
    "product.drawingZoom": "Zoom drawing {title}",
    "product.manuals": "Manuals",
    "product.openPdf": "Open PDF",
    "product.pages": "{n} pages",
    "product.page": "p. {n}",
    "product.videos": "Usage videos",
    "product.video": "Usage video {n}",
    "product.captions": "Korean captions",
    "product.scanned": "Scanned: text not searchable",
    "product.catalogPages": "In the printed catalog",
    "product.catalogPage": "Catalog page {label}",
    "product.family": "Same family",
    "product.new": "New",
    "product.pb": "Private brand",
    "product.discontinued": "Discontinued",
    "product.close": "Close",
    "product.categories": "Category path",
    "product.stock": "Stock per store",
    "product.stockIn": "In stock at {name} ({n})",
    "product.stockOut": "Not in stock at {name}",
    "product.stockTransfer": "Not in stock at {name} · {days} days from the warehouse",
  },
});

const section = (id, title, ...children) =>
  el("section", { id, "aria-labelledby": `${id}-h` }, el("h2", { id: `${id}-h`, text: title }), ...children);

async function load() {
  const code = new URLSearchParams(location.search).get("code") || "";
  const main = document.getElementById("product");
  const error = document.getElementById("error");
  let p;
  try {
    p = await api(`/api/products/${encodeURIComponent(code)}`);
  } catch (e) {
    main.removeAttribute("aria-busy");
    show(error, e.message);
    return;
  }
  main.removeAttribute("aria-busy");
  document.title = `${p.name} | ${t("site.title")}`;
  const name = document.documentElement.lang === "en" && p.nameEn ? p.nameEn : p.name;
  const flags = [p.newProduct && t("product.new"), p.privateBrand && t("product.pb"), p.discontinued && t("product.discontinued")].filter(Boolean);
  const path = el("nav", { "aria-label": t("product.categories"), class: "hint" },
    p.categoryPath.flatMap((c, i) => [i ? " › " : "", el("a", { href: `/?category=${encodeURIComponent(c.id)}`, text: c.name })]));

  const qty = el("input", { type: "number", id: "qty", class: "qty", min: "1", max: "100000", value: "1", inputmode: "numeric" });
  const added = el("p", { id: "added", class: "success", role: "status", hidden: true });
  const buy = el("div", { class: "buy" },
    el("span", { class: "price", id: "price", text: won(p.price) }),
    el("span", { class: "hint", text: `${t("product.vatEx")} · ${t("product.vatIn", { price: won(p.priceWithVat) })}` }),
    p.discontinued ? el("p", { class: "error", text: t("product.discontinued") }) : el("div", { class: "row" },
      el("label", { class: "field" }, el("span", { text: t("product.qty") }), qty),
      el("button", {
        type: "button", id: "add-to-cart",
        onclick: () => {
          const n = Math.max(1, Math.min(100000, Math.floor(Number(qty.value) || 1)));
          cart.add(p, n);
          added.replaceChildren(t("product.added", { n: num(n) }), " ", el("a", { href: "/cart.html", text: t("product.toCart") }));
          added.hidden = false;
        },
      }, t("product.add"))),
    added);

  const specs = el("table", {}, el("tbody", {},
    el("tr", {}, el("th", { scope: "row", text: t("product.origin") }), el("td", { text: p.origin || "-" })),
    el("tr", {}, el("th", { scope: "row", text: t("product.brand") }), el("td", { text: p.brand || "-" })),
    p.releasedOn ? el("tr", {}, el("th", { scope: "row", text: t("product.released") }), el("td", { text: p.releasedOn })) : null,
    Object.entries(p.specs).map(([k, v]) => el("tr", {}, el("th", { scope: "row", text: k }), el("td", { text: v })))));

  // The main picture: the width the column gives it (about 28rem, the whole width on a phone), in
  // the browser's choice of size; its box reserved by width/height. Eager: it is the page's
  // largest paint. The zoom opens the widest size.
  const lead = p.pictures?.[0];
  const hero = el("figure", { class: "product-picture", id: "product-picture" },
    lead
      ? el("button", {
        type: "button", class: "picture-zoom", "aria-label": t("product.drawingZoom", { title: p.name }),
        onclick: () => zoom(lead.zoom.url, p.name),
      }, pictureImg(lead, { sizes: "(max-width: 40rem) 100vw, 28rem", alt: p.name, lazy: false }))
      : pictureImg(null, { className: "no-picture" }),
    p.pictures?.length > 1
      ? el("ul", { class: "picture-strip" }, p.pictures.slice(1).map((pic, i) =>
        el("li", {}, el("button", {
          type: "button", class: "picture-zoom", "aria-label": t("product.drawingZoom", { title: `${p.name} ${i + 2}` }),
          onclick: () => zoom(pic.zoom.url, p.name),
        }, pictureImg(pic, { sizes: "96px", alt: "" })))))
      : null);

  main.append(el("div", { class: "product-head" },
    el("div", {},
      hero,
      path,
      el("h1", { text: name }),
      el("p", {}, el("span", { class: "code", id: "product-code", text: p.code }), " · ",
        el("a", { href: `/?maker=${encodeURIComponent(p.maker.id)}`, text: p.maker.name }),
        p.nameEn && name !== p.nameEn ? el("span", { lang: "en", text: ` · ${p.nameEn}` }) : "",
        flags.length ? ` · ${flags.join(" · ")}` : ""),
      section("specs", t("product.specs"), el("div", { class: "table-wrap" }, specs))),
    buy));
  main.append(await stockSection(p));

  const drawings = p.assets.filter((a) => a.kind !== "IMAGE" && a.mediaType && a.mediaType.startsWith("image/"));
  if (drawings.length) {
    main.append(section("drawings", t("product.drawings"), el("ul", { class: "gallery" }, drawings.map((a) =>
      el("li", {}, el("button", {
        type: "button", class: "drawing", "aria-label": t("product.drawingZoom", { title: a.title || p.code }),
        onclick: () => zoom(a.url, a.title || p.code),
      }, el("img", { src: a.thumbnailUrl || a.url, alt: "", loading: "lazy" })))))));
  }
  const manuals = p.assets.filter((a) => a.mediaType === "application/pdf");
  if (manuals.length) {
    main.append(section("manuals", t("product.manuals"), el("ul", { class: "manuals" }, manuals.map((a) =>
      el("li", {},
        el("a", { href: a.url, target: "_blank", rel: "noopener", class: "manual" },
          a.thumbnailUrl ? el("img", { src: a.thumbnailUrl, alt: "", height: "48", loading: "lazy" }) : "",
          ` ${a.title || a.kind} — ${t("product.openPdf")}`),
        a.scanned ? el("span", { class: "hint scanned", text: ` ${t("product.scanned")}` }) : "",
        a.pageCount ? el("span", { class: "hint", text: ` (${t("product.pages", { n: a.pageCount })})` }) : "",
        // The browser's PDF viewer opens at #page=N: one link per page of the manual.
        a.pageCount > 1 ? el("ul", { class: "manual-pages", "aria-label": a.title || a.kind },
          Array.from({ length: Math.min(a.pageCount, 50) }, (_, i) =>
            el("li", {}, el("a", { href: `${a.url}#page=${i + 1}`, target: "_blank", rel: "noopener", text: t("product.page", { n: i + 1 }) })))) : "")))));
  }
  const videoFiles = p.assets.filter((a) => a.kind === "VIDEO");
  const captions = p.assets.filter((a) => a.kind === "CAPTIONS");
  if (videoFiles.length) {
    // The product's own video files play inline: the poster is the frame ingest decoded, only the
    // metadata loads until play (the media store answers the byte ranges the player asks for).
    main.append(section("video-files", t("product.videos"), el("ul", { class: "videos" }, videoFiles.map((a, i) => {
      const vtt = captions[i] || captions[0];
      return el("li", {}, el("video", {
        controls: true, preload: "metadata", playsinline: true, width: "480", height: "352",
        poster: a.thumbnailUrl || undefined, "aria-label": t("product.video", { n: i + 1 }),
      },
      el("source", { src: a.url, type: a.mediaType }),
      vtt ? el("track", { kind: "captions", src: vtt.url, srclang: "ko", label: t("product.captions"), default: true }) : null));
    }))));
  }
  if (p.videos.length) {
    // Videos the platform serves itself play in the page; others (no third-party player is ever
    // embedded) open as links.
    main.append(section("videos", t("product.videos"), el("ul", {}, p.videos.map((v, i) =>
      el("li", {}, /^\/[^/].*\.(mp4|webm)$/i.test(v)
        ? el("video", { src: v, controls: true, preload: "metadata", width: "480", "aria-label": t("product.video", { n: i + 1 }) })
        : el("a", { href: v, rel: "noopener", target: "_blank" }, t("product.video", { n: i + 1 }), " ", el("span", { class: "hint", text: v })))))));
  }
  if (p.catalogPages.length) {
    main.append(section("catalog-pages", t("product.catalogPages"), el("ul", { class: "catalog-pages" }, p.catalogPages.map((pg) =>
      el("li", {}, el("a", {
        class: "catalog-page",
        href: `/ebook.html?book=${encodeURIComponent(pg.bookId)}&page=${pg.page}&code=${encodeURIComponent(p.code)}`,
      }, el("img", {
        src: `/media/book/${encodeURIComponent(pg.bookId)}/thumbs/${String(pg.page).padStart(4, "0")}.jpg`, alt: "", loading: "lazy",
        onerror: (e) => e.currentTarget.remove(),
      }),
      t("product.catalogPage", { label: pg.label })))))));
  }
  if (p.family.length) {
    main.append(section("family", t("product.family"), el("ul", {}, p.family.map((f) =>
      el("li", {}, el("a", { href: `/product.html?code=${encodeURIComponent(f.code)}`, text: `${f.code} ${f.name}` }),
        ` ${won(f.price)}`, f.discontinued ? ` (${t("product.discontinued")})` : "")))));
  }
  // What other customers ordered with it; loads after the page itself, and is left out on failure.
  const together = await recommendationSection(
    `/api/recommendations/products/${encodeURIComponent(p.code)}/bought-together?limit=8`,
    { id: "reco-together", titleKey: "reco.together" });
  if (together) main.append(together);
}

/**
 * "성수점 재고 있음" per location (GET /api/stock/{code}/locations, public). A store without the
 * product says how many days a transfer from the warehouse takes when the warehouse has it.
 */
async function stockSection(p) {
  let places;
  try {
    places = await api(`/api/stock/${encodeURIComponent(p.code)}/locations`);
  } catch {
    return ""; // The page works without it; the cart asks again when it matters.
  }
  const warehouse = places.find((l) => l.kind === "WAREHOUSE");
  return section("stock", t("product.stock"), el("ul", { class: "stock-places" }, places.map((l) =>
    el("li", { "data-location": l.location, class: l.inStock ? "in-stock" : "out-of-stock" },
      l.inStock
        ? t("product.stockIn", { name: l.name, n: num(l.available) })
        : l.kind === "STORE" && warehouse?.inStock
          ? t("product.stockTransfer", { name: l.name, days: l.transferDays })
          : t("product.stockOut", { name: l.name })))));
}

// ---- Drawing zoom (a modal dialog: Esc closes, +/- or the wheel zooms, the view scrolls) ----

const dialog = document.getElementById("zoom");
const zoomImg = document.getElementById("zoom-img");
let scale = 1;
function setScale(s) {
  scale = Math.min(6, Math.max(0.5, s));
  zoomImg.style.width = `${Math.round(zoomImg.naturalWidth * scale)}px`;
}
function zoom(url, title) {
  document.getElementById("zoom-title").textContent = title;
  zoomImg.alt = title;
  zoomImg.onload = () => setScale(Math.min(1, (window.innerWidth * 0.9) / (zoomImg.naturalWidth || 1)));
  zoomImg.src = url;
  dialog.showModal();
}
document.getElementById("zoom-in").addEventListener("click", () => setScale(scale * 1.5));
document.getElementById("zoom-out").addEventListener("click", () => setScale(scale / 1.5));
document.getElementById("zoom-close").addEventListener("click", () => dialog.close());
zoomImg.addEventListener("click", () => setScale(scale * 1.5));
dialog.addEventListener("keydown", (e) => {
  if (e.key === "+" || e.key === "=") setScale(scale * 1.5);
  if (e.key === "-") setScale(scale / 1.5);
});

initPage();
load();
