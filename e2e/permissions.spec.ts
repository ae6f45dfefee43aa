import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { expect, test } from "./fixtures";
import { participantHandle } from "./app-secret";
import { signedInAccount } from "./support/accounts";
import {
  appOrigin,
  expectOk,
  joinWorkshop,
  send,
  startWorkshop,
  workshopFields,
  type Answer,
} from "./support/api";
import { bounded } from "./support/concurrency";
import {
  participantAndFirstRound,
  plantSignatory,
  plantUnsubscribeToken,
} from "./support/database";
import { linkToken } from "./support/tokens";
import {
  frameworkPermissions,
  permissions,
  type Action,
  type FrameworkAction,
  type Who,
  type Writer,
} from "@/lib/access/permissions";
import { buildOrBuy } from "@/lib/frameworks";

// The permission matrix: every read and write of the app against every kind of caller, as one
// table that is both the test and the documentation (docs/permissions.md is rendered from it, and
// this spec fails when the two differ). Each cell is a real HTTP request to the production build.
// Blueprint has no "use server" actions: every write is a route handler, so the rows below are
// all of them (plus the pages and downloads, which are the reads).
//
// Who knows what: the workshop's id and its invite link are shown in the room, so every role
// knows them. The other secrets are held only by their holder: the share links and sign-off links
// by the two link roles, the facilitator link by the facilitator, the unsubscribe link (which
// arrives by mail) by the participant. A role without the secret a row needs asks with a well-formed token that was
// never issued.

const DOC = "docs/permissions.md";
const REGENERATE = `UPDATE_PERMISSIONS_DOC=1 npx playwright test e2e/permissions.spec.ts`;

const roles = {
  anonymous: "Anonymous visitor",
  participant: "Participant of this workshop",
  "other-participant": "Participant of another workshop",
  facilitator: "Facilitator (capability link)",
  owner: "Owning account",
  "other-account": "Other account",
  "share-viewer": "Share-link viewer",
  "revoked-link": "Revoked-link holder",
} as const;
type Role = keyof typeof roles;
const roleList = Object.keys(roles) as Role[];

const outcomes = {
  allowed: "the request does what it is for (2xx, or the page)",
  "not listed": "the page opens, without this workshop on it",
  "not shown": "the page opens, without the share links on it",
  "not found": "404, the same answer as for something that does not exist",
  forbidden: "403: the caller is known to lack the power",
  "to sign-in": "redirect to the sign-in page",
  "to ballot": "redirect to the caller's own ballot",
  "to facilitator page": "redirect to the facilitator page",
  "nothing added":
    "the request succeeds and adds nothing: the workshop is owned, or not this browser's to give",
  "not offered": "400: the form's framework is not one this caller may choose",
} as const;
type Outcome = keyof typeof outcomes;

/**
 * Who a row's permission belongs to: a Who or a Writer of lib/access/permissions.ts, a link's
 * holder, or (copying a shared framework) an account that holds the link.
 */
type Holder = Who | Writer | "link holder" | "signed-in link holder";

interface World {
  workshopId: string;
  title: string;
  inviteToken: string;
  participantId: string;
  openRoundId: string;
  liveShareLinkId: string;
  /** Someone asked to sign off the decision (the share-link viewer holds their link). */
  signatoryId: string;
  /** The secret each role holds for the rows that need one. */
  links: Record<
    Role,
    { share: string; facilitator: string; unsubscribe: string; signOff: string; framework: string }
  >;
  /** A framework the owner account wrote; its read-and-copy link is in `links`. */
  frameworkId: string;
  cookies: Record<Role, string>;
}

interface Call {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  body?: unknown;
}

interface Row {
  what: string;
  kind: "read" | "write";
  /** The entry of lib/access/permissions.ts the handler asks, if any. */
  action?: Action;
  /** The entry of the framework table (lib/access/permissions.ts) the handler asks, if any. */
  frameworkAction?: FrameworkAction;
  /** Who may, when no action names it. */
  holder?: Holder;
  call: (world: World, role: Role) => Call;
  expected: Record<Role, Outcome>;
  /** The outcomes that count as being let in (default: allowed). */
  grants?: Outcome[];
  /** State an allowed write needs, made by the facilitator first. */
  prepare?: (world: World) => Promise<void>;
  /** For 200 pages whose content differs by caller. */
  shows?: (world: World, body: string) => Outcome;
}

/** Shorthand for a row's expectations: one outcome for everyone, and the exceptions. */
function each(outcome: Outcome, exceptions: Partial<Record<Role, Outcome>> = {}) {
  return Object.fromEntries(roleList.map((role) => [role, exceptions[role] ?? outcome])) as Record<
    Role,
    Outcome
  >;
}
const facilitators = { facilitator: "allowed", owner: "allowed" } as const;

