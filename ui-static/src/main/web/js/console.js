// Counsellor console: find products by code (typed any way) or maker as you type, build or paste
// a "code quantity" list, pick the customer, and quote or order on their behalf with the channel
// the request came in by. The server reads the pasted list (LineParser) and refuses unknown codes
// with suggestions, which one click puts in place of the typo.
import { ApiError, aborted, api, debounce, el, initPage, num, requireRole, show, strings, t, won } from "./core.js";
import { idempotencyKey, linesTable, totalsTable, unresolvedList } from "./quote-view.js";
import { looksLikeBarcode, productForBarcode } from "./barcode.js";

strings({
  ko: {
    "page.skip": "본문으로 건너뛰기",
    "console.title": "상담 콘솔",
    "console.lookup": "제품 찾기",
    "console.lookupLabel": "품번·모델번호·바코드 또는 메이커 (예: GSB-13RE, gsb13re, 8801234567893, 보쉬)",
    "console.makerIndex": "제조사 색인에서 찾기 (가나다·ABC)",
    "console.order": "견적 · 주문",
    "console.customer": "고객사",
    "console.pickCustomer": "고객사를 고르세요",
    "console.lines": "품번 수량 (한 줄에 하나씩, 붙여넣기 가능)",
    "console.channel": "접수 채널",
    "order.fulfilment": "받는 방법",
    "console.note": "메모",
    "console.quote": "견적 만들기",
    "console.place": "주문 접수",
    "console.add": "추가",
    "console.addLabel": "{code} 목록에 추가",
    "console.noMatch": "맞는 제품이 없습니다.",
    "console.maker": "메이커 {name}",
    "console.makerOnly": "{name} 제품만 보기",
    "console.needCustomer": "고객사를 먼저 고르세요.",
    "console.needLines": "품번과 수량을 한 줄 이상 입력하세요.",
    "console.quoted": "견적 {no} · {customer} · {until}까지 유효",
    "console.pdf": "견적서 PDF (팩스용)",
    "console.placed": "주문 {id} 접수 ({channel}) · {customer} · 총액 {gross}",
    "grade": "{grade} 등급",
    "console.matched": "{kind} {value} 일치",
    "console.scanned": "바코드 {barcode}: {code} 목록에 추가됨",
    "ident.MODEL_NUMBER": "모델번호",
    "ident.SUPPLIER_CODE": "공급사코드",
    "ident.BARCODE": "바코드",
    "ident.CATALOG_CODE": "품번",
  },
  en: {
    "page.skip": "Skip to content",
    "console.title": "Counsellor console",
    "console.lookup": "Find products",
    "console.lookupLabel": "Code, model number, barcode or maker (e.g. GSB-13RE, gsb13re, 8801234567893, Bosch)",
    "console.makerIndex": "Find in the maker index (A-Z)",
    "console.order": "Quote · order",
    "console.customer": "Customer",
    "console.pickCustomer": "Pick the customer",
    "console.lines": "Code and quantity, one per line (paste welcome)",
    "console.channel": "Channel",
    "order.fulfilment": "How to receive it",
    "console.note": "Note",
    "console.quote": "Make a quote",
    "console.place": "Place the order",
    "console.add": "Add",
    "console.addLabel": "Add {code} to the list",
    "console.noMatch": "No product matches.",
    "console.maker": "Maker {name}",
    "console.makerOnly": "Only {name} products",
    "console.needCustomer": "Pick the customer first.",
    "console.needLines": "Enter at least one line of code and quantity.",
    "console.quoted": "Quote {no} · {customer} · valid until {until}",
    "console.pdf": "Quote sheet (PDF, for fax)",
    "console.placed": "Order {id} placed ({channel}) · {customer} · total {gross}",
    "grade": "grade {grade}",
    "console.matched": "{kind} {value} matched",
    "console.scanned": "Barcode {barcode}: {code} added to the list",
    "ident.MODEL_NUMBER": "Model number",
    "ident.SUPPLIER_CODE": "Supplier code",
    "ident.BARCODE": "Barcode",
    "ident.CATALOG_CODE": "Code",
  },
});

