// How many live streams may be open at once, counted in memory by the app instance that holds
// them: a stream is a socket and some memory for as long as it stays open, so a script holding
// thousands would starve the instance. Each viewer's credential (a participant, a facilitator
// link or account, a share link) and each workshop has a cap; a stream over either is refused
// before it opens, and a stream that ends gives its slot back at once, so a reconnect finds it.
// Per instance, because streams are: behind a load balancer each instance holds its own share.

export interface StreamCaps {
  /** Streams one credential may hold: a phone needs one or two, a reconnect overlaps briefly. */
  perViewer: number;
  /** Streams one workshop may have: its room, its facilitators and its share-link viewers. */
  perWorkshop: number;
}

/** Who is watching: the credential the stream was opened with, and what it may hold. */
export interface StreamViewer {
  /** e.g. "participant:<id>", "facilitator:<capability id>", "share:<link id>". */
  key: string;
  /** Overrides StreamCaps.perViewer: a share link is handed round a whole leadership team. */
  limit?: number;
  /**
   * Not held to the workshop's cap (the facilitator, capped per viewer only): whoever holds the
   * invite link could otherwise fill the workshop's streams and cut the facilitator off.
   */
  beyondWorkshopCap?: boolean;
}

export class StreamSlots {
  private readonly byViewer = new Map<string, number>();
  private readonly byWorkshop = new Map<string, number>();

  constructor(private readonly caps: StreamCaps) {}

  /** A slot for a new stream, or null when the viewer or the workshop is at its cap. */
  take(workshopId: string, viewer: StreamViewer): (() => void) | null {
    const viewerKey = `${workshopId}:${viewer.key}`;
    const viewerCount = this.byViewer.get(viewerKey) ?? 0;
    const workshopCount = this.byWorkshop.get(workshopId) ?? 0;
    if (viewerCount >= (viewer.limit ?? this.caps.perViewer)) return null;
    if (workshopCount >= this.caps.perWorkshop && !viewer.beyondWorkshopCap) return null;
    this.byViewer.set(viewerKey, viewerCount + 1);
    this.byWorkshop.set(workshopId, workshopCount + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      decrement(this.byViewer, viewerKey);
      decrement(this.byWorkshop, workshopId);
    };
  }

  /** Open streams of a viewer in a workshop (for tests and diagnostics). */
  heldBy(workshopId: string, viewerKey: string): number {
    return this.byViewer.get(`${workshopId}:${viewerKey}`) ?? 0;
  }

  /** Open streams of a workshop. */
  heldIn(workshopId: string): number {
    return this.byWorkshop.get(workshopId) ?? 0;
  }
}

function decrement(counts: Map<string, number>, key: string): void {
  const left = (counts.get(key) ?? 0) - 1;
  if (left > 0) counts.set(key, left);
  else counts.delete(key);
}
