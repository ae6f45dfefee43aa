"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

// The browser end of a live stream (lib/live/stream.ts). It reconnects by itself with growing
// pauses and tells the server the last state it has; where streams do not work at all (no
// EventSource, or a proxy that refuses them) it falls back to re-reading the page every few
// seconds. The connection's condition is returned so the page can say when it is offline.

export type Connection = "connecting" | "live" | "offline" | "polling";

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;
/** Failed attempts in a row, never having got through, after which the page polls instead. */
const ATTEMPTS_BEFORE_POLLING = 4;
const POLL_MS = 10_000;

/**
 * `credentials` names the cookies the stream was opened with: when it changes (this browser was
 * given new ones), the stream is opened again with them, since the server checks a stream's
 * access against the cookies it was opened with.
 */
export function useLiveUpdates<State>(
  url: string,
  onState: (state: State) => void,
  credentials = 0,
): Connection {
  const router = useRouter();
  const [connection, setConnection] = useState<Connection>("connecting");
  const onStateRef = useRef(onState);
  useEffect(() => {
    onStateRef.current = onState;
  }, [onState]);

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let poll: ReturnType<typeof setInterval> | undefined;
    let lastEventId: string | null = null;
    let failures = 0;
    let everOpened = false;
    let stopped = false;

    const startPolling = () => {
      setConnection("polling");
      poll ??= setInterval(() => {
        if (document.visibilityState === "visible") router.refresh();
      }, POLL_MS);
    };

    const open = () => {
      if (stopped) return;
      if (typeof EventSource === "undefined") return startPolling();
      const target = lastEventId ? `${url}?lastEventId=${encodeURIComponent(lastEventId)}` : url;
      source = new EventSource(target);
      source.addEventListener("open", () => {
        failures = 0;
        everOpened = true;
        if (poll) clearInterval(poll);
        poll = undefined;
        // The first state after an outage says whether the page is stale.
        setConnection("live");
      });
      source.addEventListener("state", (event) => {
        lastEventId = event.lastEventId || lastEventId;
        onStateRef.current(JSON.parse(event.data) as State);
      });
      source.addEventListener("gone", () => {
        stopped = true;
        source?.close();
        router.refresh();
      });
      source.addEventListener("error", () => {
        source?.close();
        source = null;
        failures += 1;
        if (!everOpened && failures >= ATTEMPTS_BEFORE_POLLING) startPolling();
        else setConnection("offline");
        const pause = Math.min(FIRST_RETRY_MS * 2 ** (failures - 1), MAX_RETRY_MS);
        retry = setTimeout(open, pause * (0.75 + Math.random() / 2));
      });
    };

    const online = () => {
      // Back online: try at once rather than waiting out the pause.
      if (source) return;
      clearTimeout(retry);
      open();
    };
    window.addEventListener("online", online);
    open();
    return () => {
      stopped = true;
      source?.close();
      clearTimeout(retry);
      if (poll) clearInterval(poll);
      window.removeEventListener("online", online);
    };
  }, [url, router, credentials]);

  return connection;
}
