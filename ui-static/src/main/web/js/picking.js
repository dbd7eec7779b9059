// Warehouse board, picking and shipping inspection (issue 17). The pick list walks the order's
// lines by location and bin; each line's picked quantity is set with a stepper and recorded; a
// short line needs the shortfall choice (back-order or cancel the rest) before picking finishes.
// The inspection keeps the focus in its scan box, so a barcode scanner (which types the code and
// Enter) can scan line after line; picked vs scanned per line, discrepancies in red. The server
// checks everything; its refusals show as messages.
import { api, el, show, strings, t, when } from "./core.js";

strings({
  ko: {
    "pick.open": "피킹 목록",
    "pick.openLabel": "주문 {id} 피킹 목록 열기",
    "pick.title": "주문 {id} 피킹 목록 · {location}",
    "pick.noBin": "위치 미지정",
    "pick.group": "{location} · {bin}",
    "pick.line": "품목",
    "pick.code": "품번",
    "pick.name": "품명",
    "pick.ordered": "주문",
    "pick.picked": "피킹",
    "pick.less": "하나 적게",
    "pick.more": "하나 더",
    "pick.quantityLabel": "{line}번 품목 피킹 수량",
    "pick.record": "기록",
    "pick.recordLabel": "{line}번 품목 피킹 수량 기록",
    "pick.recorded": "{line}번 품목: {n}개 피킹",
    "pick.notYet": "미기록",
    "pick.short": "{n}개 부족",
    "pick.shortfall": "부족분 처리",
    "pick.BACK_ORDER": "이월 주문(입고 후 배송)",
    "pick.CANCEL_LINE": "부족분 취소(금액 정정)",
    "pick.finish": "피킹 완료 → 출고검수",
    "pick.close": "닫기",
    "pick.work": "창고 피킹 작업",
    "pick.workEmpty": "피킹 중인 주문이 없습니다.",
    "pick.workItem": "주문 {order} · {line}번 · {code} {name} · {picked}/{ordered}",
    "insp.open": "출고검수",
    "insp.openLabel": "주문 {id} 출고검수 열기",
    "insp.title": "주문 {id} 출고검수",
    "insp.scan": "바코드 스캔 또는 품번 입력",
    "insp.quantity": "수량",
    "insp.submit": "확인",
    "insp.scanned": "검수",
    "insp.state": "상태",
    "insp.ok": "일치",
    "insp.diff": "불일치",
    "insp.accepted": "{code}: {scanned}/{picked}",
    "insp.discrepancies": "불일치 기록",
    "insp.none": "불일치 없음",
    "insp.reason.NOT_ON_ORDER": "주문에 없는 상품",
    "insp.reason.OVER_SCANNED": "피킹 수량 초과",
    "insp.reason.ACKNOWLEDGED": "불일치 확인 처리",
    "insp.acknowledge": "불일치를 확인하고 진행(사유 필수)",
    "insp.note": "사유",
    "insp.finish": "검수 완료 → 포장",
  },
  en: {
    "pick.open": "Pick list",
    "pick.openLabel": "Open the pick list of order {id}",
    "pick.title": "Order {id} pick list · {location}",
    "pick.noBin": "no bin",
    "pick.group": "{location} · {bin}",
    "pick.line": "Line",
    "pick.code": "Code",
    "pick.name": "Name",
    "pick.ordered": "Ordered",
    "pick.picked": "Picked",
    "pick.less": "One less",
    "pick.more": "One more",
    "pick.quantityLabel": "Units picked for line {line}",
    "pick.record": "Record",
    "pick.recordLabel": "Record the units picked for line {line}",
    "pick.recorded": "Line {line}: {n} picked",
    "pick.notYet": "not recorded",
    "pick.short": "{n} short",
    "pick.shortfall": "What to do with the shortfall",
    "pick.BACK_ORDER": "Back-order (ships when stock arrives)",
    "pick.CANCEL_LINE": "Cancel the missing units (amounts corrected)",
    "pick.finish": "Picking done → shipping inspection",
    "pick.close": "Close",
    "pick.work": "Open pick work",
    "pick.workEmpty": "No order is being picked.",
    "pick.workItem": "Order {order} · line {line} · {code} {name} · {picked}/{ordered}",
    "insp.open": "Inspection",
    "insp.openLabel": "Open the shipping inspection of order {id}",
    "insp.title": "Order {id} shipping inspection",
    "insp.scan": "Scan a barcode or type a code",
    "insp.quantity": "Quantity",
    "insp.submit": "Check",
    "insp.scanned": "Scanned",
    "insp.state": "State",
    "insp.ok": "matches",
    "insp.diff": "differs",
    "insp.accepted": "{code}: {scanned}/{picked}",
    "insp.discrepancies": "Discrepancies",
    "insp.none": "No discrepancies",
    "insp.reason.NOT_ON_ORDER": "product not on the order",
    "insp.reason.OVER_SCANNED": "more than picked",
    "insp.reason.ACKNOWLEDGED": "acknowledged",
    "insp.acknowledge": "Acknowledge the discrepancies and go on (reason required)",
    "insp.note": "Reason",
    "insp.finish": "Inspection done → packing",
  },
});

