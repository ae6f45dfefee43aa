import { describe, expect, it } from "vitest";
import { composeExportSvg, swatchMarkup } from "./radar-png";
import { TEAM_STYLE, markerPath, optionStyle } from "./radar-style";
import { approximateMeasure } from "./radar-text";

describe("the image's svg", () => {
  const image = composeExportSvg({
    chartSvg: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="380"><g/></svg>',
    chartWidth: 400,
    chartHeight: 380,
    title: "Team profile & each workflow",
    legend: [
      { kind: "line", label: "Team median", style: TEAM_STYLE, strokeWidth: 3 },
      { kind: "band", label: "Middle half", color: "#64748b", opacity: 0.28 },
      { kind: "line", label: "Linear <Handoff> (recommended)", style: optionStyle(0) },
    ],
    fontFamily: 'ui-sans-serif, "Segoe UI", sans-serif',
    measure: (size) => approximateMeasure(size),
  });

  it("is sized around the chart, the title and one legend row per entry", () => {
    expect(image.width).toBe(432);
    expect(image.height).toBeGreaterThan(380 + 3 * 18);
    expect(image.svg).toContain(`width="${image.width}" height="${image.height}"`);
    expect(image.svg).toContain(`viewBox="0 0 ${image.width} ${image.height}"`);
  });

  it("has a white background, the font as an attribute, and escaped text", () => {
    expect(image.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(image.svg).toContain('fill="#ffffff"');
    expect(image.svg).toContain('font-family="ui-sans-serif, &quot;Segoe UI&quot;, sans-serif"');
    expect(image.svg).toContain("Team profile &amp; each workflow");
    expect(image.svg).toContain("Linear &lt;Handoff&gt; (recommended)");
    expect(image.svg).toContain("<g/></svg></g>");
    expect(image.svg.endsWith("</svg>")).toBe(true);
  });

  it("draws each option's swatch with its dash and marker", () => {
    const style = optionStyle(2);
    const swatch = swatchMarkup({ kind: "line", label: "x", style }, 0, 10);
    expect(swatch).toContain(`stroke-dasharray="${style.dash}"`);
    expect(swatch).toContain(`stroke="${style.color}"`);
    expect(swatch).toContain(markerPath(style.marker, 18, 10, 4));
  });

  it("wraps a long title rather than letting it run off the image", () => {
    const narrow = composeExportSvg({
      chartSvg: "<svg/>",
      chartWidth: 280,
      chartHeight: 280,
      title: "A very long title that cannot possibly fit on one line of a narrow image",
      legend: [],
      fontFamily: "sans-serif",
      measure: (size) => approximateMeasure(size),
    });
    expect(narrow.svg.match(/font-weight="700"/g)?.length).toBeGreaterThan(1);
  });
});

describe("series styles", () => {
  it("tells the first five options apart by colour, dash and marker alike", () => {
    const styles = [0, 1, 2, 3, 4].map(optionStyle);
    for (const key of ["color", "dash", "marker"] as const) {
      expect(new Set(styles.map((style) => style[key])).size).toBe(5);
    }
    expect(styles.map((style) => style.color)).not.toContain(TEAM_STYLE.color);
  });

  it("draws every marker as finite path data", () => {
    for (const kind of [
      "circle",
      "square",
      "diamond",
      "triangle",
      "triangleDown",
      "cross",
    ] as const) {
      const d = markerPath(kind, 10, 20, 4);
      expect(d).toMatch(/^M/);
      expect(d).not.toMatch(/NaN|Infinity/);
    }
  });
});