/** A valid decision, whatever the results recommend (it gives its reason). */
const decision = {
  optionId: "linear-handoff",
  rationale: "Our auditors come first.",
  pilotModel: "Churn model",
  owners: ["Stage-gate owner", "Handoff template owner", "Monitoring owner"].map((role) => ({
    role,
    name: "Priya",
  })),
  pilotStart: "2999-01-04",
  pilotEnd: "2999-01-25",
  reviewOn: "2999-04-05",
};
const members = { ...facilitators, participant: "allowed" } as const;

const matrix: Row[] = [
  {
    what: "Ballot page",
    kind: "read",
    action: "ballot.view",
    call: (w) => ({ method: "GET", path: `/w/${w.workshopId}` }),
    expected: each("not found", {
      participant: "allowed",
      facilitator: "to facilitator page",
      owner: "to facilitator page",
    }),
  },
  {
    what: "Facilitator page",
    kind: "read",
    action: "facilitator-view.view",
    call: (w) => ({ method: "GET", path: `/w/${w.workshopId}/facilitate` }),
    expected: each("not found", facilitators),
  },
  {
    what: "Presenter view",
    kind: "read",
    action: "facilitator-view.view",
    call: (w) => ({ method: "GET", path: `/w/${w.workshopId}/present` }),
    expected: each("not found", facilitators),
  },
  {
    what: "Series page (every run)",
    kind: "read",
    action: "series.view",
    call: (w) => ({ method: "GET", path: `/w/${w.workshopId}/series` }),
    expected: each("not found", facilitators),
  },
  {
    what: "Results page",
    kind: "read",
    action: "results.view",
    call: (w) => ({ method: "GET", path: `/w/${w.workshopId}/results` }),
    expected: each("not found", members),
  },
  {
    what: "Share links, listed on the results page",
    kind: "read",
    action: "share-links.list",
    call: (w) => ({ method: "GET", path: `/w/${w.workshopId}/results` }),
    expected: each("not found", { ...facilitators, participant: "not shown" }),
    shows: (w, body) =>
      body.includes(`/s/${w.links["share-viewer"].share}`) ? "allowed" : "not shown",
  },
  {
    what: "Ballots CSV",
    kind: "read",
    action: "results.export",
    call: (w) => ({ method: "GET", path: `/w/${w.workshopId}/results/ballots.csv` }),
    expected: each("not found", members),
  },
  {
    what: "How the results open (JSON)",
    kind: "read",
    action: "results.view",
    call: (w) => ({ method: "GET", path: `/api/workshops/${w.workshopId}/results` }),
    expected: each("not found", members),
  },
  {
    what: "Decision page",
    kind: "read",
    action: "decision.view",
    call: (w) => ({ method: "GET", path: `/w/${w.workshopId}/decision` }),
    expected: each("not found", facilitators),
  },
  {
    what: "Workshop archive (JSON)",
    kind: "read",
    action: "decision.export",
    call: (w) => ({ method: "GET", path: `/w/${w.workshopId}/archive.json` }),
    expected: each("not found", facilitators),
  },
  {
    what: "Live updates of the workshop",
    kind: "read",
    action: "workshop.watch",
    call: (w) => ({ method: "GET", path: `/api/workshops/${w.workshopId}/events` }),
    expected: each("not found", members),
  },
  {
    what: "Join page",
    kind: "read",
    action: "workshop.join",
    call: (w) => ({ method: "GET", path: `/j/${w.inviteToken}` }),
    expected: each("allowed", { participant: "to ballot" }),
    grants: ["allowed", "to ballot"],
  },
  {
    what: "Your workshops",
    kind: "read",
    action: "workshops.list-owned",
    call: () => ({ method: "GET", path: "/workshops" }),
    expected: each("to sign-in", { owner: "allowed", "other-account": "not listed" }),
    grants: ["allowed", "not listed"],
    shows: (w, body) => (body.includes(w.title) ? "allowed" : "not listed"),
  },
  {
    what: "Your frameworks",
    kind: "read",
    frameworkAction: "frameworks.list-own",
    call: () => ({ method: "GET", path: "/frameworks" }),
    expected: each("to sign-in", { owner: "allowed", "other-account": "not listed" }),
    grants: ["allowed", "not listed"],
    shows: (w, body) => (body.includes(w.frameworkId) ? "allowed" : "not listed"),
  },
  {
    what: "Framework editor",
    kind: "read",
    frameworkAction: "framework.view",
    call: (w) => ({ method: "GET", path: `/frameworks/${w.frameworkId}` }),
    expected: each("to sign-in", { owner: "allowed", "other-account": "not found" }),
  },
  {
    what: "Framework file (JSON)",
    kind: "read",
    frameworkAction: "framework.view",
    call: (w) => ({ method: "GET", path: `/frameworks/${w.frameworkId}/framework.json` }),
    expected: each("forbidden", { owner: "allowed", "other-account": "not found" }),
  },
  {
    what: "Shared framework page",
    kind: "read",
    holder: "link holder",
    call: (w, role) => ({ method: "GET", path: `/frameworks/shared/${w.links[role].framework}` }),
    expected: each("not found", { "share-viewer": "allowed", "other-account": "allowed" }),
  },
  {
    what: "Shared results page",
    kind: "read",
    holder: "link holder",
    call: (w, role) => ({ method: "GET", path: `/s/${w.links[role].share}` }),
    expected: each("not found", { "share-viewer": "allowed" }),
  },
  {
    what: "Shared ballots CSV",
    kind: "read",
    holder: "link holder",
    call: (w, role) => ({ method: "GET", path: `/s/${w.links[role].share}/ballots.csv` }),
    expected: each("not found", { "share-viewer": "allowed" }),
  },
  {
    what: "Live updates of a shared page",
    kind: "read",
    holder: "link holder",
    call: (w, role) => ({ method: "GET", path: `/s/${w.links[role].share}/events` }),
    expected: each("not found", { "share-viewer": "allowed" }),
  },
  {
    what: "Sign-off page (a signatory's personal link)",
    kind: "read",
    holder: "link holder",
    call: (w, role) => ({ method: "GET", path: `/d/${w.links[role].signOff}` }),
    expected: each("not found", { "share-viewer": "allowed" }),
  },
  {
    what: "Unsubscribe page",
    kind: "read",
    holder: "link holder",
    call: (w, role) => ({ method: "GET", path: `/u/${w.links[role].unsubscribe}` }),
    expected: each("not found", { participant: "allowed" }),
  },
  {
    what: "Start a workshop",
    kind: "write",
    action: "workshop.create",
    call: () => ({
      method: "POST",
      path: "/api/workshops",
      body: { title: "Another", teamName: "Team", frameworkId: "ml-lifecycle", mode: "live" },
    }),
    expected: each("allowed"),
  },
  {
    what: "Join with the invite link",
    kind: "write",
    action: "workshop.join",
    call: (w) => ({
      method: "POST",
      path: "/api/workshops/join",
      body: { inviteToken: w.inviteToken, displayName: "Newcomer", role: "other" },
    }),
    expected: each("allowed"),
  },
  {
    what: "Open the facilitator link",
    kind: "write",
    holder: "link holder",
    call: (w, role) => ({ method: "GET", path: `/f/${w.links[role].facilitator}` }),
    expected: each("not found", { facilitator: "to facilitator page" }),
    grants: ["to facilitator page"],
  },
  {
    what: "Save a vote",
    kind: "write",
    action: "vote.save",
    call: (w) => ({
      method: "PUT",
      path: `/api/workshops/${w.workshopId}/votes`,
      body: {
        roundId: w.openRoundId,
        answers: [{ criterionId: "speed", score: 2, rationale: null }],
      },
    }),
    // Without a guest cookie for this workshop the caller is asked to sign in (403); an account
    // that is no participant here is not-found, as the statement itself finds no ballot.
    expected: each("forbidden", {
      participant: "allowed",
      owner: "not found",
      "other-account": "not found",
    }),
  },
  {
    what: "Reveal the round",
    kind: "write",
    action: "round.reveal",
    call: (w) => ({ method: "POST", path: `/api/workshops/${w.workshopId}/reveal` }),
    expected: each("forbidden", facilitators),
  },
  {
    what: "Open the next round",
    kind: "write",
    action: "round.open",
    call: (w) => ({ method: "POST", path: `/api/workshops/${w.workshopId}/rounds` }),
    expected: each("forbidden", facilitators),
    prepare: async (w) => {
      await expectOk(sendAs(w.cookies.facilitator, reveal(w)));
    },
  },
  {
    what: "Set weights",
    kind: "write",
    action: "weights.set",
    call: (w) => ({
      method: "PUT",
      path: `/api/workshops/${w.workshopId}/weights`,
      body: { weights: { governance: 3, cost: 0 } },
    }),
    expected: each("forbidden", facilitators),
  },
  {
    what: "Record the decision",
    kind: "write",
    action: "decision.record",
    call: (w) => ({
      method: "PUT",
      path: `/api/workshops/${w.workshopId}/decision`,
      body: decision,
    }),
    expected: each("forbidden", facilitators),
    prepare: async (w) => {
      await expectOk(sendAs(w.cookies.facilitator, reveal(w)));
    },
  },
  {
    what: "Update a follow-through step",
    kind: "write",
    action: "decision.follow-up",
    // A step no workshop has: the gate lets facilitators through, and the statement finds none.
    call: (w) => ({
      method: "PUT",
      path: `/api/workshops/${w.workshopId}/decision/steps/00000000-0000-4000-8000-000000000000`,
      body: { status: "done" },
    }),
    expected: each("forbidden", { facilitator: "not found", owner: "not found" }),
    grants: ["not found"],
  },
  {
    what: "Move the deadline",
    kind: "write",
    action: "deadline.set",
    call: (w) => ({
      method: "PUT",
      path: `/api/workshops/${w.workshopId}/deadline`,
      body: { deadline: "2999-01-01T00:00:00Z" },
    }),
    expected: each("forbidden", facilitators),
  },
  {
    what: "Reveal as soon as everyone has voted",
    kind: "write",
    action: "auto-reveal.set",
    // Off, so that an allowed call never reveals the world's round: every cell sees one state.
    call: (w) => ({
      method: "PUT",
      path: `/api/workshops/${w.workshopId}/auto-reveal`,
      body: { autoReveal: false },
    }),
    expected: each("forbidden", facilitators),
  },
  {
    what: "Remind those who have not voted",
    kind: "write",
    action: "participants.nudge",
    // The world's one participant left no address, so an allowed nudge reaches nobody and
    // leaves the hour unused: every cell of the row sees the same state.
    call: (w) => ({ method: "POST", path: `/api/workshops/${w.workshopId}/nudge` }),
    expected: each("forbidden", facilitators),
  },
  {
    what: "Create a share link",
    kind: "write",
    action: "share-link.create",
    call: (w) => ({
      method: "POST",
      path: `/api/workshops/${w.workshopId}/share-links`,
      body: { label: "For the board", mode: "snapshot" },
    }),
    expected: each("forbidden", facilitators),
  },
  {
    what: "Revoke a share link",
    kind: "write",
    action: "share-link.revoke",
    call: (w) => ({
      method: "DELETE",
      path: `/api/workshops/${w.workshopId}/share-links/${w.liveShareLinkId}`,
    }),
    expected: each("forbidden", facilitators),
  },
  {
    what: "Ask people to sign off the decision",
    kind: "write",
    action: "sign-offs.request",
    call: (w) => ({
      method: "POST",
      path: `/api/workshops/${w.workshopId}/sign-offs`,
      body: { signatories: [{ name: "Kim", email: "kim@e2e.test" }] },
    }),
    expected: each("forbidden", facilitators),
  },
  {
    what: "Stop asking someone to sign off",
    kind: "write",
    action: "sign-off.revoke",
    call: (w) => ({
      method: "DELETE",
      path: `/api/workshops/${w.workshopId}/sign-offs/${w.signatoryId}`,
    }),
    expected: each("forbidden", facilitators),
  },
  {
    what: "Answer a sign-off request",
    kind: "write",
    holder: "link holder",
    call: (w, role) => ({
      method: "POST",
      path: `/api/sign-off/${w.links[role].signOff}`,
      body: { version: 1, answer: "approved" },
    }),
    expected: each("not found", { "share-viewer": "allowed" }),
  },
  {
    what: "Replace the invite link",
    kind: "write",
    action: "invite.rotate",
    call: (w) => ({ method: "POST", path: `/api/workshops/${w.workshopId}/invite` }),
    expected: each("forbidden", facilitators),
  },
  {
    what: "Replace the facilitator link",
    kind: "write",
    action: "facilitator-link.rotate",
    call: (w) => ({ method: "POST", path: `/api/workshops/${w.workshopId}/facilitator-link` }),
    expected: each("forbidden", facilitators),
  },
  {
    what: "Run the workshop again",
    kind: "write",
    action: "workshop.rerun",
    call: (w) => ({
      method: "POST",
      path: `/api/workshops/${w.workshopId}/rerun`,
      body: { deadline: "2999-01-01T00:00:00Z" },
    }),
    expected: each("forbidden", facilitators),
  },
  {
    what: "Remove a participant",
    kind: "write",
    action: "participant.remove",
    call: (w) => ({
      method: "DELETE",
      path: `/api/workshops/${w.workshopId}/participants/${participantHandle(w.workshopId, w.participantId)}`,
    }),
    expected: each("forbidden", facilitators),
  },
  {
    what: "Close the workshop",
    kind: "write",
    action: "workshop.close",
    call: (w) => ({ method: "POST", path: `/api/workshops/${w.workshopId}/close` }),
    expected: each("forbidden", facilitators),
  },
  {
    what: "Delete the workshop",
    kind: "write",
    action: "workshop.delete",
    call: (w) => ({ method: "DELETE", path: `/api/workshops/${w.workshopId}` }),
    expected: each("forbidden", { owner: "allowed" }),
  },
  {
    what: "Write or import a framework",
    kind: "write",
    frameworkAction: "framework.create",
    call: () => ({
      method: "POST",
      path: "/api/frameworks",
      body: { definition: matrixFramework },
    }),
    expected: each("forbidden", { owner: "allowed", "other-account": "allowed" }),
  },
  {
    what: "Save a framework's new version",
    kind: "write",
    frameworkAction: "framework.edit",
    call: (w) => ({
      method: "PUT",
      path: `/api/frameworks/${w.frameworkId}`,
      body: { definition: { ...matrixFramework, name: "Edited" }, basedOn: 1 },
    }),
    expected: each("forbidden", { owner: "allowed", "other-account": "not found" }),
  },
  {
    what: "Share a framework by link",
    kind: "write",
    frameworkAction: "framework.share",
    call: (w) => ({ method: "POST", path: `/api/frameworks/${w.frameworkId}/share` }),
    expected: each("forbidden", { owner: "allowed", "other-account": "not found" }),
  },
  {
    what: "Stop sharing a framework",
    kind: "write",
    frameworkAction: "framework.share",
    call: (w) => ({ method: "DELETE", path: `/api/frameworks/${w.frameworkId}/share` }),
    expected: each("forbidden", { owner: "allowed", "other-account": "not found" }),
  },
  {
    what: "Delete a framework",
    kind: "write",
    frameworkAction: "framework.delete",
    call: (w) => ({ method: "DELETE", path: `/api/frameworks/${w.frameworkId}` }),
    expected: each("forbidden", { owner: "allowed", "other-account": "not found" }),
  },
  {
    what: "Start a workshop on an own framework",
    kind: "write",
    frameworkAction: "framework.use",
    call: (w) => ({
      method: "POST",
      path: "/api/workshops",
      body: { title: "On ours", teamName: "Team", frameworkId: w.frameworkId, mode: "live" },
    }),
    // Anyone may start a workshop, but only on a framework that is theirs: for everyone else the
    // form's framework is not on offer, a 400 naming the field.
    expected: each("not offered", { owner: "allowed" }),
  },
  {
    what: "Copy a shared framework into one's account",
    kind: "write",
    holder: "signed-in link holder",
    call: (w, role) => ({
      method: "POST",
      path: "/api/frameworks/copy",
      body: { token: w.links[role].framework },
    }),
    expected: each("forbidden", { owner: "not found", "other-account": "allowed" }),
  },
  {
    // Signing in adds nothing by itself; the account asks on /workshops, and this is its button.
    // The workshop here is owned already: e2e/sign-in.spec.ts shows a browser's own unowned
    // workshop being added.
    what: "Add this browser's workshops to the account",
    kind: "write",
    action: "workshops.claim",
    call: (w) => ({
      method: "POST",
      path: "/api/workshops/claim",
      body: { workshopIds: [w.workshopId] },
    }),
    expected: each("forbidden", { owner: "nothing added", "other-account": "nothing added" }),
    grants: ["nothing added"],
    shows: (w, body) =>
      (JSON.parse(body) as { claimed: string[] }).claimed.includes(w.workshopId)
        ? "allowed"
        : "nothing added",
  },
  {
    what: "Stop e-mails (unsubscribe)",
    kind: "write",
    holder: "link holder",
    call: (w, role) => ({ method: "POST", path: `/u/${w.links[role].unsubscribe}/confirm` }),
    expected: each("not found", { participant: "allowed" }),
  },
];