const announce = (text) => {
  document.getElementById("notice").textContent = text;
};

/** The pick list of an order in a panel; onMoved(order) after picking finished. */
export async function openPickList(panel, error, orderId, onMoved) {
  show(error, "");
  let list;
  try {
    list = await api(`/api/orders/${orderId}/pick-list`);
  } catch (e) {
    show(error, e.message);
    return;
  }
  renderPickList(panel, error, list, onMoved);
}

function renderPickList(panel, error, list, onMoved) {
  const heading = el("h2", { id: "panel-h", tabindex: "-1", text: t("pick.title", { id: list.orderId, location: list.location.name }) });
  const groups = list.groups.map((g) => el("section", { class: "pick-group" },
    el("h3", { text: t("pick.group", { location: g.location, bin: g.bin || t("pick.noBin") }) }),
    el("table", {},
      el("thead", {}, el("tr", {}, ["pick.line", "pick.code", "pick.name", "pick.ordered", "pick.picked", ""].map((k) => el("th", { scope: "col", text: k ? t(k) : "" })))),
      el("tbody", {}, g.lines.map((l) => pickRow(panel, error, list, l, onMoved))))));
  // Rendered only when a line is short (a [hidden] attribute loses to the classes' display).
  const shortfall = list.shortLines === 0 ? "" : el("fieldset", { class: "shortfall" },
    el("legend", { text: t("pick.shortfall") }),
    ["BACK_ORDER", "CANCEL_LINE"].map((choice) => el("label", {},
      el("input", { type: "radio", name: "shortfall", value: choice }), " ", t(`pick.${choice}`))));
  const finish = el("button", {
    type: "button", class: "advance", disabled: !list.complete,
    onclick: async () => {
      show(error, "");
      const chosen = shortfall ? shortfall.querySelector("input:checked") : null;
      const body = { to: "SHIPPING_INSPECTION" };
      if (list.shortLines > 0 && chosen) body.shortfall = chosen.value;
      try {
        const moved = await api(`/api/orders/${list.orderId}/transitions`, { method: "POST", body });
        panel.hidden = true;
        onMoved(moved);
      } catch (e) {
        show(error, e.message);
      }
    },
  }, t("pick.finish"));
  panel.replaceChildren(heading, ...groups, shortfall,
    el("div", { class: "row" }, finish, el("button", { type: "button", class: "secondary", onclick: () => { panel.hidden = true; } }, t("pick.close"))));
  panel.hidden = false;
  heading.focus();
}

