import { currentActor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db/prisma";
import { json, route } from "@/lib/http/route";
import { WorkshopError } from "@/lib/workshops/errors";
import { may } from "@/lib/workshops/permissions";

/**
 * The workshop's newest round, number and status only: what a results page polls to learn that
 * the next round opened, without rendering the results again.
 */
export const GET = route<{ workshopId: string }>(async (_request, { workshopId }) => {
  if (!may(await currentActor(workshopId), "results.view", workshopId)) {
    throw new WorkshopError("not-found");
  }
  const round = await prisma().round.findFirst({
    where: { workshopId },
    orderBy: { number: "desc" },
    select: { number: true, status: true },
  });
  if (!round) throw new WorkshopError("not-found");
  return json(round);
});
