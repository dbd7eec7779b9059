// Outbound on the warehouse board (issue 17): per order card, a panel for the step it is at:
// packing (pack units into a box, print each package's label), classification (the delivery
// rule's proposal, with an override), loading (scan package numbers onto a vehicle, loaded vs
// expected) and tracking (time, place and text of an event on the route). Each panel loads its
// data when opened, so a board of a hundred orders asks for nothing until the warehouse looks.
// On the customer's order page: the timeline of moves and tracking events.
import { api, el, show, strings, t, when } from "./core.js";

strings({
  ko: {
    "ob.packing": "포장 ({packed}/{toShip}개)",
    "ob.classify": "배송 분류",
    "ob.loading": "상차",
    "ob.tracking": "배송 추적 입력",
    "ob.line": "{lineNo}. {code} {name}: 출고 {toShip} · 포장 {packed}",
    "ob.units": "{lineNo}번 품목 수량",
    "ob.box": "상자",
    "ob.boxCustom": "직접 입력 (mm)",
    "ob.size": "가로×세로×높이 mm",
    "ob.weight": "실측 무게 (kg, 선택)",
    "ob.pack": "포장하기",
    "ob.package": "{number} ({index}/{of}) · 계산 {computed} kg{measured} · {size}",
    "ob.measured": " · 실측 {kg} kg",
    "ob.label": "라벨 인쇄",
    "ob.remove": "삭제",
    "ob.complete": "모든 출고 수량이 포장되었습니다.",
    "ob.incomplete": "포장되지 않은 수량이 있습니다.",
    "ob.postal": "우편번호 {code}",
    "ob.noPostal": "우편번호 없음",
    "ob.proposal": "규칙 {prefix}: {region} · {partner}",
    "ob.noRule": "해당 규칙 없음: 권역과 배송사를 입력하세요.",
    "ob.override": "다르게 지정해 분류",
    "ob.vehicle": "차량",
    "ob.scan": "포장 번호 스캔",
    "ob.scanButton": "상차",
    "ob.loaded": "상차 {loaded}/{expected}",
    "ob.onVehicle": "{number}: {vehicle}",
    "ob.notLoaded": "{number}: 미상차",
    "ob.vehicleLoad": "{plate} {kind} · {partner} · {load}/{capacity} kg",
    "ob.place": "장소",
    "ob.text": "내용",
    "ob.record": "기록",
    "ob.recorded": "주문 {id}: 추적 기록됨",
    "ob.timeline": "배송 조회",
    "ob.tracked": "{place}: {text}",
  },
  en: {
    "ob.packing": "Packing ({packed}/{toShip} units)",
    "ob.classify": "Delivery classification",
    "ob.loading": "Loading",
    "ob.tracking": "Tracking entry",
    "ob.line": "{lineNo}. {code} {name}: ship {toShip} · packed {packed}",
    "ob.units": "Units of line {lineNo}",
    "ob.box": "Box",
    "ob.boxCustom": "Custom (mm)",
    "ob.size": "L×W×H mm",
    "ob.weight": "Measured weight (kg, optional)",
    "ob.pack": "Pack",
    "ob.package": "{number} ({index}/{of}) · computed {computed} kg{measured} · {size}",
    "ob.measured": " · measured {kg} kg",
    "ob.label": "Print label",
    "ob.remove": "Remove",
    "ob.complete": "Every unit to ship is packed.",
    "ob.incomplete": "Some units are not packed yet.",
    "ob.postal": "Postal code {code}",
    "ob.noPostal": "No postal code",
    "ob.proposal": "Rule {prefix}: {region} · {partner}",
    "ob.noRule": "No rule covers it: give region and partner.",
    "ob.override": "Classify with these",
    "ob.vehicle": "Vehicle",
    "ob.scan": "Scan package number",
    "ob.scanButton": "Load",
    "ob.loaded": "Loaded {loaded}/{expected}",
    "ob.onVehicle": "{number}: {vehicle}",
    "ob.notLoaded": "{number}: not loaded",
    "ob.vehicleLoad": "{plate} {kind} · {partner} · {load}/{capacity} kg",
    "ob.place": "Place",
    "ob.text": "Text",
    "ob.record": "Record",
    "ob.recorded": "Order {id}: tracking recorded",
    "ob.timeline": "Tracking",
    "ob.tracked": "{place}: {text}",
  },
});

const BOXES = ["BOX1", "BOX2", "BOX3", "BOX4", "BOX5", "BOX6"];
const boxLabel = (b) => `${b.slice(3)}${t("ob.box") === "Box" ? "" : "호"}`;

/**
 * The outbound panel of a board card, or "" when the order's step has none.
 *
 * @param order the order summary of the board
 * @param moved called with the order's new status after the panel moved it
 * @param error the board's error line
 */
