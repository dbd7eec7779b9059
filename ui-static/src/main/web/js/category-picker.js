// A category picker for the fields that take category ids: the category tree from
// /api/categories in a dialog, searchable by Korean or English name or id, so marketing picks
// "전동공구 > 드릴/드라이버" instead of typing "01.01". The field stays a text field (ids can still be
// typed or pasted); the picker fills it, or adds to it when the field takes several ids.
import { api, el, strings, t } from "./core.js";

strings({
  ko: {
    "picker.open": "분류 고르기",
    "picker.title": "분류 고르기",
    "picker.search": "분류 이름이나 ID로 찾기",
    "picker.close": "닫기",
    "picker.none": "맞는 분류가 없습니다.",
  },
  en: {
    "picker.open": "Pick a category",
    "picker.title": "Pick a category",
    "picker.search": "Find a category by name or id",
    "picker.close": "Close",
    "picker.none": "No category matches.",
  },
});

let tree;
const loadTree = async () => (tree ??= await api("/api/categories"));

/** Whether a node or one of its descendants matches the (lower-case) text. */
function matches(node, text) {
  if (!text) return true;
  const own = `${node.id} ${node.name} ${node.nameEn || ""}`.toLowerCase().includes(text);
  return own || (node.children || []).some((c) => matches(c, text));
}

function branch(nodes, text, pick) {
  const shown = nodes.filter((n) => matches(n, text));
  if (!shown.length) return null;
  return el("ul", { role: "group" }, shown.map((n) =>
    el("li", { role: "treeitem", "data-category": n.id },
      el("button", { type: "button", class: "link", onclick: () => pick(n) },
        `${n.name} `, el("span", { class: "hint", text: `${n.id} · ${n.count}` })),
      n.children && n.children.length ? branch(n.children, text, pick) : null)));
}

/**
 * Puts a "pick a category" button after each input; {@code multiple} inputs get the id added to
 * their comma-separated list.
 */
export function attachCategoryPicker(input, { multiple = false } = {}) {
  const dialog = el("dialog", { class: "category-picker", "aria-label": t("picker.title") });
  const search = el("input", { type: "search", "aria-label": t("picker.search"), placeholder: t("picker.search") });
  const body = el("div", { class: "picker-tree", role: "tree" });
  const pick = (node) => {
    if (multiple) {
      const ids = input.value.split(",").map((s) => s.trim()).filter(Boolean);
      if (!ids.includes(node.id)) ids.push(node.id);
      input.value = ids.join(", ");
    } else {
      input.value = node.id;
    }
    input.dispatchEvent(new Event("change", { bubbles: true }));
    dialog.close();
    input.focus();
  };
  const render = async () => {
    const text = search.value.trim().toLowerCase();
    body.replaceChildren(branch(await loadTree(), text, pick) || el("p", { class: "hint", text: t("picker.none") }));
  };
  search.addEventListener("input", render);
  dialog.append(
    el("h2", { text: t("picker.title") }), search, body,
    el("button", { type: "button", onclick: () => dialog.close() }, t("picker.close")));
  const open = el("button", {
    type: "button", class: "picker-open", "data-for": input.id,
    "aria-haspopup": "dialog", onclick: async () => {
      search.value = "";
      await render();
      dialog.showModal();
      search.focus();
    },
  }, t("picker.open"));
  input.after(open, dialog);
}