const error = document.getElementById("error");
const lookupInput = document.getElementById("lookup");
const pasted = document.getElementById("pasted");
const result = document.getElementById("result");
let lookupController = null;
let maker = null;
let quote = null;
let quotedFor = null;
let orderKey = null;

// ---- Lookup as you type ---------------------------------------------------------------------

const lookup = debounce(async () => {
  const q = lookupInput.value.trim();
  lookupController?.abort();
  const list = document.getElementById("lookup-results");
  const chips = document.getElementById("maker-chips");
  if (!q && !maker) {
    list.replaceChildren();
    chips.replaceChildren();
    return;
  }
  lookupController = new AbortController();
  const signal = lookupController.signal;
  const params = new URLSearchParams({ limit: "20" });
  if (q) params.set("q", q);
  if (maker) params.set("maker", maker.value);
  try {
    const [hits, makers] = await Promise.all([
      api(`/api/lookup/code?${params}`, { signal }),
      q && !maker ? api(`/api/makers?limit=5&q=${encodeURIComponent(q)}`, { signal }) : Promise.resolve([]),
    ]);
    renderMakers(makers);
    renderHits(hits);
  } catch (e) {
    if (!aborted(e)) show(error, e.message);
  }
}, 150);

function renderMakers(makers) {
  const chips = document.getElementById("maker-chips");
  const items = [];
  if (maker) {
    items.push(el("button", { type: "button", class: "secondary", "aria-pressed": "true", onclick: () => {
      maker = null;
      lookup();
    } }, t("console.maker", { name: maker.label }), " ✕"));
  }
  for (const m of makers) {
    items.push(el("button", { type: "button", class: "secondary maker-chip", "aria-pressed": "false", onclick: () => {
      maker = m;
      lookupInput.value = "";
      lookup();
      lookupInput.focus();
    } }, t("console.makerOnly", { name: m.label }), ` (${num(m.count)})`));
  }
  chips.replaceChildren(...items);
}

function renderHits(hits) {
  const list = document.getElementById("lookup-results");
  if (!hits.length) {
    list.replaceChildren(el("li", { class: "hint", text: t("console.noMatch") }));
    return;
  }
  list.replaceChildren(...hits.map(({ product: p, matchedIdentifier: m }) => {
    const qty = el("input", { type: "number", class: "qty", min: "1", value: "1", "aria-label": `${p.code} ${t("lines.qty")}` });
    // Which identifier the typed text matched, when it was not the catalog code itself.
    const matched = m && m.kind !== "CATALOG_CODE"
      ? ` · ${t("console.matched", { kind: t(`ident.${m.kind}`), value: m.value })}` : "";
    return el("li", { "data-code": p.code },
      el("div", {}, el("strong", { class: "code", text: p.code }), " ", p.name,
        el("div", { class: "hint", text: `${p.makerName} · ${won(p.price)}${p.discontinued ? " · 단종" : ""}${matched}` })),
      el("div", { class: "row" }, qty, el("button", {
        type: "button", "aria-label": t("console.addLabel", { code: p.code }), disabled: p.discontinued,
        onclick: () => addLine(p.code, Number(qty.value) || 1),
      }, t("console.add"))));
  }));
}

function addLine(code, quantity) {
  const text = pasted.value.replace(/\s+$/, "");
  pasted.value = (text ? text + "\n" : "") + `${code} ${quantity}`;
}

lookupInput.addEventListener("input", lookup);

