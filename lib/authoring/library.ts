import "server-only";
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import type { FrameworkGrant } from "@/lib/access/gate";
import { deriveFrameworkShareToken, hashToken } from "@/lib/auth/tokens";
import { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/prisma";
import { rows } from "@/lib/db/rows";
import { authSecret } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isFrameworkId } from "@/lib/frameworks/catalogue";
import { checkFramework } from "@/lib/frameworks/schema";
import { isToken } from "@/lib/ids";
import type { Framework } from "@/lib/scoring";

// Frameworks people write (issue 18). A framework belongs to the account that wrote it; each
// save adds a version and none is ever changed, so the history is the list of versions. A
// workshop copies the version it starts from (lib/workshops/mutations.ts), which is why editing
// a framework never touches a workshop that exists. Others see a framework only through its
// read-and-copy link, and what they copy becomes a framework of their own.

/** A framework in its author's list. */
export interface OwnFrameworkSummary {
  id: string;
  name: string;
  question: string;
  summary: string;
  version: number;
  updatedAt: Date;
  shared: boolean;
  /** Workshops started from any of its versions. */
  workshops: number;
}

/** A framework as its author edits it: the newest version and the history. */
export interface OwnFramework {
  id: string;
  definition: Framework;
  version: number;
  versions: { version: number; createdAt: Date; workshops: number }[];
  /** The read-and-copy link while the framework is shared. */
  shareToken: string | null;
}

/**
 * The definition as a framework someone writes must be: the file format (lib/frameworks/schema.ts,
 * which runs validateFramework), and an id of its own, so that nothing meant for a built-in
 * framework, such as a revision of the scoring contract, ever applies to it. Every problem is
 * named at its field.
 */
export function checkDefinition(value: unknown): Framework {
  const checked = checkFramework(value);
  if (!checked.ok) {
    throw new AppError(
      "invalid-input",
      Object.fromEntries(
        checked.problems.map(({ path, code }) => [
          path ? `definition.${path}` : "definition",
          code,
        ]),
      ),
    );
  }
  if (isFrameworkId(checked.framework.id)) {
    throw new AppError("invalid-input", { "definition.id": "reserved-id" });
  }
  return checked.framework;
}

function asJson(framework: Framework): Prisma.InputJsonObject {
  return framework as unknown as Prisma.InputJsonObject;
}

/** listOwnFrameworks' statement: each framework with its newest version. */
const ownFrameworkRow = z.object({
  id: z.string(),
  updatedAt: z.date(),
  shared: z.boolean(),
  version: z.number().int(),
  definition: z.object({ name: z.string(), question: z.string(), summary: z.string() }),
  workshops: z.number().int(),
});

/** The account's frameworks, the most recently changed first. */
export async function listOwnFrameworks(
  grant: FrameworkGrant<"frameworks.list-own">,
): Promise<OwnFrameworkSummary[]> {
  const found = await rows(
    "listOwnFrameworks",
    ownFrameworkRow,
    prisma().$queryRaw`
    SELECT f.id, f.updated_at AS "updatedAt", f.share_token_hash IS NOT NULL AS shared,
      newest.version, newest.definition,
      (SELECT count(*)::int FROM workshops w
        JOIN framework_versions fv ON fv.id = w.framework_version_id
        WHERE fv.framework_id = f.id) AS workshops
    FROM frameworks f
    CROSS JOIN LATERAL (
      SELECT v.version, v.definition FROM framework_versions v
      WHERE v.framework_id = f.id ORDER BY v.version DESC LIMIT 1
    ) newest
    WHERE f.owner_id = ${grant.userId}::uuid
    ORDER BY f.updated_at DESC`,
  );
  return found.map(({ definition, ...framework }) => ({
    ...framework,
    name: definition.name,
    question: definition.question,
    summary: definition.summary,
  }));
}

export async function loadOwnFramework(
  grant: FrameworkGrant<"framework.view">,
): Promise<OwnFramework> {
  // Only the newest version's definition is read: the history needs its dates and counts only.
  const found = await prisma().framework.findUnique({
    where: { id: grant.frameworkId },
    select: {
      id: true,
      sharedAt: true,
      versions: {
        orderBy: { version: "desc" },
        select: { version: true, createdAt: true, _count: { select: { workshops: true } } },
      },
    },
  });
  const newest = await prisma().frameworkVersion.findFirst({
    where: { frameworkId: grant.frameworkId },
    orderBy: { version: "desc" },
    select: { version: true, definition: true },
  });
  // Deleted in another tab since the gate let the caller in.
  if (!found || !newest) throw new AppError("not-found");
  return {
    id: found.id,
    definition: newest.definition as unknown as Framework,
    version: newest.version,
    versions: found.versions.map((version) => ({
      version: version.version,
      createdAt: version.createdAt,
      workshops: version._count.workshops,
    })),
    shareToken:
      found.sharedAt === null
        ? null
        : deriveFrameworkShareToken(authSecret(), found.id, found.sharedAt),
  };
}