export function outboundPanel(order, moved, error) {
  const kinds = {
    PACKING: ["ob.packing", packingBody],
    DELIVERY_CLASSIFIED: ["ob.loading", loadingBody],
    LOADED: ["ob.tracking", trackingBody],
    IN_TRANSIT: ["ob.tracking", trackingBody],
  };
  const panels = [];
  if (kinds[order.status]) panels.push(kinds[order.status]);
  if (order.status === "PACKING" && order.fulfilment === "DELIVERY") panels.push(["ob.classify", classifyBody]);
  return panels.map(([key, body]) => {
    const content = el("div", { class: "outbound-body" });
    const details = el("details", { class: "outbound", "data-panel": key },
      el("summary", { text: t(key, { packed: "…", toShip: "…" }) }), content);
    const refresh = async () => {
      show(error, "");
      try {
        content.replaceChildren(...[await body(order, refresh, moved, error, details)].flat());
      } catch (e) {
        show(error, e.message);
      }
    };
    details.addEventListener("toggle", () => { if (details.open) refresh(); });
    return details;
  });
}

async function packingBody(order, refresh, moved, error, details) {
  const p = await api(`/api/orders/${order.id}/packages`);
  const packed = p.lines.reduce((n, l) => n + l.packed, 0);
  const toShip = p.lines.reduce((n, l) => n + l.toShip, 0);
  details.querySelector("summary").textContent = t("ob.packing", { packed, toShip });
  const left = p.lines.filter((l) => l.packed < l.toShip);
  const form = el("form", { class: "pack-form" },
    left.map((l) => el("label", {},
      el("span", { class: "hint", text: t("ob.units", { lineNo: l.lineNo }) }),
      el("input", { name: `line-${l.lineNo}`, type: "number", min: "0", max: String(l.toShip - l.packed), value: String(l.toShip - l.packed), "data-line": String(l.lineNo) }))),
    el("label", {}, el("span", { class: "hint", text: t("ob.box") }),
      el("select", { name: "box" }, BOXES.map((b) => el("option", { value: b, text: boxLabel(b) })), el("option", { value: "", text: t("ob.boxCustom") }))),
    el("label", {}, el("span", { class: "hint", text: t("ob.size") }), el("input", { name: "size", placeholder: "300x200x150", autocomplete: "off" })),
    el("label", {}, el("span", { class: "hint", text: t("ob.weight") }), el("input", { name: "weight", type: "number", step: "0.001", min: "0" })),
    el("button", { type: "submit", text: t("ob.pack") }));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const lines = [...form.querySelectorAll("input[data-line]")]
      .map((i) => ({ lineNo: Number(i.dataset.line), quantity: Number(i.value) }))
      .filter((u) => u.quantity > 0);
    const body = { lines };
    if (form.elements.box.value) body.boxSize = form.elements.box.value;
    else {
      const [lengthMm, widthMm, heightMm] = form.elements.size.value.split(/[x×* ]+/).map(Number);
      Object.assign(body, { lengthMm, widthMm, heightMm });
    }
    if (form.elements.weight.value) body.measuredWeightKg = Number(form.elements.weight.value);
    try {
      await api(`/api/orders/${order.id}/packages`, { method: "POST", body });
      refresh();
    } catch (err) {
      show(error, err.message);
    }
  });
  return [
    el("ul", { class: "hint" }, p.lines.map((l) => el("li", { text: t("ob.line", l) }))),
    el("ul", { class: "packages" }, p.packages.map((k) => el("li", { "data-package": k.number },
      t("ob.package", {
        number: k.number, index: k.index, of: k.of, computed: k.computedWeightKg,
        measured: k.measuredWeightKg ? t("ob.measured", { kg: k.measuredWeightKg }) : "",
        size: `${k.lengthMm}×${k.widthMm}×${k.heightMm}`,
      }), " ",
      el("a", { href: `/api/orders/${order.id}/packages/${encodeURIComponent(k.number)}/label.pdf`, target: "_blank", rel: "noopener", text: t("ob.label") }), " ",
      el("button", { type: "button", class: "secondary", text: t("ob.remove"), onclick: async () => {
        try {
          await api(`/api/orders/${order.id}/packages/${encodeURIComponent(k.number)}`, { method: "DELETE" });
          refresh();
        } catch (err) {
          show(error, err.message);
        }
      } })))),
    el("p", { class: p.complete ? "hint" : "error", text: t(p.complete ? "ob.complete" : "ob.incomplete") }),
    left.length ? form : "",
  ];
}

