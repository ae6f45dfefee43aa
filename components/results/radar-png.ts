import { COLORS } from "./radar-style";

const SCALE = 2;
const PAD = 16;
const TITLE_SIZE = 16;
const KEY_SIZE = 13;
const KEY_LINE = 22;
const SWATCH = { width: 36, height: 14, gap: 8 };

/** One entry of the chart's key as the page shows it: its swatch (once drawn) and its label. */
export interface KeyEntry {
  swatch: SVGSVGElement | null;
  label: string;
}

/**
 * The chart on the screen as a PNG at twice its size: its title above, the live `<svg>` recharts
 * drew, and under it the key, each swatch being the one on the page. The svgs are serialised as
 * they are and drawn through images onto a canvas; the text around them is canvas text.
 */
export async function chartToPng(
  chart: SVGSVGElement,
  title: string,
  key: readonly KeyEntry[],
): Promise<Blob> {
  const fontFamily = getComputedStyle(chart).fontFamily;
  const width = chart.width.baseVal.value;
  const height = chart.height.baseVal.value;
  const [picture, ...swatches] = await Promise.all(
    [chart, ...key.map((entry) => entry.swatch)].map((svg) => svg && svgImage(svg, fontFamily)),
  );
  const imageWidth = Math.max(width, 320) + 2 * PAD;
  const chartTop = PAD + TITLE_SIZE + 16;
  const keyTop = chartTop + height + 12;
  const imageHeight = keyTop + key.length * KEY_LINE + PAD;

  const canvas = document.createElement("canvas");
  canvas.width = imageWidth * SCALE;
  canvas.height = imageHeight * SCALE;
  const context = canvas.getContext("2d");
  if (!context || !picture) throw new Error("This browser cannot draw the chart on a canvas.");
  context.scale(SCALE, SCALE);
  context.fillStyle = COLORS.background;
  context.fillRect(0, 0, imageWidth, imageHeight);
  context.fillStyle = COLORS.text;
  context.textBaseline = "middle";
  // fillText's last argument squeezes a text too long for the image rather than cutting it.
  context.font = `700 ${TITLE_SIZE}px ${fontFamily}`;
  context.fillText(title, PAD, PAD + TITLE_SIZE / 2, imageWidth - 2 * PAD);
  context.drawImage(picture, (imageWidth - width) / 2, chartTop, width, height);
  context.font = `${KEY_SIZE}px ${fontFamily}`;
  const labelX = PAD + SWATCH.width + SWATCH.gap;
  key.forEach((entry, i) => {
    const middle = keyTop + i * KEY_LINE + KEY_LINE / 2;
    const swatch = swatches[i];
    if (swatch) context.drawImage(swatch, PAD, middle - SWATCH.height / 2);
    context.fillText(entry.label, labelX, middle, imageWidth - PAD - labelX);
  });
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The image could not be encoded."))),
      "image/png",
    );
  });
}

/**
 * An svg of the page as an image. CSS does not reach an svg drawn as an image, so the chart sets
 * its colours as attributes; only the page's font has to be named on the copy.
 */
function svgImage(svg: SVGSVGElement, fontFamily: string): Promise<HTMLImageElement> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute("class");
  copy.removeAttribute("style");
  copy.setAttribute("font-family", fontFamily);
  const markup = new XMLSerializer().serializeToString(copy);
  const image = new Image();
  return new Promise((resolve, reject) => {
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error("The chart could not be drawn as an image."));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  });
}

/** Saves a blob under `fileName` through a temporary `<a download>`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
