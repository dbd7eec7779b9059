// E-book viewer: page image with clickable product hotspots, previous/next (and the arrow keys),
// a thumbnail strip, jump by page number or printed label, search inside the book. State lives in
// the URL (?book=ID&page=N, and &code=C to mark a product's hotspots when coming from its page),
// so every page has a deep link.
import { api, el, initPage, show, strings, t } from "./core.js";

strings({
  ko: {
    "page.skip": "본문으로 건너뛰기",
    "ebook.title": "카탈로그 e-book",
    "ebook.jump": "쪽 이동 (번호 또는 인쇄된 쪽 표시, 예: 12, A-3)",
    "ebook.go": "이동",
    "ebook.search": "카탈로그 안에서 검색",
    "ebook.find": "찾기",
    "ebook.hits": "카탈로그 검색 결과",
    "ebook.turn": "쪽 넘기기",
    "ebook.prev": "‹ 이전 쪽",
    "ebook.next": "다음 쪽 ›",
    "ebook.link": "이 쪽 링크",
    "ebook.zoom": "크게 보기",
    "ebook.strip": "쪽 미리보기",
    "ebook.none": "아직 디지털화된 카탈로그가 없습니다.",
    "ebook.noHits": "찾는 내용이 카탈로그에 없습니다.",
    "ebook.pageOf": "{label} ({index} / {count}쪽)",
    "ebook.pageAlt": "카탈로그 {label}쪽",
    "ebook.thumbAlt": "{label}쪽",
    "ebook.hitPage": "{label}쪽",
  },
  en: {
    "page.skip": "Skip to content",
    "ebook.title": "Catalog e-book",
    "ebook.jump": "Go to page (number or printed label, e.g. 12, A-3)",
    "ebook.go": "Go",
    "ebook.search": "Search inside the catalog",
    "ebook.find": "Find",
    "ebook.hits": "Matches in the catalog",
    "ebook.turn": "Turn pages",
    "ebook.prev": "‹ Previous",
    "ebook.next": "Next ›",
    "ebook.link": "Link to this page",
    "ebook.zoom": "Zoom in",
    "ebook.strip": "Page thumbnails",
    "ebook.none": "No catalog has been digitised yet.",
    "ebook.noHits": "Nothing in the catalog matches.",
    "ebook.pageOf": "{label} (page {index} of {count})",
    "ebook.pageAlt": "Catalog page {label}",
    "ebook.thumbAlt": "Page {label}",
    "ebook.hitPage": "Page {label}",
  },
});

const params = () => new URLSearchParams(location.search);
let book = params().get("book");
let pageCount = 0;
let current = null;
const target = params().get("code");

const errorBox = () => document.getElementById("error");

function pageUrl(index) {
  return `?book=${encodeURIComponent(book)}&page=${index}` + (target ? `&code=${encodeURIComponent(target)}` : "");
}

async function init() {
  try {
    if (!book) {
      const books = await api("/api/ebooks");
      if (!books.length) throw new Error(t("ebook.none"));
      book = books[0].id;
    }
    // The page first, the strip beside it: the page image is what the reader waits for (it is the
    // largest paint), so its request does not queue behind the strip's.
    const first = Number(params().get("page") || 1);
    const shown = showPage(first, false);
    const strip = await api(`/api/ebooks/${encodeURIComponent(book)}`);
    pageCount = strip.book.pageCount;
    renderStrip(strip.pages);
    await shown;
    if (current) markStrip();
  } catch (e) {
    show(errorBox(), e.message);
  }
}

// Pages already fetched (the one shown and its neighbours, prefetched), so turning a page shows
// it at once.
const pages = new Map();

function fetchPage(index) {
  if (!pages.has(index)) {
    const request = api(`/api/ebooks/${encodeURIComponent(book)}/pages/${index}`);
    request.catch(() => pages.delete(index));
    pages.set(index, request);
  }
  return pages.get(index);
}

// The page is shown at most at its image's width, and narrower on small screens: the browser
// takes the rendition (srcset) that fills that at the screen's pixel density.
const SIZES = "(max-width: 940px) calc(100vw - 2rem), 909px";

function pageImage(page, eager) {
  const attrs = { src: page.imageUrl || "", alt: t("ebook.pageAlt", { label: page.label }), decoding: "async" };
  if (page.srcset) {
    attrs.srcset = page.srcset;
    attrs.sizes = SIZES;
  }
  if (page.width && page.height) {
    attrs.width = page.width;
    attrs.height = page.height;
  }
  if (eager) attrs.fetchpriority = "high";
  return el("img", attrs);
}

// The next and previous pages, fetched and their images loaded in the background (the same
// srcset and sizes, so the browser picks the same rendition it will show).
async function prefetchAround(page) {
  for (const index of [page.next, page.previous]) {
    if (index == null) continue;
    try {
      const neighbour = await fetchPage(index);
      const img = pageImage(neighbour, false);
      img.loading = "eager";
    } catch {
      // A neighbour that fails to load is reported when the reader turns to it.
    }
  }
}