async function classifyBody(order, refresh, moved, error) {
  const c = await api(`/api/orders/${order.id}/delivery-classification`);
  const form = el("form", {},
    el("label", {}, el("span", { class: "hint", text: t("board.region") }), el("input", { name: "region", maxlength: "64", value: c.proposal?.region || "" })),
    el("label", {}, el("span", { class: "hint", text: t("board.partner") }), el("input", { name: "partner", maxlength: "64", value: c.proposal?.partner || "" })),
    el("button", { type: "submit", text: t("ob.override") }));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      const o = await api(`/api/orders/${order.id}/transitions`, { method: "POST", body: {
        to: "DELIVERY_CLASSIFIED", region: form.elements.region.value.trim(), partner: form.elements.partner.value.trim(),
      } });
      moved(o.status);
    } catch (err) {
      show(error, err.message);
    }
  });
  return [
    el("p", { class: "hint", text: c.postalCode ? t("ob.postal", { code: c.postalCode }) : t("ob.noPostal") }),
    el("p", { class: "proposal", text: c.proposal ? t("ob.proposal", c.proposal) : t("ob.noRule") }),
    form,
  ];
}

async function loadingBody(order, refresh, moved, error, details) {
  const [l, vehicles] = await Promise.all([api(`/api/orders/${order.id}/loading`), api("/api/vehicles")]);
  details.querySelector("summary").textContent = `${t("ob.loading")} · ${t("ob.loaded", l)}`;
  const form = el("form", { class: "scan-form" },
    el("label", {}, el("span", { class: "hint", text: t("ob.vehicle") }),
      el("select", { name: "vehicle" }, vehicles.map((v) => el("option", { value: v.plate, text: t("ob.vehicleLoad", {
        plate: v.plate, kind: v.kind, partner: v.partner, load: v.loadKg, capacity: v.capacityKg,
      }) })))),
    el("label", {}, el("span", { class: "hint", text: t("ob.scan") }), el("input", { name: "package", autocomplete: "off", placeholder: `${order.id}-01` })),
    el("button", { type: "submit", text: t("ob.scanButton") }));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      await api(`/api/orders/${order.id}/loading/scans`, { method: "POST", body: {
        vehicle: form.elements.vehicle.value, package: form.elements.package.value.trim(),
      } });
      await refresh();
      details.querySelector("input[name=package]")?.focus();
    } catch (err) {
      show(error, err.message);
      form.elements.package.select();
    }
  });
  return [
    el("p", { class: "loaded-count", text: t("ob.loaded", l) }),
    el("ul", {}, l.packages.map((k) => el("li", { "data-package": k.number, text: k.vehicle
      ? t("ob.onVehicle", { number: k.number, vehicle: k.vehicle }) : t("ob.notLoaded", k) }))),
    form,
  ];
}

async function trackingBody(order, refresh, moved, error) {
  const form = el("form", {},
    el("label", {}, el("span", { class: "hint", text: t("ob.place") }), el("input", { name: "place", required: true, maxlength: "100" })),
    el("label", {}, el("span", { class: "hint", text: t("ob.text") }), el("input", { name: "text", required: true, maxlength: "300" })),
    el("button", { type: "submit", text: t("ob.record") }));
  const list = el("ol", { class: "timeline" });
  const fill = (entries) => list.replaceChildren(...entries.filter((e) => e.kind === "TRACKING").map(entry));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      fill(await api(`/api/orders/${order.id}/tracking-events`, { method: "POST", body: {
        place: form.elements.place.value.trim(), text: form.elements.text.value.trim(),
      } }));
      form.reset();
      document.getElementById("notice").textContent = t("ob.recorded", { id: order.id });
    } catch (err) {
      show(error, err.message);
    }
  });
  fill(await api(`/api/orders/${order.id}/timeline`));
  return [list, form];
}

function entry(e) {
  return e.kind === "TRACKING"
    ? el("li", { class: "tracking", "data-kind": "TRACKING" },
      el("strong", { text: t("ob.tracked", { place: e.place, text: e.text }) }), " ",
      el("time", { datetime: e.at, text: when(e.at) }),
      e.vehicle ? el("div", { class: "hint", text: e.vehicle }) : "")
    : el("li", { "data-status": e.to, "data-kind": "MOVE" },
      el("strong", { text: t(`status.${e.to}`) }), " ",
      el("time", { datetime: e.at, text: when(e.at) }),
      e.text ? el("div", { text: e.text }) : "");
}

/**
 * Replaces the order page's timeline with moves and tracking events in time order. The moves keep
 * who took them (from the order's own timeline, in the same order).
 */
export async function trackingTimeline(order, list) {
  const entries = await api(`/api/orders/${order.id}/timeline`);
  let move = 0;
  list.replaceChildren(...entries.map((e) => {
    const li = entry(e);
    if (e.kind === "MOVE") {
      const own = order.timeline[move++];
      if (own?.by) li.append(el("div", { class: "hint", text: t("orders.by", { name: own.by.name, role: t(`role.${own.by.role}`) }) }));
    }
    return li;
  }));
}