// A scanner types a barcode and Enter: the product it identifies goes straight onto the list
// (quantity 1), the field empties for the next scan. A wrong check digit shows the API's sentence.
lookupInput.addEventListener("keydown", async (event) => {
  if (event.key !== "Enter" || !looksLikeBarcode(lookupInput.value)) return;
  event.preventDefault();
  const barcode = lookupInput.value.trim();
  try {
    const product = await productForBarcode(barcode);
    if (!product) return; // none or several: the list below shows what there is
    addLine(product.code, 1);
    show(error, "");
    result.replaceChildren(el("p", { class: "hint", role: "status", text: t("console.scanned", { barcode, code: product.code }) }));
    lookupInput.value = "";
    lookup();
  } catch (e) {
    if (!aborted(e)) show(error, e.message);
  }
});

// ---- Customer, quote, order -----------------------------------------------------------------

async function loadCustomers() {
  try {
    const customers = await api("/api/customers");
    const select = document.getElementById("customer");
    select.append(...customers.map((c) => el("option", { value: String(c.id) },
      `${c.name} (${t("grade", { grade: c.grade })}${c.phone ? ` · ${c.phone}` : ""})`)));
  } catch (e) {
    show(error, e.message);
  }
}

function request() {
  const customerId = Number(document.getElementById("customer").value);
  if (!customerId) {
    show(error, t("console.needCustomer"));
    document.getElementById("customer").focus();
    return null;
  }
  if (!pasted.value.trim()) {
    show(error, t("console.needLines"));
    pasted.focus();
    return null;
  }
  return { customerId, pasted: pasted.value, note: document.getElementById("note").value.trim() || null };
}

async function makeQuote(body) {
  const key = JSON.stringify(body);
  if (quote && quotedFor === key) return quote;
  quote = await api("/api/quotes", { method: "POST", body });
  quotedFor = key;
  orderKey = idempotencyKey();
  return quote;
}

function showFailure(e) {
  show(error, e.message);
  if (e instanceof ApiError) {
    const list = unresolvedList(e.problem, (u, code) => {
      // lineNo is the physical line of the pasted text (blank lines count, as LineParser reads it).
      const lines = pasted.value.split(/\r?\n/);
      const i = u.lineNo - 1;
      if (lines[i] !== undefined) lines[i] = lines[i].replace(u.code, code);
      pasted.value = lines.join("\n");
      show(error, "");
    });
    if (list) error.append(list);
  }
}

document.getElementById("make-quote").addEventListener("click", async () => {
  show(error, "");
  const body = request();
  if (!body) return;
  try {
    const q = await makeQuote(body);
    result.replaceChildren(
      el("p", { id: "console-quote" }, t("console.quoted", { no: q.quoteNo, customer: q.customer.name, until: q.validUntil })),
      linesTable(q.lines), totalsTable(q.totals),
      el("a", { class: "button secondary", id: "console-pdf", href: `/api/quotes/${q.id}/pdf`, download: `${q.quoteNo}.pdf` }, t("console.pdf")));
    result.hidden = false;
    result.focus();
  } catch (e) {
    showFailure(e);
  }
});

document.getElementById("console-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  show(error, "");
  const body = request();
  if (!body) return;
  const button = document.getElementById("place-order");
  button.disabled = true;
  const channel = document.querySelector('input[name="channel"]:checked').value;
  try {
    const q = await makeQuote(body);
    const order = await api(`/api/quotes/${q.id}/order`, {
      method: "POST",
      headers: { "Idempotency-Key": orderKey },
      body: { channel, fulfilment: document.querySelector('input[name="fulfilment"]:checked').value },
    });
    result.replaceChildren(
      el("p", { class: "success", id: "console-order", "data-order-id": String(order.id) },
        t("console.placed", { id: order.id, channel: t(`channel.${order.channel}`), customer: order.customer.name, gross: won(order.totals.gross) })),
      linesTable(order.lines), totalsTable(order.totals));
    result.hidden = false;
    result.focus();
    pasted.value = "";
    quote = null;
    quotedFor = null;
  } catch (e) {
    showFailure(e);
  } finally {
    button.disabled = false;
  }
});

initPage();
if (requireRole("COUNSELLOR")) loadCustomers();