function markStrip() {
  document.querySelectorAll("#strip a").forEach((a) =>
    a.setAttribute("aria-current", Number(a.dataset.index) === current.index ? "page" : "false"));
  document.querySelector('#strip a[aria-current="page"]')?.scrollIntoView({ block: "nearest", inline: "center" });
}

function renderStrip(pages) {
  document.getElementById("strip").replaceChildren(...pages.map((p) =>
    el("li", {}, el("a", {
      href: pageUrl(p.index), "data-index": p.index,
      onclick: (event) => {
        event.preventDefault();
        showPage(p.index, true);
      },
    }, el("img", {
      src: p.thumbnailUrl || "", alt: t("ebook.thumbAlt", { label: p.label }), loading: "lazy",
      decoding: "async", width: 68, height: 96,
    }),
    el("span", { text: p.label })))));
}

async function showPage(index, push) {
  show(errorBox(), "");
  try {
    current = await fetchPage(index);
  } catch (e) {
    show(errorBox(), e.message);
    return;
  }
  if (push) history.pushState(null, "", pageUrl(current.index));
  document.getElementById("label").textContent =
    t("ebook.pageOf", { label: current.label, index: current.index, count: pageCount || "?" });
  document.getElementById("deep-link").href = current.deepLink || pageUrl(current.index);
  document.getElementById("prev").disabled = current.previous == null;
  document.getElementById("next").disabled = current.next == null;
  const img = pageImage(current, true);
  const frame = el("div", { class: "frame" }, img);
  // The page's own proportions for its box (the stylesheet reserves A4's until then).
  if (current.width && current.height) frame.style.aspectRatio = `${current.width} / ${current.height}`;
  for (const h of current.hotspots) {
    const label = h.name ? `${h.code} ${h.name}` : h.code;
    const marked = target && (h.code === target || h.codeKey === target);
    const spot = el(h.productUrl ? "a" : "span", {
      class: marked ? "hotspot target" : "hotspot",
      title: label,
      "aria-label": label,
      "data-code": h.code,
      style: { left: `${h.x * 100}%`, top: `${h.y * 100}%`, width: `${h.width * 100}%`, height: `${h.height * 100}%` },
    });
    if (h.productUrl) spot.setAttribute("href", `/product.html?code=${encodeURIComponent(h.code)}`);
    frame.append(spot);
  }
  document.getElementById("page").replaceChildren(frame);
  markStrip();
  const shownPage = current;
  if (img.complete) prefetchAround(shownPage);
  else img.addEventListener("load", () => prefetchAround(shownPage), { once: true });
}

// Zoom: the page at twice the width inside a scrolling frame; hotspots scale with it.
document.getElementById("zoom").addEventListener("click", (e) => {
  const zoomed = document.getElementById("page").classList.toggle("zoomed");
  e.currentTarget.setAttribute("aria-pressed", String(zoomed));
});

document.getElementById("prev").addEventListener("click", () => current?.previous != null && showPage(current.previous, true));
document.getElementById("next").addEventListener("click", () => current?.next != null && showPage(current.next, true));
document.addEventListener("keydown", (event) => {
  if (["INPUT", "TEXTAREA", "SELECT"].includes(event.target.tagName)) return;
  if (event.key === "ArrowLeft") document.getElementById("prev").click();
  if (event.key === "ArrowRight") document.getElementById("next").click();
});

document.getElementById("jump").addEventListener("submit", async (event) => {
  event.preventDefault();
  const to = document.getElementById("to").value.trim();
  if (!to) return;
  if (/^\d+$/.test(to)) return showPage(Number(to), true);
  try {
    const page = await api(`/api/ebooks/${encodeURIComponent(book)}/labels/${encodeURIComponent(to)}`);
    showPage(page.index, true);
  } catch (e) {
    show(errorBox(), e.message);
  }
});

document.getElementById("book-search").addEventListener("submit", async (event) => {
  event.preventDefault();
  const q = document.getElementById("bq").value.trim();
  const list = document.getElementById("book-hits");
  list.replaceChildren();
  if (!q) return;
  try {
    const hits = await api(`/api/ebooks/${encodeURIComponent(book)}/search?q=${encodeURIComponent(q)}`);
    if (!hits.length) list.append(el("li", { text: t("ebook.noHits") }));
    for (const hit of hits) {
      list.append(el("li", {}, el("a", {
        href: pageUrl(hit.index),
        onclick: (e) => {
          e.preventDefault();
          showPage(hit.index, true);
        },
      }, t("ebook.hitPage", { label: hit.label })), " — ", hit.snippet || ""));
    }
  } catch (e) {
    show(errorBox(), e.message);
  }
});

window.addEventListener("popstate", () => showPage(Number(params().get("page") || 1), false));
initPage();
init();
