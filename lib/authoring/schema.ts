import { z } from "zod";
import { issue } from "@/lib/errors";
import { tokenSchema } from "@/lib/ids";

// What the framework routes read. The definition itself is checked by the library
// (./library.ts checkDefinition), which names every problem at its field; here it only has to
// be an object.

const definition = z.record(z.string(), z.unknown(), issue("not-an-object"));

export const createFrameworkSchema = z.object({ definition });

export const saveFrameworkSchema = z.object({
  definition,
  /** The version the editor opened, so a save never overwrites one made elsewhere. */
  basedOn: z.int(issue("not-whole-number")).min(1, issue("too-small")),
});

export const copyFrameworkSchema = z.object({ token: tokenSchema });
