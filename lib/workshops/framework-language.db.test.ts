// A workshop's frozen framework speaks the reader's language where it carries a translation:
// the same workshop, read in English and in German, against a real PostgreSQL.
import { describe, expect, it } from "vitest";
import { frameworkGrantFor } from "@/lib/access/gate";
import { createFramework, frameworkToRun } from "@/lib/authoring/library";
import { prisma } from "@/lib/db/prisma";
import { testDatabase } from "@/lib/db/test-database";
import { parseWorkshopId } from "@/lib/ids";
import { buildOrBuy, localiseFramework, mlLifecycle } from "@/lib/frameworks";
import { loadResults } from "@/lib/results/data";
import { buildResultsView } from "@/lib/results/view-model";
import type { Framework } from "@/lib/scoring";
import { loadDecision, recordDecision } from "@/lib/decisions/record";
import { getBallotView, getFacilitatorView } from "./data";
import { createWorkshop, joinWorkshop, revealRound, saveVote } from "./mutations";
import { asFacilitator, asGuest, startWorkshop, workshopInput } from "./test-fixtures";

testDatabase();

describe("a built-in framework read in two languages", () => {
  it("gives the ballot's criteria and the console's framework name in the reader's language", async () => {
    const workshop = await startWorkshop({ participants: 1 });
    const [guest] = workshop.participants;
    const grant = async () =>
      asGuest(workshop.workshopId, { guestToken: guest!.guestToken }, "ballot.view");
    const german = mlLifecycle.translations?.de;
    if (!german) throw new Error("ml-lifecycle carries no German.");

    const inEnglish = await getBallotView(await grant(), "en");
    const inGerman = await getBallotView(await grant(), "de");
    expect(inEnglish.criteria.map(({ name }) => name)).toEqual(
      mlLifecycle.criteria.map(({ name }) => name),
    );
    // The built-in frameworks name no language: they are written in English, and carry German.
    expect(inEnglish.criteriaLanguage).toBeNull();
    expect(inGerman.criteriaLanguage).toBe("de");
    expect(inGerman.criteria).toEqual(
      mlLifecycle.criteria.map(({ id, kind }) => ({
        id,
        kind,
        name: german.criteria[id]?.name,
        anchors: german.criteria[id]?.anchors,
        help: german.criteria[id]?.help,
      })),
    );

    const console = async (locale: "en" | "de") =>
      getFacilitatorView(await asFacilitator(workshop, "facilitator-view.view"), locale);
    expect((await console("en")).workshop.framework.name).toBe(mlLifecycle.name);
    expect((await console("de")).workshop.framework.name).toBe(german.name);
  });
});

describe("a team's framework written in German", () => {
  it("keeps its author's language and is shown as written, marked as German, to everyone", async () => {
    const { id: author } = await prisma().user.create({
      data: { email: "autorin@example.test" },
      select: { id: true },
    });
    // A German author's copy of a template: German texts, and the language they are in. Its
    // options name no owner roles: a decision then asks for one owner.
    const copy = localiseFramework(buildOrBuy, "de");
    const german: Framework = {
      ...copy,
      id: "bauen-oder-kaufen",
      options: copy.options.map((option) => {
        const path = option.implementation && { ...option.implementation };
        delete path?.owners;
        return { ...option, ...(path && { implementation: path }) };
      }),
    };
    expect(german.language).toBe("de");
    const { frameworkId } = await createFramework(
      await frameworkGrantFor("framework.create", author),
      german,
    );
    const run = await frameworkToRun(await frameworkGrantFor("framework.use", author, frameworkId));
    expect(run.definition.language).toBe("de");
    const workshop = await createWorkshop(
      { ...workshopInput, frameworkId },
      { ownerUserId: author, ownFramework: run },
    );
    const facilitator = await getFacilitatorView(
      await asFacilitator(workshop, "facilitator-view.view"),
      "en",
    );
    const joined = await joinWorkshop(facilitator.inviteToken, {
      displayName: "Amy",
      role: "ml_engineer",
    });
    const guest = { guestToken: joined.guestToken! };

    // An English reader's ballot holds the German criteria, marked as German.
    for (const locale of ["en", "de"] as const) {
      const ballot = await getBallotView(
        await asGuest(workshop.workshopId, guest, "ballot.view"),
        locale,
      );
      expect(ballot.criteria.map(({ name }) => name)).toEqual(
        german.criteria.map(({ name }) => name),
      );
      expect(ballot.criteriaLanguage).toBe("de");
    }

    const ballot = await getBallotView(await asGuest(workshop.workshopId, guest, "ballot.view"));
    for (const criterion of german.criteria) {
      await saveVote(
        parseWorkshopId(workshop.workshopId),
        { participantId: joined.participantId },
        { roundId: ballot.round.id, criterionId: criterion.id, score: 3 },
      );
    }
    await revealRound(await asFacilitator(workshop, "round.reveal"));
    const results = await loadResults(workshop.workshopId);
    const english = buildResultsView(results, { audience: "member", locale: "en" });
    expect(english?.framework).toMatchObject({ name: german.name, lang: "de" });
    const inGerman = buildResultsView(results, { audience: "member", locale: "de" });
    expect(inGerman?.framework.name).toBe(german.name);
    expect(inGerman?.framework.lang).toBeUndefined();

    // A German facilitator names the one owner under the role's German word; it is kept as
    // written and read back in each reader's language, never as the English word in German.
    await recordDecision(await asFacilitator(workshop, "decision.record"), {
      optionId: inGerman!.headline!.optionId,
      pilotModel: "Rechnungsprüfung",
      owners: [{ role: "Verantwortlich", name: "Jonas" }],
      pilotStart: "2027-01-04",
      pilotEnd: "2027-01-25",
      reviewOn: "2027-04-05",
    });
    const ownersIn = async (locale: "en" | "de") =>
      (await loadDecision(workshop.workshopId, german, locale))!.versions[0]!.owners;
    expect(await ownersIn("de")).toEqual([{ role: "Verantwortlich", name: "Jonas" }]);
    expect(await ownersIn("en")).toEqual([{ role: "Owner", name: "Jonas" }]);
  });
});
