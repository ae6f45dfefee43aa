// The gate's own permission matrix: every Action of the permission table, asked through grantFor
// by every kind of caller with that caller's real credentials (a facilitator link's token, a
// guest cookie's token, an account id) against a real workshop in PostgreSQL. e2e/permissions
// asks the same through HTTP, route by route; this asks the gate itself, action by action, so an
// action no route uses yet is covered too. docs/permissions.md points here.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Credentials } from "@/lib/auth/cookies";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { prisma } from "@/lib/db/prisma";
import { testDatabase } from "@/lib/db/test-database";
import { joinWorkshop, removeParticipant } from "@/lib/workshops/mutations";
import { asFacilitator, startWorkshop } from "@/lib/workshops/test-fixtures";
import { grantFor } from "./gate";
import { permissions, type Action, type Who } from "./permissions";

const db = testDatabase();

const roles = [
  "anonymous",
  "participant of this workshop",
  "participant of another workshop",
  "facilitator by capability",
  "owning account",
  "other account",
  "removed participant",
  "revoked capability holder",
] as const;
type Role = (typeof roles)[number];

/** Who is let in, by the table's column: everyone else is forbidden. */
const allowed: Record<Who, readonly Role[]> = {
  anyone: roles,
  "signed-in": ["owning account", "other account"],
  participant: ["participant of this workshop"],
  facilitator: ["facilitator by capability", "owning account"],
  member: ["participant of this workshop", "facilitator by capability", "owning account"],
  // The workshop is owned: its link lets the facilitator run it, not end it (see below for one
  // that no account owns).
  keeper: ["owning account"],
};

const actions = Object.keys(permissions) as Action[];
let workshopId: string;
const credentials = {} as Record<Role, Credentials>;

async function createUser(): Promise<string> {
  const user = await prisma().user.create({
    data: { email: `${randomUUID()}@example.com` },
    select: { id: true },
  });
  return user.id;
}

/** What grantFor answers: a grant for the asked action, or the code of its refusal. */
async function outcome(
  id: string,
  action: Action,
  holder: Credentials,
  options: { hide?: boolean } = {},
): Promise<string> {
  try {
    const grant = await grantFor(id, action, holder, options);
    expect(grant.action).toBe(action);
    expect(grant.workshopId).toBe(id);
    return "allowed";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

beforeAll(async () => {
  const ownerId = await createUser();
  const w = await startWorkshop({ ownerUserId: ownerId, participants: 2 });
  const other = await startWorkshop({ participants: 1 });
  workshopId = w.workshopId;
  const [member, removed] = w.participants as [
    (typeof w.participants)[0],
    (typeof w.participants)[0],
  ];
  await removeParticipant(await asFacilitator(w, "participant.remove"), removed.participantId);
  // A capability of this workshop that was revoked (as a replaced link leaves it).
  const revokedToken = newToken();
  await db.pool.query(
    `INSERT INTO facilitator_capabilities (workshop_id, token_hash, revoked_at)
     VALUES ($1, $2, now())`,
    [workshopId, hashToken(revokedToken)],
  );
  // The other account has joined another workshop, and holds this one's invite by heart.
  const otherUser = await createUser();
  await joinWorkshop(
    other.inviteToken,
    { displayName: "Elsewhere", role: "other" },
    {
      userId: otherUser,
    },
  );

  Object.assign(credentials, {
    anonymous: { capabilityTokens: [] },
    "participant of this workshop": { capabilityTokens: [], guestToken: member.guestToken },
    "participant of another workshop": {
      capabilityTokens: [other.facilitatorToken],
      guestToken: other.participants[0]!.guestToken,
    },
    "facilitator by capability": { capabilityTokens: [w.facilitatorToken] },
    "owning account": { capabilityTokens: [], userId: ownerId },
    "other account": { capabilityTokens: [], userId: otherUser },
    "removed participant": { capabilityTokens: [], guestToken: removed.guestToken },
    "revoked capability holder": { capabilityTokens: [revokedToken] },
  } satisfies Record<Role, Credentials>);
});

describe("the gate's matrix: every action by every role in a real workshop", () => {
  it("covers every action of the table", () => {
    expect(actions.length).toBeGreaterThanOrEqual(21);
  });

  for (const action of actions) {
    describe(action, () => {
      for (const role of roles) {
        const expected = allowed[permissions[action]].includes(role) ? "allowed" : "forbidden";
        it(`${role}: ${expected}`, async () => {
          expect(await outcome(workshopId, action, credentials[role])).toBe(expected);
          // Reads that must not tell a workshop exists refuse with the same not-found.
          expect(await outcome(workshopId, action, credentials[role], { hide: true })).toBe(
            expected === "allowed" ? "allowed" : "not-found",
          );
        });
      }
    });
  }
});

describe("the gate for a workshop that is not there", () => {
  it.each(actions)("%s: not-found for an unknown or malformed id, whoever asks", async (action) => {
    for (const role of roles) {
      for (const id of [randomUUID(), "not-a-uuid", "", `${workshopId}x`]) {
        expect(await outcome(id, action, credentials[role])).toBe("not-found");
      }
    }
  });
});

describe("keeping a workshop", () => {
  it("belongs to its facilitator while no account owns it, then to the account alone", async () => {
    const ownerId = await createUser();
    const w = await startWorkshop();
    const link = { capabilityTokens: [w.facilitatorToken] };
    expect(await outcome(w.workshopId, "workshop.delete", link)).toBe("allowed");

    await db.pool.query(`UPDATE workshops SET owner_id = $1 WHERE id = $2`, [
      ownerId,
      w.workshopId,
    ]);
    // The link still runs the workshop, but whoever it leaked to cannot end it.
    expect(await outcome(w.workshopId, "round.reveal", link)).toBe("allowed");
    expect(await outcome(w.workshopId, "workshop.delete", link)).toBe("forbidden");
    expect(
      await outcome(w.workshopId, "workshop.delete", { capabilityTokens: [], userId: ownerId }),
    ).toBe("allowed");
  });
});
