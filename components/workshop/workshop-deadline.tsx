import { findWorkshopDeadline } from "@/lib/workshops/deadlines";
import { Deadline } from "./deadline";

/**
 * The deadline of the workshop's current round with its countdown, or nothing when no deadline
 * governs it. A server component that reads the deadline itself, so any page can show it with
 * one line: <WorkshopDeadline workshopId={workshopId} />.
 */
export async function WorkshopDeadline({ workshopId }: { workshopId: string }) {
  const found = await findWorkshopDeadline(workshopId);
  if (!found) return null;
  return <Deadline iso={found.deadline.toISOString()} action={found.action} />;
}
