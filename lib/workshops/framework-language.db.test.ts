// A workshop's frozen framework speaks the reader's language where it carries a translation:
// the same workshop, read in English and in German, against a real PostgreSQL.
import { describe, expect, it } from "vitest";
import { testDatabase } from "@/lib/db/test-database";
import { mlLifecycle } from "@/lib/frameworks";
import { getBallotView, getFacilitatorView } from "./data";
import { asFacilitator, asGuest, startWorkshop } from "./test-fixtures";

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
