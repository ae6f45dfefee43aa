import { z } from "zod";
import { tokenSchema } from "@/lib/ids";

// What the framework routes read. The definition itself is checked by the library
// (./library.ts checkDefinition), which names every problem at its field; here it only has to
// be an object.

const definition = z.record(z.string(), z.unknown(), "Send the framework as a JSON object.");

export const createFrameworkSchema = z.object({ definition });

export const saveFrameworkSchema = z.object({
  definition,
  /** The version the editor opened, so a save never overwrites one made elsewhere. */
  basedOn: z.int("Send the version you edited.").min(1, "Send the version you edited."),
});

export const copyFrameworkSchema = z.object({ token: tokenSchema });
