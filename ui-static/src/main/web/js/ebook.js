// E-book viewer: page image with clickable product hotspots, previous/next, a thumbnail strip,
// jump by page number or printed label, search inside the book. State lives in the URL
// (?book=ID&page=N) so every page has a deep link.
"use strict";

const params = () => new URLSearchParams(location.search);
let book = params().get("book");
let current = null;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "text") node.textContent = v;
    else node.setAttribute(k, v);
  }
  children.forEach((c) => node.append(c));
  return node;
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || "요청에 실패했습니다.");
  return body;
}

function showError(message) {
  const error = document.getElementById("error");
  error.textContent = message;
  error.hidden = !message;
}

async function init() {
  try {
    if (!book) {
      const books = await getJson("/api/ebooks");
      if (!books.length) throw new Error("아직 디지털화된 카탈로그가 없습니다.");
      book = books[0].id;
    }
    const strip = await getJson(`/api/ebooks/${encodeURIComponent(book)}`);
    renderStrip(strip.pages);
    await show(Number(params().get("page") || strip.pages[0].index), false);
  } catch (e) {
    showError(e.message);
  }
}

function renderStrip(pages) {
  const list = document.getElementById("strip");
  list.replaceChildren();
  for (const p of pages) {
    const link = el("a", { href: `?book=${encodeURIComponent(book)}&page=${p.index}`, "data-index": p.index },
      el("img", { src: p.thumbnailUrl || "", alt: `${p.label} 쪽`, loading: "lazy" }),
      el("span", { text: p.label }));
    link.addEventListener("click", (event) => { event.preventDefault(); show(p.index, true); });
    list.append(el("li", {}, link));
  }
}

async function show(index, push) {
  showError("");
  try {
    current = await getJson(`/api/ebooks/${encodeURIComponent(book)}/pages/${index}`);
  } catch (e) {
    showError(e.message);
    return;
  }
  if (push) history.pushState(null, "", `?book=${encodeURIComponent(book)}&page=${current.index}`);
  document.getElementById("label").textContent = `${current.label} (${current.index}쪽)`;
  document.getElementById("prev").disabled = current.previous == null;
  document.getElementById("next").disabled = current.next == null;
  const page = document.getElementById("page");
  const img = el("img", { src: current.imageUrl || "", alt: `카탈로그 ${current.label} 쪽` });
  const frame = el("div", { class: "frame" }, img);
  for (const h of current.hotspots) {
    const label = h.name ? `${h.code} ${h.name}` : h.code;
    const spot = el(h.productUrl ? "a" : "span", {
      class: "hotspot",
      title: label,
      "aria-label": label,
      style: `left:${h.x * 100}%;top:${h.y * 100}%;width:${h.width * 100}%;height:${h.height * 100}%`,
    });
    if (h.productUrl) spot.setAttribute("href", `/product.html?code=${encodeURIComponent(h.code)}`);
    frame.append(spot);
  }
  page.replaceChildren(frame);
  document.querySelectorAll("#strip a").forEach((a) =>
    a.setAttribute("aria-current", Number(a.dataset.index) === current.index ? "page" : "false"));
}

document.getElementById("prev").addEventListener("click", () => current && current.previous != null && show(current.previous, true));
document.getElementById("next").addEventListener("click", () => current && current.next != null && show(current.next, true));
document.addEventListener("keydown", (event) => {
  if (event.target.tagName === "INPUT") return;
  if (event.key === "ArrowLeft") document.getElementById("prev").click();
  if (event.key === "ArrowRight") document.getElementById("next").click();
});

document.getElementById("jump").addEventListener("submit", async (event) => {
  event.preventDefault();
  const to = document.getElementById("to").value.trim();
  if (!to) return;
  if (/^\d+$/.test(to)) return show(Number(to), true);
  try {
    const page = await getJson(`/api/ebooks/${encodeURIComponent(book)}/labels/${encodeURIComponent(to)}`);
    show(page.index, true);
  } catch (e) {
    showError(e.message);
  }
});

document.getElementById("book-search").addEventListener("submit", async (event) => {
  event.preventDefault();
  const q = document.getElementById("bq").value.trim();
  const list = document.getElementById("book-hits");
  list.replaceChildren();
  if (!q) return;
  try {
    const hits = await getJson(`/api/ebooks/${encodeURIComponent(book)}/search?q=${encodeURIComponent(q)}`);
    if (!hits.length) list.append(el("li", { text: "찾는 내용이 카탈로그에 없습니다." }));
    for (const hit of hits) {
      const link = el("a", { href: `?book=${encodeURIComponent(book)}&page=${hit.index}` }, `${hit.label} 쪽`);
      link.addEventListener("click", (e) => { e.preventDefault(); show(hit.index, true); });
      list.append(el("li", {}, link, " — ", hit.snippet));
    }
  } catch (e) {
    showError(e.message);
  }
});

window.addEventListener("popstate", () => show(Number(params().get("page") || 1), false));
init();
