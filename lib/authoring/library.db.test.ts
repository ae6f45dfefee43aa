// Frameworks people write, against a real PostgreSQL: versions that are added and never
// changed, a workshop that keeps the version it started with through edits, re-runs and
// deletion, sharing by a link that ends, and an author who is the only one who can see, change,
// share, delete or run their framework.
import { beforeAll, describe, expect, it } from "vitest";
import { frameworkGrantFor } from "@/lib/access/gate";
import { prisma } from "@/lib/db/prisma";
import { testDatabase } from "@/lib/db/test-database";
import { asWritten, buildOrBuy, mlLifecycle } from "@/lib/frameworks";
import type { Framework } from "@/lib/scoring";
import { createWorkshop, rerunWorkshop, revealRound } from "@/lib/workshops/mutations";
import { asFacilitator, refusal, workshopInput } from "@/lib/workshops/test-fixtures";
import {
  createFramework,
  deleteFramework,
  findSharedFramework,
  frameworkToRun,
  listOwnFrameworks,
  loadOwnFramework,
  saveFramework,
  shareFramework,
  stopSharingFramework,
} from "./library";

testDatabase();

/** A framework of one's own: the template under an id that is not a built-in one's. */
const ours: Framework = {
  ...asWritten(buildOrBuy),
  id: "build-or-buy-ours",
  name: "Build, buy or adopt",
};

let author: string;
let other: string;

beforeAll(async () => {
  const made = await Promise.all(
    ["author@example.test", "other@example.test"].map((email) =>
      prisma().user.create({ data: { email }, select: { id: true } }),
    ),
  );
  [author, other] = made.map((user) => user.id) as [string, string];
});

async function written(definition: unknown = ours): Promise<string> {
  const { frameworkId } = await createFramework(
    await frameworkGrantFor("framework.create", author),
    definition,
  );
  return frameworkId;
}

async function frozenFramework(workshopId: string) {
  return prisma().workshop.findUniqueOrThrow({
    where: { id: workshopId },
    select: { framework: true, frameworkId: true, frameworkVersionId: true },
  });
}

describe("writing a framework", () => {
  it("keeps the file format's fields only, and names every problem at its field", async () => {
    const frameworkId = await written({
      $schema: "https://example.test/s.json",
      ...ours,
      extra: 1,
    });
    const loaded = await loadOwnFramework(
      await frameworkGrantFor("framework.view", author, frameworkId),
    );
    expect(loaded.definition).toEqual(JSON.parse(JSON.stringify(ours)));
    expect(loaded.version).toBe(1);

    const grant = await frameworkGrantFor("framework.create", author);
    const broken = structuredClone(ours) as unknown as Record<string, unknown> & {
      criteria: Record<string, unknown>[];
      options: Record<string, unknown>[];
    };
    broken.question = "";
    broken.criteria[0]!.kind = "wish";
    broken.options[1]!.name = "x".repeat(81);
    const refused = await refusal(createFramework(grant, broken));
    expect(refused.code).toBe("invalid-input");
    expect(refused.fields).toEqual({
      "definition.question": "required",
      "definition.criteria.0.kind": "invalid-choice",
      "definition.options.1.name": "too-long",
    });
  });

  it("refuses a built-in framework's id, which the scoring contract's revisions key on", async () => {
    const refused = await refusal(
      createFramework(await frameworkGrantFor("framework.create", author), mlLifecycle),
    );
    expect(refused.fields).toEqual({ "definition.id": "reserved-id" });
  });

  it("adds a version per change, none for an unchanged save, and refuses a stale one", async () => {
    const frameworkId = await written();
    const grant = await frameworkGrantFor("framework.edit", author, frameworkId);
    expect(await saveFramework(grant, ours, 1)).toEqual({ version: 1, saved: false });
    const renamed = { ...ours, name: "Build or buy, 2027" };
    expect(await saveFramework(grant, renamed, 1)).toEqual({ version: 2, saved: true });
    // Another tab still holds version 1: its save would drop version 2.
    const stale = await refusal(saveFramework(grant, { ...ours, name: "Older tab" }, 1));
    expect(stale.code).toBe("framework-changed");
    const loaded = await loadOwnFramework(
      await frameworkGrantFor("framework.view", author, frameworkId),
    );
    expect(loaded.definition.name).toBe("Build or buy, 2027");
    expect(loaded.versions.map((v) => v.version)).toEqual([2, 1]);
  });
});

