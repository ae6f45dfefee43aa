import { describe, expect, it } from "vitest";
import {
  axisAngle,
  bandPath,
  layoutRadar,
  MAX_CHART_WIDTH,
  polarPoint,
  type RadarLayout,
} from "./radar-layout";
import { approximateMeasure } from "./radar-text";

const ML_LIFECYCLE = [
  "Governance and audit requirements",
  "Speed of iteration",
  "Team structure and skills",
  "Operational cost and infrastructure capacity",
];
const SEVEN = [
  "Alpha",
  "A criterion with a long name indeed",
  "Gamma",
  "Delta and epsilon together",
  "Zeta",
  "Eta",
  "Theta is quite long as well",
];

/** The horizontal and vertical extent of every label block, as the layout places it. */
function labelBoxes(layout: RadarLayout) {
  const measure = approximateMeasure(layout.fontSize);
  return layout.labels.map((label) => {
    const width = Math.max(...label.lines.map((line) => measure(line)));
    const left =
      label.anchor === "start"
        ? label.x
        : label.anchor === "end"
          ? label.x - width
          : label.x - width / 2;
    const top = label.y - layout.fontSize;
    const bottom = label.y + (label.lines.length - 1) * layout.lineHeight + layout.fontSize * 0.3;
    return { left, right: left + width, top, bottom };
  });
}

describe("axes", () => {
  it("start at the top and go round clockwise, as recharts draws them", () => {
    expect(axisAngle(0, 4)).toBe(90);
    expect(axisAngle(1, 4)).toBe(0);
    const top = polarPoint(100, 100, 50, axisAngle(0, 4));
    const right = polarPoint(100, 100, 50, axisAngle(1, 4));
    expect(top.x).toBeCloseTo(100);
    expect(top.y).toBeCloseTo(50);
    expect(right.x).toBeCloseTo(150);
    expect(right.y).toBeCloseTo(100);
  });
});

describe("sizing the chart", () => {
  for (const names of [ML_LIFECYCLE, SEVEN]) {
    for (const width of [320, 358, 390, 560, 1200]) {
      it(`fits ${names.length} labels and the grid inside ${width}px`, () => {
        const layout = layoutRadar({
          width,
          names,
          measure: approximateMeasure(width < 420 ? 12 : 13),
        });
        expect(layout.width).toBe(Math.min(width, MAX_CHART_WIDTH));
        expect(layout.labels).toHaveLength(names.length);
        expect(layout.cx - layout.radius).toBeGreaterThanOrEqual(0);
        expect(layout.cx + layout.radius).toBeLessThanOrEqual(layout.width);
        expect(layout.cy - layout.radius).toBeGreaterThanOrEqual(0);
        expect(layout.cy + layout.radius).toBeLessThanOrEqual(layout.height);
        for (const box of labelBoxes(layout)) {
          expect(box.left).toBeGreaterThanOrEqual(0);
          expect(box.right).toBeLessThanOrEqual(layout.width + 0.5);
          expect(box.top).toBeGreaterThanOrEqual(0);
          expect(box.bottom).toBeLessThanOrEqual(layout.height);
        }
      });
    }
  }

  it("gives a phone a usable radius and a desktop a larger one", () => {
    const phone = layoutRadar({ width: 358, names: ML_LIFECYCLE, measure: approximateMeasure(12) });
    const desktop = layoutRadar({
      width: 560,
      names: ML_LIFECYCLE,
      measure: approximateMeasure(13),
    });
    expect(phone.radius).toBeGreaterThanOrEqual(75);
    expect(desktop.radius).toBeGreaterThan(phone.radius);
    expect(desktop.height).toBeLessThan(560);
  });

  it("wraps long side labels onto several lines on a phone", () => {
    const phone = layoutRadar({ width: 358, names: ML_LIFECYCLE, measure: approximateMeasure(12) });
    expect(phone.labels[3]?.lines.length).toBeGreaterThan(1);
    expect(phone.labels[3]?.anchor).toBe("end");
    expect(phone.labels[1]?.anchor).toBe("start");
    expect(phone.labels[0]?.anchor).toBe("middle");
  });
});

describe("the band of the middle half of votes", () => {
  const center = { x: 0, y: 0 };
  const outer = [
    { x: 0, y: -100 },
    { x: 100, y: 0 },
    { x: 0, y: 100 },
    { x: -100, y: 0 },
  ];

  it("runs out along q3 and back along q1 between each pair of neighbouring axes", () => {
    const team = [
      { q1: 4, q3: 5 },
      { q1: 1, q3: 2 },
      { q1: 3, q3: 3 },
      { q1: 0, q3: 5 },
    ];
    const path = bandPath(center, outer, team);
    expect(path.match(/M/g)).toHaveLength(4);
    expect(path.startsWith("M0,-100L40,0L20,0L0,-80Z")).toBe(true);
    // The last piece closes the ring: from the left axis back to the top one.
    expect(path.endsWith("M-100,0L0,-100L0,-80L0,0Z")).toBe(true);
  });

  it("leaves out the pieces next to an axis nobody voted on", () => {
    const team = [
      { q1: 4, q3: 5 },
      { q1: null, q3: null },
      { q1: 3, q3: 3 },
      { q1: 2, q3: 4 },
    ];
    const path = bandPath(center, outer, team);
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path).not.toContain("NaN");
  });

  it("draws nothing for fewer than three axes", () => {
    expect(bandPath(center, outer.slice(0, 2), [])).toBe("");
  });
});
