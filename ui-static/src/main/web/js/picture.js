// Product pictures: the API's srcset-ready sizes in an <img> whose box is reserved by its
// width/height (no layout shift), and a drawn stand-in wherever a picture is missing or fails to
// load, so no page ever shows a broken-image box.

import { el } from "./core.js";

const SVG = "http://www.w3.org/2000/svg";

/**
 * A drawn stand-in for a missing picture: a neutral carton, the same on every page (never a
 * letter in a box, never the browser's broken-image icon). Sized by CSS like the picture it
 * replaces.
 */
export function noPicture(className = "no-picture") {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 120 90");
  svg.setAttribute("class", className);
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const shapes = [
    ["path", { d: "M30 34 L60 22 L90 34 L60 46 Z", fill: "#e4d2b0" }],
    ["path", { d: "M30 34 L60 46 L60 76 L30 64 Z", fill: "#d2b98c" }],
    ["path", { d: "M60 46 L90 34 L90 64 L60 76 Z", fill: "#c2a673" }],
    ["path", { d: "M45 28 L75 40 L75 47 L45 35 Z", fill: "#f1e6cf" }],
    ["path", { d: "M30 34 L60 22 L90 34 L60 46 Z M30 34 L30 64 L60 76 L90 64 L90 34 M60 46 L60 76",
      fill: "none", stroke: "#8a7350", "stroke-width": "1.5", "stroke-linejoin": "round" }],
  ];
  for (const [tag, attrs] of shapes) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    svg.append(node);
  }
  return svg;
}

/**
 * An <img> for a picture of the API ({src, srcset, width, height}), or the drawn stand-in when
 * there is none. `sizes` tells the browser how wide the picture is shown, so it fetches the
 * smallest file that fills it; a file that fails to load is replaced by the stand-in.
 */
export function pictureImg(picture, { sizes, alt = "", className, lazy = true, fallbackClass } = {}) {
  if (!picture) return noPicture(fallbackClass || className || "no-picture");
  const img = el("img", {
    src: picture.src,
    srcset: picture.srcset,
    sizes,
    width: String(picture.width),
    height: String(picture.height),
    alt,
    class: className,
    loading: lazy ? "lazy" : "eager",
    decoding: "async",
    fetchpriority: lazy ? null : "high",
  });
  img.addEventListener("error", () => img.replaceWith(noPicture(fallbackClass || className || "no-picture")), { once: true });
  return img;
}
