// Join codes against a real PostgreSQL: a code finds its open workshop however it is typed, and
// stops when the invite is replaced or the workshop closes; workshops made before join codes
// show none rather than one that finds nothing.
import { describe, expect, it } from "vitest";
import { testDatabase } from "@/lib/db/test-database";
import { findWorkshopByJoinCode, getFacilitatorView } from "./data";
import { closeWorkshop, rotateInvite } from "./mutations";
import { asFacilitator, startWorkshop } from "./test-fixtures";

const db = testDatabase();

describe("a join code", () => {
  it("finds its open workshop, with the invite token of the join page", async () => {
    const w = await startWorkshop();
    const view = await getFacilitatorView(await asFacilitator(w, "facilitator-view.view"));
    const code = view.joinCode!;
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    const typed = `${code.slice(0, 3).toLowerCase()} ${code.slice(3).toLowerCase()}`;
    expect(await findWorkshopByJoinCode(typed)).toMatchObject({
      id: w.workshopId,
      title: "How should our models reach production?",
      inviteToken: w.inviteToken,
    });
    expect(await findWorkshopByJoinCode("")).toBeNull();
    expect(await findWorkshopByJoinCode(`${code}X`)).toBeNull();

    const { inviteToken } = await rotateInvite(await asFacilitator(w, "invite.rotate"));
    expect(await findWorkshopByJoinCode(code)).toBeNull();
    const next = (await getFacilitatorView(await asFacilitator(w, "facilitator-view.view")))
      .joinCode!;
    expect(next).not.toBe(code);
    expect(await findWorkshopByJoinCode(next)).toMatchObject({ id: w.workshopId, inviteToken });

    await closeWorkshop(await asFacilitator(w, "workshop.close"));
    expect(await findWorkshopByJoinCode(next)).toBeNull();
  });

  it("is not shown for a workshop made before join codes, until its invite is replaced", async () => {
    const w = await startWorkshop();
    await db.pool.query("UPDATE workshops SET join_code_hash = NULL WHERE id = $1", [w.workshopId]);
    const view = async () => getFacilitatorView(await asFacilitator(w, "facilitator-view.view"));
    expect((await view()).joinCode).toBeNull();
    await rotateInvite(await asFacilitator(w, "invite.rotate"));
    const code = (await view()).joinCode!;
    expect(await findWorkshopByJoinCode(code)).toMatchObject({ id: w.workshopId });
  });
});
