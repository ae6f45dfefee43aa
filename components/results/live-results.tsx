"use client";

import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { ConnectionNotice } from "@/components/realtime/connection-notice";
import { useLiveWorkshop, type RenderedWorkshop } from "@/components/realtime/live-workshop";
import { useLiveUpdates } from "@/components/realtime/use-live-updates";
import type { ParticipantLiveState, ShareLiveState } from "@/lib/workshops/live-state";

/**
 * Keeps a member's results page current: a new round, a reveal, closing or new weights re-read
 * the page. Nothing is drawn but a notice when the connection is down.
 */
export function LiveResults({
  workshopId,
  rendered,
}: {
  workshopId: string;
  rendered: RenderedWorkshop & { resultsVersion: string };
}) {
  const initial: ParticipantLiveState = { ...rendered, counts: { joined: 0, voted: 0 } };
  const { connection } = useLiveWorkshop(workshopId, rendered, initial, { spread: true });
  return <ConnectionNotice connection={connection} />;
}

/** The same for a live share link: the page re-reads when the results changed. */
export function LiveSharedResults({
  token,
  resultsVersion,
}: {
  token: string;
  resultsVersion: string;
}) {
  const router = useRouter();
  const onState = useCallback(
    (state: ShareLiveState) => {
      if (state.resultsVersion !== resultsVersion) router.refresh();
    },
    [router, resultsVersion],
  );
  const connection = useLiveUpdates(`/s/${token}/events`, onState);
  return <ConnectionNotice connection={connection} />;
}