/** A new framework of the grant's account, as version 1: written, imported or copied. */
export async function createFramework(
  grant: FrameworkGrant<"framework.create">,
  definition: unknown,
): Promise<{ frameworkId: string; version: number }> {
  const framework = checkDefinition(definition);
  const created = await prisma().framework.create({
    data: {
      ownerId: grant.userId,
      versions: { create: { version: 1, definition: asJson(framework) } },
    },
    select: { id: true },
  });
  return { frameworkId: created.id, version: 1 };
}

/**
 * Saves an edit as a new version. `basedOn` is the version the editor opened: when another tab
 * saved since, the save is refused rather than silently dropping that tab's work. Saving what the
 * newest version already says adds nothing.
 */
export async function saveFramework(
  grant: FrameworkGrant<"framework.edit">,
  definition: unknown,
  basedOn: number,
): Promise<{ version: number; saved: boolean }> {
  const framework = checkDefinition(definition);
  const frameworkId = grant.frameworkId!;
  try {
    return await prisma().$transaction(async (tx) => {
      // The row lock orders concurrent saves of one framework.
      await tx.$executeRaw`SELECT 1 FROM frameworks WHERE id = ${frameworkId}::uuid FOR UPDATE`;
      const newest = await tx.frameworkVersion.findFirstOrThrow({
        where: { frameworkId },
        orderBy: { version: "desc" },
        select: { version: true, definition: true },
      });
      if (newest.version !== basedOn) throw new AppError("framework-changed");
      if (isDeepStrictEqual(newest.definition, JSON.parse(JSON.stringify(framework)))) {
        return { version: newest.version, saved: false };
      }
      const version = newest.version + 1;
      await tx.frameworkVersion.create({
        data: { frameworkId, version, definition: asJson(framework) },
      });
      await tx.framework.update({ where: { id: frameworkId }, data: { updatedAt: new Date() } });
      return { version, saved: true };
    });
  } catch (error) {
    // A framework deleted in another tab meanwhile.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
      throw new AppError("not-found");
    }
    throw error;
  }
}

/** Makes a new read-and-copy link (the earlier one, if any, stops working) and returns it. */
export async function shareFramework(grant: FrameworkGrant<"framework.share">): Promise<string> {
  const sharedAt = new Date();
  const token = deriveFrameworkShareToken(authSecret(), grant.frameworkId!, sharedAt);
  await prisma().framework.update({
    where: { id: grant.frameworkId },
    data: { sharedAt, shareTokenHash: hashToken(token) },
  });
  return token;
}

/** Ends the read-and-copy link: the framework is private again. */
export async function stopSharingFramework(
  grant: FrameworkGrant<"framework.share">,
): Promise<void> {
  await prisma().framework.update({
    where: { id: grant.frameworkId },
    data: { sharedAt: null, shareTokenHash: null },
  });
}

/** Deletes a framework and its versions; workshops made from it keep their own copy. */
export async function deleteFramework(grant: FrameworkGrant<"framework.delete">): Promise<void> {
  await prisma().framework.deleteMany({ where: { id: grant.frameworkId } });
}

/** What a read-and-copy link shows: the newest version, and nothing of its author. */
export interface SharedFramework {
  frameworkId: string;
  definition: Framework;
  version: number;
}

/** The framework a read-and-copy link is for, or null for a link that is unknown or ended. */
export async function findSharedFramework(token: string): Promise<SharedFramework | null> {
  if (!isToken(token)) return null;
  const found = await prisma().framework.findUnique({
    where: { shareTokenHash: hashToken(token) },
    select: {
      id: true,
      versions: {
        orderBy: { version: "desc" },
        take: 1,
        select: { version: true, definition: true },
      },
    },
  });
  const newest = found?.versions[0];
  if (!found || !newest) return null;
  return {
    frameworkId: found.id,
    definition: newest.definition as unknown as Framework,
    version: newest.version,
  };
}

/**
 * The newest version of the grant's framework, to start a workshop on: the workshop keeps a copy
 * of the definition and the version's id.
 */
export async function frameworkToRun(
  grant: FrameworkGrant<"framework.use">,
): Promise<{ definition: Framework; versionId: string }> {
  const newest = await prisma().frameworkVersion.findFirstOrThrow({
    where: { frameworkId: grant.frameworkId },
    orderBy: { version: "desc" },
    select: { id: true, definition: true },
  });
  return { definition: newest.definition as unknown as Framework, versionId: newest.id };
}
