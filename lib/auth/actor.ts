import "server-only";
import { notFound } from "next/navigation";
import { resolveActor } from "@/lib/workshops/data";
import { isWorkshopError } from "@/lib/workshops/errors";
import type { Actor } from "@/lib/workshops/permissions";
import { readCredentials } from "./cookies";

/** The powers this request carries in one workshop (throws not-found for an unknown one). */
export async function currentActor(workshopId: string): Promise<Actor> {
  return resolveActor(workshopId, await readCredentials(workshopId));
}

/** For pages: an unknown or malformed workshop id renders the 404 page, revealing nothing. */
export async function currentActorOrNotFound(workshopId: string): Promise<Actor> {
  try {
    return await currentActor(workshopId);
  } catch (error) {
    if (isWorkshopError(error) && error.code === "not-found") notFound();
    throw error;
  }
}
