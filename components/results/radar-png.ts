import { OPTION_STROKE_WIDTH, markerIsFilled, markerPath, type SeriesStyle } from "./radar-style";
import { escapeXml, wrapText, type MeasureText } from "./radar-text";

/**
 * Turning the live chart into a PNG: the chart's svg is wrapped in a larger svg that adds a white
 * background, the title and a legend, that svg is drawn onto a canvas at twice the size, and the
 * canvas is downloaded. CSS does not reach an svg drawn as an image, so everything that matters is
 * an attribute: fills, strokes, font sizes, and the page's font family on the root element.
 */

export type LegendEntry =
  | { kind: "line"; label: string; style: SeriesStyle; strokeWidth?: number }
  | { kind: "band"; label: string; color: string; opacity: number };

const PAD = 16;
const TITLE_SIZE = 16;
const TITLE_LINE = 22;
const LEGEND_SIZE = 13;
const LEGEND_LINE = 18;
const LEGEND_ROW_GAP = 6;
const SWATCH_WIDTH = 36;
const SWATCH_GAP = 8;
const TEXT_COLOR = "#14213d";

export interface ExportSvg {
  svg: string;
  width: number;
  height: number;
}

/** The image's svg: background, title, the chart (`chartSvg`, already serialised) and the legend. */
export function composeExportSvg({
  chartSvg,
  chartWidth,
  chartHeight,
  title,
  legend,
  fontFamily,
  measure,
}: {
  chartSvg: string;
  chartWidth: number;
  chartHeight: number;
  title: string;
  legend: readonly LegendEntry[];
  fontFamily: string;
  /** Measures text at a size and weight, for wrapping the title and legend labels. */
  measure: (fontSize: number, bold: boolean) => MeasureText;
}): ExportSvg {
  const width = Math.round(Math.max(chartWidth, 280) + 2 * PAD);
  const inner = width - 2 * PAD;
  const parts: string[] = [];

  let y = PAD;
  const titleLines = wrapText(title, inner, measure(TITLE_SIZE, true));
  titleLines.forEach((line, i) => {
    parts.push(
      `<text x="${PAD}" y="${y + i * TITLE_LINE + TITLE_SIZE}" font-size="${TITLE_SIZE}" font-weight="700" fill="${TEXT_COLOR}">${escapeXml(line)}</text>`,
    );
  });
  y += titleLines.length * TITLE_LINE + 8;

  const chartX = PAD + Math.round((inner - chartWidth) / 2);
  parts.push(`<g transform="translate(${chartX},${y})">${chartSvg}</g>`);
  y += chartHeight + 12;

  const labelX = PAD + SWATCH_WIDTH + SWATCH_GAP;
  const measureLegend = measure(LEGEND_SIZE, false);
  for (const entry of legend) {
    const lines = wrapText(entry.label, width - PAD - labelX, measureLegend);
    const middle = y + LEGEND_LINE / 2;
    parts.push(swatchMarkup(entry, PAD, middle));
    lines.forEach((line, i) => {
      const baseline = y + i * LEGEND_LINE + LEGEND_LINE / 2 + LEGEND_SIZE * 0.35;
      parts.push(
        `<text x="${labelX}" y="${round(baseline)}" font-size="${LEGEND_SIZE}" fill="${TEXT_COLOR}">${escapeXml(line)}</text>`,
      );
    });
    y += Math.max(1, lines.length) * LEGEND_LINE + LEGEND_ROW_GAP;
  }
  const height = Math.round(y - LEGEND_ROW_GAP + PAD);

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fontFamily)}">` +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>` +
    parts.join("") +
    `</svg>`;
  return { svg, width, height };
}

/** A legend swatch `SWATCH_WIDTH` wide whose left edge is `x` and vertical centre `y`. */
export function swatchMarkup(entry: LegendEntry, x: number, y: number): string {
  if (entry.kind === "band") {
    return `<rect x="${x}" y="${y - 6}" width="${SWATCH_WIDTH}" height="12" rx="2" fill="${entry.color}" fill-opacity="${entry.opacity}"/>`;
  }
  const { color, dash, marker } = entry.style;
  const strokeWidth = entry.strokeWidth ?? OPTION_STROKE_WIDTH;
  const dashAttribute = dash ? ` stroke-dasharray="${dash}"` : "";
  const filled = markerIsFilled(marker);
  return (
    `<line x1="${x}" y1="${y}" x2="${x + SWATCH_WIDTH}" y2="${y}" stroke="${color}" stroke-width="${strokeWidth}"${dashAttribute}/>` +
    `<path d="${markerPath(marker, x + SWATCH_WIDTH / 2, y, 4)}" fill="${filled ? color : "none"}" stroke="${filled ? "#ffffff" : color}" stroke-width="${filled ? 1 : 2}"/>`
  );
}

/**
 * The live chart's svg as markup for `composeExportSvg`: a copy with its size fixed, the page's
 * font family set on it, and the attributes that only make sense on the page removed.
 */
export function serializeChartSvg(
  svg: SVGSVGElement,
  { width, height, fontFamily }: { width: number; height: number; fontFamily: string },
): string {
  // XMLSerializer adds the svg namespace itself; setting xmlns by hand would duplicate it.
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  copy.setAttribute("viewBox", `0 0 ${width} ${height}`);
  copy.setAttribute("font-family", fontFamily);
  for (const attribute of ["class", "style", "tabindex", "role", "aria-hidden", "focusable"]) {
    copy.removeAttribute(attribute);
  }
  return new XMLSerializer().serializeToString(copy);
}

/** Draws an svg onto a canvas `scale` times its size and encodes it as a PNG. */
export async function svgToPngBlob(
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error("The chart could not be drawn as an image."));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser cannot draw on a canvas.");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The image could not be encoded."))),
      "image/png",
    );
  });
}

/** Saves a blob under `fileName` through a temporary `<a download>`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A canvas-backed text measurer, or a character-count estimate when there is no canvas. */
export function canvasMeasure(
  fontFamily: string,
): (fontSize: number, bold: boolean) => MeasureText {
  const context =
    typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  return (fontSize, bold) => {
    if (!context) return (text) => text.length * fontSize * (bold ? 0.62 : 0.58);
    const font = `${bold ? "700 " : ""}${fontSize}px ${fontFamily}`;
    return (text) => {
      context.font = font;
      return context.measureText(text).width;
    };
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
