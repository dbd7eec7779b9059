// Recommendations from purchase history (GET /api/recommendations/...): "bought together" on the
// product and cart pages, "your usual items" for a logged-in customer. Each block is a labelled
// section with a list of products, each with a link to its page and a button to put one in the
// cart. A block that cannot load, or has nothing to show, is left out: recommendations are a
// help, never in the way of the page.
import { api, cart, el, lang, strings, t, won } from "./core.js";

strings({
  ko: {
    "reco.together": "함께 구매한 상품",
    "reco.usual": "자주 사는 상품",
    "reco.add": "담기",
    "reco.addOf": "{name} 장바구니에 담기",
    "reco.added": "{name}을(를) 장바구니에 담았습니다.",
    "reco.reason.USUAL": "자주 주문",
    "reco.reason.BOUGHT_TOGETHER": "함께 주문됨",
    "reco.reason.SIMILAR": "같은 계열",
    "reco.reason.COLLECTION": "기획전",
    "reco.reason.POPULAR": "인기 상품",
  },
  en: {
    "reco.together": "Bought together",
    "reco.usual": "Your usual items",
    "reco.add": "Add",
    "reco.addOf": "Add {name} to the cart",
    "reco.added": "{name} added to the cart.",
    "reco.reason.USUAL": "you order it often",
    "reco.reason.BOUGHT_TOGETHER": "ordered together",
    "reco.reason.SIMILAR": "same range",
    "reco.reason.COLLECTION": "in a collection",
    "reco.reason.POPULAR": "popular",
  },
});

/**
 * A section for the recommendations at path, or null when there are none (or they cannot load).
 * id names the section ("reco-together", "reco-usual"); titleKey its heading; onAdd runs after a
 * product went into the cart (the cart page redraws); codes in exclude are left out (what the cart
 * already holds), and at most max products are shown.
 */
export async function recommendationSection(path, { id, titleKey, onAdd, exclude = new Set(), max = 8 } = {}) {
  let answer;
  try {
    answer = await api(path);
  } catch {
    return null;
  }
  const shown = ((answer && answer.items) || []).filter((item) => !exclude.has(item.code)).slice(0, max);
  if (!shown.length) return null;
  const status = el("p", { class: "success", role: "status", hidden: true });
  const items = shown.map((item) => {
    const name = lang === "en" && item.nameEn ? item.nameEn : item.nameKo;
    const href = `/product.html?code=${encodeURIComponent(item.code)}`;
    return el("li", { class: "reco-item", "data-code": item.code, "data-reason": item.reason },
      item.thumbnailUrl
        ? el("img", { src: item.thumbnailUrl, alt: "", loading: "lazy", width: "64", height: "64", onerror: (e) => e.currentTarget.remove() })
        : el("span", { class: "reco-thumb", "aria-hidden": "true" }),
      el("span", { class: "reco-text" },
        el("a", { href, text: name }),
        el("span", { class: "hint code", text: item.code }),
        el("span", { class: "price", text: won(item.listPrice) }),
        el("span", { class: "hint", text: t(`reco.reason.${item.reason}`) })),
      el("button", {
        type: "button", class: "secondary reco-add", "aria-label": t("reco.addOf", { name }),
        onclick: () => {
          cart.add({ code: item.code, name, price: item.listPrice }, 1);
          status.textContent = t("reco.added", { name });
          status.hidden = false;
          if (onAdd) onAdd(item);
        },
      }, t("reco.add")));
  });
  return el("section", { id, class: "reco", "aria-labelledby": `${id}-h` },
    el("h2", { id: `${id}-h`, text: t(titleKey) }),
    el("ul", { class: "reco-list" }, items),
    status);
}