/** Actions that no request names on its own. */
const notARequest: Action[] = [];

function whoOf(row: Row): Holder {
  if (row.action) return permissions[row.action];
  if (row.frameworkAction) return frameworkPermissions[row.frameworkAction];
  return row.holder!;
}

/** The roles a Who lets in, as lib/workshops/permissions.ts defines them. */
function rolesFor(holder: Holder, row: Row): Role[] {
  const by: Record<Holder, Role[]> = {
    anyone: roleList,
    "signed-in": ["owner", "other-account"],
    participant: ["participant"],
    facilitator: ["facilitator", "owner"],
    member: ["participant", "facilitator", "owner"],
    // The workshop is owned: its facilitator link runs it but cannot end it.
    keeper: ["owner"],
    // The framework belongs to the owner account.
    author: ["owner"],
    // The other account was given the framework's link.
    "signed-in link holder": ["other-account"],
    // The one role holding the secret the row's address needs.
    "link holder": roleList.filter((role) => row.expected[role] !== "not found"),
  };
  return by[holder];
}

// ---------------------------------------------------------------------------------------------
// The document
// ---------------------------------------------------------------------------------------------

function renderDoc(): string {
  const cell = (text: string) => text.replaceAll("|", "\\|");
  const header = ["What", "Request", "Who (permissions.ts)", ...roleList.map((r) => roles[r])];
  const lines = [
    `<!-- Generated by e2e/permissions.spec.ts from its \`matrix\`; edit the table there, then run: ${REGENERATE} -->`,
    "",
    "# Who may do what",
    "",
    "Every read and write of Blueprint against every kind of caller, as the permission matrix test",
    "runs it against the production build. Blueprint has no server actions: every write is a route",
    "handler. Everybody knows a workshop's id and its invite link (both are shown in the room);",
    "share, facilitator, sign-off and unsubscribe links are known only to their holder, and other",
    "roles ask with a well-formed link that was never issued. The share-link viewer, a leader, also",
    "holds a personal sign-off link; the revoked-link holder holds one whose signatory was removed.",
    "",
    "Outcomes:",
    "",
    ...Object.entries(outcomes).map(([name, meaning]) => `- **${name}**: ${meaning}`),
    "",
    `| ${header.map(cell).join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
  ];
  for (const kind of ["read", "write"] as const) {
    lines.push(`| **${kind === "read" ? "Reads" : "Writes"}** |${" |".repeat(header.length - 1)}`);
    for (const row of matrix.filter((r) => r.kind === kind)) {
      const sample = row.call(sampleWorld, "participant");
      const request = `\`${sample.method} ${samplePath(sample.path)}\``;
      const action = row.action ?? row.frameworkAction;
      const who = action ? `${action}: ${whoOf(row)}` : whoOf(row);
      lines.push(
        `| ${[row.what, request, who, ...roleList.map((role) => row.expected[role])].map(cell).join(" | ")} |`,
      );
    }
  }
  lines.push(
    "",
    ...(notARequest.length > 0
      ? [
          `Not a request of its own: ${notARequest.map((a) => `\`${a}\` (${permissions[a]})`).join(", ")}.`,
        ]
      : []),
    "Every request above that names an action gets it from the one gate, lib/access/gate.ts,",
    "except the vote's save, whose single statement finds the voter by the gate's own rule",
    "(lib/access/participant-of.ts). The gate itself has its own matrix, lib/access/gate.db.test.ts:",
    "every action of lib/access/permissions.ts asked through `grantFor` by eight roles (the ones",
    "above, with a removed participant in place of the share-link viewer; the revoked-link holder",
    "holds a replaced facilitator link) with their real credentials against a real workshop, and",
    "by all of them for a workshop that does not exist.",
    "",
    "Requests about no workshop, and so under no action: the start page `/` (its form posts",
    "`POST /api/workshops`, above), the sign-in pages `/sign-in`, `/sign-in/check-email`,",
    "`/sign-in/confirm` and `/sign-in/error`, next-auth's `/api/auth/[...nextauth]`,",
    "`POST /api/auth/confirm-link`, the health check `GET /api/health` and the framework file",
    "format's schema `GET /framework.schema.json`.",
    "",
    "The frameworks people write belong here to the owner account. Their rows ask the gate's",
    "`authorizeFramework`, which judges the framework table of lib/access/permissions.ts, and",
    "someone else's framework answers exactly like one that does not exist. The other account and",
    "the share-link viewer hold the framework's read-and-copy link; the revoked-link holder holds",
    "one that a newer link replaced.",
    "",
    "Signing in adds no workshop to the account by itself: the account asks on `/workshops`, and",
    "e2e/sign-in.spec.ts shows a browser adding its own unowned workshop. Forged ids across",
    "workshops are in e2e/secrecy.spec.ts, malformed input of every handler in e2e/fuzz.spec.ts.",
    "",
  );
  return lines.join("\n");
}

const sampleWorld: World = {
  workshopId: "WORKSHOP",
  title: "",
  inviteToken: "INVITE",
  participantId: "PARTICIPANT",
  openRoundId: "ROUND",
  liveShareLinkId: "SHARE_LINK",
  signatoryId: "SIGNATORY",
  frameworkId: "FRAMEWORK",
  links: Object.fromEntries(
    roleList.map((role) => [
      role,
      {
        share: "SHARE_TOKEN",
        facilitator: "FACILITATOR_TOKEN",
        unsubscribe: "UNSUBSCRIBE_TOKEN",
        signOff: "SIGN_OFF_TOKEN",
        framework: "FRAMEWORK_TOKEN",
      },
    ]),
  ) as World["links"],
  cookies: Object.fromEntries(roleList.map((role) => [role, ""])) as World["cookies"],
};

function samplePath(path: string): string {
  return path
    .replace("WORKSHOP", "[workshopId]")
    .replace(participantHandle("WORKSHOP", "PARTICIPANT"), "[participantHandle]")
    .replace("SHARE_LINK", "[shareLinkId]")
    .replace("SIGNATORY", "[signatoryId]")
    .replace(/FRAMEWORK(?!_)/, "[frameworkId]")
    .replace(
      /INVITE|SHARE_TOKEN|FACILITATOR_TOKEN|UNSUBSCRIBE_TOKEN|SIGN_OFF_TOKEN|FRAMEWORK_TOKEN/,
      "[token]",
    );
}

// ---------------------------------------------------------------------------------------------
// HTTP and setup
// ---------------------------------------------------------------------------------------------

/** One request with exactly the given cookies; streams are closed once their status is known. */
const sendAs = (cookie: string, call: Call) => send({ ...call, cookie });

const reveal = (w: World): Call => ({
  method: "POST",
  path: `/api/workshops/${w.workshopId}/reveal`,
});

interface Shared {
  owner: string;
  otherAccount: string;
  /** A guest cookie of a participant of another workshop (which the other account owns). */
  otherParticipant: string;
}

// Async, so that moving its deadline is a write the facilitator may make.
const matrixWorkshop = (title: string) => ({
  ...workshopFields(title, "Matrix team"),
  mode: "async",
});
const pat = { displayName: "Pat", role: "data_scientist" };
/** The owner account's own framework: a built-in one under an id of its own. */
const matrixFramework = { ...buildOrBuy, id: "matrix-framework" };

async function createShared(): Promise<Shared> {
  const [owner, otherAccount] = await Promise.all([
    signedInAccount({ name: "owner" }),
    signedInAccount({ name: "other" }),
  ]);
  const theirs = await startWorkshop(matrixWorkshop("Their workshop"), {
    cookie: otherAccount.cookie,
  });
  return {
    owner: owner.cookie,
    otherAccount: otherAccount.cookie,
    otherParticipant: await joinWorkshop(theirs, pat),
  };
}

let worlds = 0;

/**
 * One workshop with every role: owned by the owner account, its facilitator link, a participant
 * who voted in round 1 (revealed) and has round 2 open, a live share link and a revoked one.
 */
async function createWorld(shared: Shared): Promise<World> {
  const title = `Matrix ${++worlds} ${randomBytes(4).toString("hex")}`;
  const made = await startWorkshop(matrixWorkshop(title), { cookie: shared.owner });
  const { workshopId, facilitatorCookie: facilitator } = made;
  const participant = await joinWorkshop(made, pat);
  const ids = await participantAndFirstRound(workshopId);
  const api = `/api/workshops/${workshopId}`;
  await expectOk(
    sendAs(participant, {
      method: "PUT",
      path: `${api}/votes`,
      body: { roundId: ids.roundId, answers: [{ criterionId: "governance", score: 4 }] },
    }),
  );
  await expectOk(sendAs(facilitator, { method: "POST", path: `${api}/reveal` }));
  const round2 = await expectOk(sendAs(facilitator, { method: "POST", path: `${api}/rounds` }));
  const shareLink = async (label: string) =>
    JSON.parse(
      (
        await expectOk(
          sendAs(facilitator, {
            method: "POST",
            path: `${api}/share-links`,
            // With the CSV, so that the matrix can ask who may download it.
            body: { label, mode: "live", showCsv: true },
          }),
        )
      ).text,
    ) as { shareLinkId: string; token: string };
  const live = await shareLink("Leadership");
  const revoked = await shareLink("Old link");
  await expectOk(
    sendAs(facilitator, { method: "DELETE", path: `${api}/share-links/${revoked.shareLinkId}` }),
  );
  // The unsubscribe link arrives by mail; the test plants one whose token it knows, on mails
  // already stopped so that the reveals of this spec queue no results mail.
  const unsubscribe = await plantUnsubscribeToken(ids.participantId);

  // A decision on round 1, and two people asked to sign it off: one holds their link, the other
  // was removed. Planted like the unsubscribe link, so that no request mails them.
  await expectOk(sendAs(facilitator, { method: "PUT", path: `${api}/decision`, body: decision }));
  const signOff = await plantSignatory(workshopId);
  const removedSignOff = await plantSignatory(workshopId, { removed: true });

  // A framework the owner wrote and shared twice: the first link ended when the second was made.
  const { frameworkId } = JSON.parse(
    (
      await expectOk(
        sendAs(shared.owner, {
          method: "POST",
          path: "/api/frameworks",
          body: { definition: { ...matrixFramework, name: `${title} framework` } },
        }),
      )
    ).text,
  ) as { frameworkId: string };
  const shareFramework = async () =>
    (
      JSON.parse(
        (
          await expectOk(
            sendAs(shared.owner, { method: "POST", path: `/api/frameworks/${frameworkId}/share` }),
          )
        ).text,
      ) as { url: string }
    ).url
      .split("/")
      .at(-1)!;
  const endedFrameworkLink = await shareFramework();
  const frameworkLink = await shareFramework();

  const unknown = {
    share: linkToken(),
    facilitator: linkToken(),
    unsubscribe: linkToken(),
    signOff: linkToken(),
    framework: linkToken(),
  };
  const links = Object.fromEntries(
    roleList.map((role) => [role, { ...unknown }]),
  ) as World["links"];
  links["share-viewer"].share = live.token;
  links["revoked-link"].share = revoked.token;
  links.facilitator.facilitator = made.facilitatorToken;
  links.participant.unsubscribe = unsubscribe;
  links["share-viewer"].signOff = signOff.token;
  links["revoked-link"].signOff = removedSignOff.token;
  links["share-viewer"].framework = frameworkLink;
  links["other-account"].framework = frameworkLink;
  links["revoked-link"].framework = endedFrameworkLink;
  return {
    workshopId,
    title,
    inviteToken: made.inviteToken,
    participantId: ids.participantId,
    openRoundId: (JSON.parse(round2.text) as { roundId: string }).roundId,
    liveShareLinkId: live.shareLinkId,
    signatoryId: signOff.signatoryId,
    frameworkId,
    links,
    cookies: {
      anonymous: "",
      participant,
      "other-participant": shared.otherParticipant,
      facilitator,
      owner: shared.owner,
      "other-account": shared.otherAccount,
      "share-viewer": "",
      "revoked-link": "",
    },
  };
}

/** What a response means, in the matrix's words. */
function observe(row: Row, world: World, answer: Answer): string {
  const { status, location } = answer;
  if (status >= 300 && status < 400 && location) {
    const path = new URL(location, appOrigin()).pathname;
    if (path === "/link-not-found") return "not found";
    if (path === "/sign-in") return "to sign-in";
    if (path === `/w/${world.workshopId}/facilitate`) return "to facilitator page";
    if (path === `/w/${world.workshopId}`) return "to ballot";
    // The unsubscribe button's answer: back to its page, which now says the mails stopped.
    if (/^\/u\/[\w-]{43}$/.test(path)) return "allowed";
    return `redirect to ${path}`;
  }
  if (status === 404) return "not found";
  if (status === 403) return "forbidden";
  if (status === 400 && answer.text.includes('"frameworkId"')) return "not offered";
  if (status >= 200 && status < 300) return row.shows ? row.shows(world, answer.text) : "allowed";
  return `${status} ${answer.text.slice(0, 200)}`;
}

/** Refusals of the JSON API say so in the one error vocabulary. */
function expectErrorBody(answer: Answer, outcome: string, where: string) {
  if (!answer.type.startsWith("application/json") || answer.status < 400) return;
  const code = (JSON.parse(answer.text) as { error: { code: string } }).error.code;
  const expected = { "not found": "not-found", "not offered": "invalid-input" }[outcome];
  expect(code, where).toBe(expected ?? "forbidden");
}

async function runCell(row: Row, world: World, role: Role): Promise<string> {
  const answer = await sendAs(world.cookies[role], row.call(world, role));
  const outcome = observe(row, world, answer);
  expectErrorBody(answer, outcome, `${row.what} × ${roles[role]}`);
  return outcome;
}

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

test("the table agrees with lib/workshops/permissions.ts and with docs/permissions.md", async () => {
  for (const row of matrix) {
    const granted = roleList.filter((role) =>
      (row.grants ?? ["allowed"]).includes(row.expected[role]),
    );
    expect(granted, `${row.what}: who is let in`).toEqual(rolesFor(whoOf(row), row));
  }
  const covered = new Set<string>(
    matrix.flatMap((row) => [row.action, row.frameworkAction].filter((a) => a !== undefined)),
  );
  const missing = [...Object.keys(permissions), ...Object.keys(frameworkPermissions)].filter(
    (action) => !covered.has(action) && !notARequest.includes(action as Action),
  );
  expect(missing, "permissions without a row in the matrix").toEqual([]);

  const file = resolve(dirname(test.info().config.configFile!), DOC);
  const rendered = renderDoc();
  if (process.env.UPDATE_PERMISSIONS_DOC === "1") await writeFile(file, rendered);
  const current = await readFile(file, "utf8").catch(() => "");
  expect(
    current === rendered,
    `${DOC} is not the table in e2e/permissions.spec.ts; regenerate it with: ${REGENERATE}`,
  ).toBe(true);
});

test("every role gets exactly what the matrix says from every read and write", async () => {
  test.setTimeout(240_000);
  const shared = await createShared();

  type Cell = { row: Row; role: Role; outcome: string };
  const readWorld = await createWorld(shared);
  const jobs: (() => Promise<Cell[]>)[] = [];
  for (const row of matrix.filter((r) => r.kind === "read")) {
    for (const role of roleList) {
      jobs.push(async () => [{ row, role, outcome: await runCell(row, readWorld, role) }]);
    }
  }
  // A write that succeeds changes the workshop, so each one that should succeed gets a fresh
  // workshop; the refusals of a row share one, since they must change nothing.
  for (const row of matrix.filter((r) => r.kind === "write")) {
    const granted = roleList.filter((role) =>
      (row.grants ?? ["allowed"]).includes(row.expected[role]),
    );
    const groups = [roleList.filter((role) => !granted.includes(role)), ...granted.map((r) => [r])];
    for (const group of groups.filter((g) => g.length > 0)) {
      jobs.push(async () => {
        const world = await createWorld(shared);
        await row.prepare?.(world);
        const cells: Cell[] = [];
        for (const role of group)
          cells.push({ row, role, outcome: await runCell(row, world, role) });
        return cells;
      });
    }
  }
  const started = Date.now();
  const observed = new Map<Row, Partial<Record<Role, string>>>();
  for (const { row, role, outcome } of (
    await bounded(jobs.length, 8, (index) => jobs[index]!())
  ).flat()) {
    observed.set(row, { ...observed.get(row), [role]: outcome });
  }
  const mismatches: string[] = [];
  for (const row of matrix) {
    for (const role of roleList) {
      const got = observed.get(row)?.[role];
      if (got !== row.expected[role]) {
        mismatches.push(`${row.what} × ${roles[role]}: expected ${row.expected[role]}, got ${got}`);
      }
    }
  }
  console.log(
    `Permission matrix: ${matrix.length} rows × ${roleList.length} roles = ${matrix.length * roleList.length} cells, ${worlds} workshops set up, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  expect(mismatches).toEqual([]);
});
