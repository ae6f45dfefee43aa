import { describe, expect, it } from "vitest";
import { StreamSlots } from "./stream-slots";

describe("StreamSlots", () => {
  it("holds a viewer to its cap and gives a slot back when a stream ends", () => {
    const slots = new StreamSlots({ perViewer: 2, perWorkshop: 100 });
    const first = slots.take("w1", { key: "participant:a" });
    const second = slots.take("w1", { key: "participant:a" });
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(slots.take("w1", { key: "participant:a" })).toBeNull();
    // Someone else in the same workshop, and the same credential in another, are not held back.
    expect(slots.take("w1", { key: "participant:b" })).not.toBeNull();
    expect(slots.take("w2", { key: "participant:a" })).not.toBeNull();

    first!();
    // Releasing twice (abort and cancel both fire) frees one slot only.
    first!();
    expect(slots.heldBy("w1", "participant:a")).toBe(1);
    expect(slots.take("w1", { key: "participant:a" })).not.toBeNull();
    expect(slots.take("w1", { key: "participant:a" })).toBeNull();
  });

  it("keeps the facilitator's stream when guests have filled the workshop's", () => {
    const slots = new StreamSlots({ perViewer: 4, perWorkshop: 8 });
    for (const guest of ["a", "b"]) {
      for (let i = 0; i < 4; i++)
        expect(slots.take("w1", { key: `participant:${guest}` })).not.toBeNull();
    }
    expect(slots.take("w1", { key: "participant:c" })).toBeNull();
    expect(slots.take("w1", { key: "facilitator:f", beyondWorkshopCap: true })).not.toBeNull();
  });

  it("lets a viewer with its own limit hold more", () => {
    const slots = new StreamSlots({ perViewer: 1, perWorkshop: 100 });
    const taken = Array.from({ length: 5 }, () => slots.take("w1", { key: "share:s", limit: 5 }));
    expect(taken.every((release) => release !== null)).toBe(true);
    expect(slots.take("w1", { key: "share:s", limit: 5 })).toBeNull();
  });

  it("holds a workshop to its cap across viewers, and frees it as streams end", () => {
    const slots = new StreamSlots({ perViewer: 2, perWorkshop: 600 });
    const releases = Array.from({ length: 300 }, (_, index) => [
      slots.take("w1", { key: `participant:${index}` }),
      slots.take("w1", { key: `participant:${index}` }),
    ]).flat();
    expect(releases.every((release) => release !== null)).toBe(true);
    expect(slots.heldIn("w1")).toBe(600);
    expect(slots.take("w1", { key: "facilitator:f" })).toBeNull();
    expect(slots.take("w2", { key: "facilitator:f" })).not.toBeNull();

    for (const release of releases) release!();
    expect(slots.heldIn("w1")).toBe(0);
    expect(slots.heldBy("w1", "participant:0")).toBe(0);
    expect(slots.take("w1", { key: "facilitator:f" })).not.toBeNull();
  });
});