function pickRow(panel, error, list, l, onMoved) {
  const id = `pick-${list.orderId}-${l.lineNo}`;
  const input = el("input", {
    id, type: "number", min: "0", max: String(l.ordered), step: "1", inputmode: "numeric",
    value: String(l.picked ?? l.ordered), class: "stepper-value",
    "aria-label": t("pick.quantityLabel", { line: l.lineNo }),
  });
  const step = (delta) => {
    const n = Math.min(l.ordered, Math.max(0, (parseInt(input.value, 10) || 0) + delta));
    input.value = String(n);
  };
  const record = async () => {
    show(error, "");
    const picked = Number(input.value);
    try {
      const updated = await api(`/api/orders/${list.orderId}/pick-list/lines/${l.lineNo}`, { method: "PUT", body: { picked } });
      announce(t("pick.recorded", { line: l.lineNo, n: picked }));
      renderPickList(panel, error, updated, onMoved);
      document.getElementById(id)?.focus();
    } catch (e) {
      show(error, e.message);
    }
  };
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter") record();
  });
  const state = l.picked === null || l.picked === undefined
    ? el("span", { class: "hint", text: t("pick.notYet") })
    : l.picked < l.ordered ? el("span", { class: "short", text: t("pick.short", { n: l.ordered - l.picked }) }) : "";
  return el("tr", { "data-line": String(l.lineNo) },
    el("td", { text: String(l.lineNo) }),
    el("td", { text: l.code }),
    el("td", { text: l.name }),
    el("td", { text: String(l.ordered) }),
    el("td", { class: "stepper" },
      el("button", { type: "button", class: "secondary", "aria-label": t("pick.less"), onclick: () => step(-1) }, "−"),
      input,
      el("button", { type: "button", class: "secondary", "aria-label": t("pick.more"), onclick: () => step(1) }, "+"),
      " ", state),
    el("td", {}, el("button", { type: "button", "aria-label": t("pick.recordLabel", { line: l.lineNo }), onclick: record }, t("pick.record"))));
}

/** The open pick work of a location, by bin. */
export async function openPickWork(panel, error, location = "WH") {
  show(error, "");
  let work;
  try {
    work = await api(`/api/pick-lists?location=${encodeURIComponent(location)}`);
  } catch (e) {
    show(error, e.message);
    return;
  }
  const heading = el("h2", { id: "panel-h", tabindex: "-1", text: `${t("pick.work")} · ${work.location.name}` });
  const body = work.bins.length
    ? work.bins.map((b) => el("section", { class: "pick-group" },
      el("h3", { text: b.bin || t("pick.noBin") }),
      el("ul", {}, b.items.map((i) => el("li", { class: i.picked === null || i.picked === undefined ? "" : "done", text: t("pick.workItem", {
        order: i.orderId, line: i.lineNo, code: i.code, name: i.name, picked: i.picked ?? "–", ordered: i.ordered,
      }) })))))
    : [el("p", { class: "hint", text: t("pick.workEmpty") })];
  panel.replaceChildren(heading, ...body,
    el("button", { type: "button", class: "secondary", onclick: () => { panel.hidden = true; } }, t("pick.close")));
  panel.hidden = false;
  heading.focus();
}

/** The shipping inspection of an order in a panel; onMoved(order) after it finished. */
export async function openInspection(panel, error, orderId, onMoved) {
  show(error, "");
  let view;
  try {
    view = await api(`/api/orders/${orderId}/inspection`);
  } catch (e) {
    show(error, e.message);
    return;
  }
  renderInspection(panel, error, view, onMoved, true);
}