describe("a workshop on a framework of one's own", () => {
  it("keeps the version it started with through edits, re-runs and deletion", async () => {
    const frameworkId = await written();
    const run = await frameworkToRun(await frameworkGrantFor("framework.use", author, frameworkId));
    const first = await createWorkshop(
      { ...workshopInput, frameworkId },
      { ownerUserId: author, ownFramework: run },
    );
    const edited: Framework = {
      ...ours,
      options: ours.options.map((option, index) =>
        index === 0 ? { ...option, name: "Write it ourselves" } : option,
      ),
    };
    await saveFramework(await frameworkGrantFor("framework.edit", author, frameworkId), edited, 1);
    const before = await frozenFramework(first.workshopId);
    expect(before.framework).toEqual(JSON.parse(JSON.stringify(ours)));
    expect(before.frameworkId).toBe(ours.id);
    expect(before.frameworkVersionId).toBe(run.versionId);

    // A re-run asks the same question again: it keeps the run's copy, not the newest edit.
    const started = { workshopId: first.workshopId, facilitatorToken: first.facilitatorToken };
    await revealRound(await asFacilitator(started, "round.reveal"));
    const again = await rerunWorkshop(await asFacilitator(started, "workshop.rerun"), {});
    expect(await frozenFramework(again.workshopId)).toEqual(before);

    const list = await listOwnFrameworks(await frameworkGrantFor("frameworks.list-own", author));
    expect(list.find((f) => f.id === frameworkId)).toMatchObject({ version: 2, workshops: 2 });

    await deleteFramework(await frameworkGrantFor("framework.delete", author, frameworkId));
    const after = await frozenFramework(first.workshopId);
    expect(after).toEqual({ ...before, frameworkVersionId: null });
  });
});

describe("who may do what", () => {
  it("lets only the author see, change, share, delete or run a framework", async () => {
    const frameworkId = await written();
    for (const action of [
      "framework.view",
      "framework.edit",
      "framework.share",
      "framework.delete",
      "framework.use",
    ] as const) {
      expect((await refusal(frameworkGrantFor(action, other, frameworkId))).code).toBe("not-found");
      expect((await refusal(frameworkGrantFor(action, undefined, frameworkId))).code).toBe(
        "forbidden",
      );
      // A framework that does not exist answers the same as someone else's.
      expect(
        (await refusal(frameworkGrantFor(action, other, "8d1c5f0e-0000-4000-8000-000000000000")))
          .code,
      ).toBe("not-found");
      expect((await refusal(frameworkGrantFor(action, other, "not-an-id"))).code).toBe("not-found");
    }
    const list = await listOwnFrameworks(await frameworkGrantFor("frameworks.list-own", other));
    expect(list.map((f) => f.id)).not.toContain(frameworkId);
    await expect(frameworkGrantFor("framework.create", undefined)).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("shares by a link that shows the newest version and ends when sharing stops", async () => {
    const frameworkId = await written();
    const share = await frameworkGrantFor("framework.share", author, frameworkId);
    const first = await shareFramework(share);
    expect(await findSharedFramework(first)).toMatchObject({ frameworkId, version: 1 });
    expect(
      (await loadOwnFramework(await frameworkGrantFor("framework.view", author, frameworkId)))
        .shareToken,
    ).toBe(first);

    // Sharing again replaces the link; stopping ends it.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await shareFramework(share);
    expect(second).not.toBe(first);
    expect(await findSharedFramework(first)).toBeNull();
    const copy = await createFramework(
      await frameworkGrantFor("framework.create", other),
      (await findSharedFramework(second))!.definition,
    );
    await stopSharingFramework(share);
    expect(await findSharedFramework(second)).toBeNull();
    expect(await findSharedFramework("x".repeat(43))).toBeNull();
    expect(await findSharedFramework("short")).toBeNull();

    // The copy is the other account's own, and changing it leaves the original alone.
    await saveFramework(
      await frameworkGrantFor("framework.edit", other, copy.frameworkId),
      { ...ours, name: "Their copy" },
      1,
    );
    expect(
      (await loadOwnFramework(await frameworkGrantFor("framework.view", author, frameworkId)))
        .definition.name,
    ).toBe(ours.name);
  });
});