function renderInspection(panel, error, view, onMoved, first) {
  const scanId = `scan-${view.orderId}`;
  const code = el("input", { id: scanId, name: "code", required: true, maxlength: "64", autocomplete: "off", autocapitalize: "off", spellcheck: "false" });
  const quantity = el("input", { id: `${scanId}-q`, name: "quantity", type: "number", min: "1", step: "1", value: "1", class: "stepper-value" });
  const form = el("form", { class: "row scan" },
    el("label", { for: scanId }, el("span", { class: "hint", text: t("insp.scan") }), code),
    el("label", { for: `${scanId}-q` }, el("span", { class: "hint", text: t("insp.quantity") }), quantity),
    el("button", { type: "submit" }, t("insp.submit")));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const typed = code.value.trim();
    if (!typed) {
      code.focus();
      return;
    }
    show(error, "");
    let next;
    try {
      next = await api(`/api/orders/${view.orderId}/inspection/scans`, { method: "POST", body: { code: typed, quantity: Number(quantity.value) || 1 } });
      const line = next.lines.find((l) => l.scanned !== (view.lines.find((o) => o.lineNo === l.lineNo) || {}).scanned);
      if (line) announce(t("insp.accepted", { code: line.code, scanned: line.scanned, picked: line.picked }));
    } catch (err) {
      show(error, err.message);
      // A refused scan was recorded as a discrepancy: show it.
      try {
        next = await api(`/api/orders/${view.orderId}/inspection`);
      } catch {
        next = view;
      }
    }
    renderInspection(panel, error, next, onMoved, false);
  });
  const rows = view.lines.map((l) => el("tr", { class: l.matches ? "" : "mismatch", "data-line": String(l.lineNo) },
    el("td", { text: String(l.lineNo) }),
    el("td", { text: l.code }),
    el("td", { text: l.name }),
    el("td", { text: String(l.picked) }),
    el("td", { text: String(l.scanned) }),
    el("td", { text: t(l.matches ? "insp.ok" : "insp.diff") })));
  const discrepancies = view.discrepancies.length
    ? el("ul", { class: "discrepancies" }, view.discrepancies.map((d) => el("li", { class: d.reason === "ACKNOWLEDGED" ? "hint" : "error" },
      el("time", { datetime: d.at, text: when(d.at) }), " · ", d.by, " · ", t(`insp.reason.${d.reason}`),
      d.typed ? ` · ${d.typed}` : "", d.product && d.product !== d.typed ? ` → ${d.product}` : "",
      d.quantity ? ` ×${d.quantity}` : "", d.note ? ` · ${d.note}` : "")))
    : el("p", { class: "hint", text: t("insp.none") });
  const ack = el("input", { type: "checkbox", id: `${scanId}-ack` });
  const note = el("input", { id: `${scanId}-note`, maxlength: "1000", autocomplete: "off" });
  const finish = el("button", {
    type: "button", class: "advance",
    onclick: async () => {
      show(error, "");
      const body = { to: "PACKING" };
      if (ack.checked) {
        body.acknowledgeDiscrepancies = true;
        body.note = note.value.trim();
      }
      try {
        const moved = await api(`/api/orders/${view.orderId}/transitions`, { method: "POST", body });
        panel.hidden = true;
        onMoved(moved);
      } catch (e) {
        show(error, e.message);
        code.focus();
      }
    },
  }, t("insp.finish"));
  const heading = el("h2", { id: "panel-h", tabindex: "-1", text: t("insp.title", { id: view.orderId }) });
  panel.replaceChildren(heading, form,
    el("table", {},
      el("thead", {}, el("tr", {}, ["pick.line", "pick.code", "pick.name", "pick.picked", "insp.scanned", "insp.state"].map((k) => el("th", { scope: "col", text: t(k) })))),
      el("tbody", {}, rows)),
    el("h3", { text: t("insp.discrepancies") }), discrepancies,
    view.complete ? "" : el("div", { class: "row" },
      el("label", { for: `${scanId}-ack` }, ack, " ", t("insp.acknowledge")),
      el("label", { for: `${scanId}-note` }, el("span", { class: "hint", text: t("insp.note") }), note)),
    el("div", { class: "row" }, finish, el("button", { type: "button", class: "secondary", onclick: () => { panel.hidden = true; } }, t("pick.close"))));
  panel.hidden = false;
  // The scanner types into the focused field: keep the scan box focused after every answer.
  code.focus();
  if (first) heading.setAttribute("data-opened", "true");
}
