import "server-only";
import { RateLimitedError } from "@/lib/errors";
import { connect, STREAM_RETRY_AFTER_SECONDS, takeStreamSlot, type LiveConnection } from "./hub";
import type { StreamViewer } from "./stream-slots";

// A server-sent events response for one viewer of one workshop. Each message is a whole state
// (event "state"), so a browser that reconnects needs no replay: it sends the id of the last
// state it has (Last-Event-ID, or ?lastEventId= when it reconnects by itself) and gets the
// current one only if that changed. Comments every 20 s keep proxies from closing an idle
// stream; "gone" tells the page the workshop was deleted or the viewer lost access, so it
// re-reads and shows what is true now. A viewer or workshop that already holds as many streams
// as it may (hub.ts) is refused with a 429 before a stream opens; the slot a stream holds is
// given back the moment it ends, however it ends.

const HEARTBEAT_MS = 20_000;

function refuseStream(): never {
  throw new RateLimitedError(STREAM_RETRY_AFTER_SECONDS);
}

export function liveResponse<State>(
  request: Request,
  watched: Pick<LiveConnection<State>, "workshopId" | "read" | "view" | "allowed">,
  viewer: StreamViewer,
): Response {
  const { workshopId } = watched;
  const releaseSlot = takeStreamSlot(workshopId, viewer) ?? refuseStream();
  const lastEventId =
    request.headers.get("last-event-id") ??
    new URL(request.url).searchParams.get("lastEventId") ??
    null;
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const heartbeat = setInterval(() => write(": still here\n\n"), HEARTBEAT_MS);
      const disconnect = connect({
        ...watched,
        lastEventId: lastEventId && lastEventId.length <= 64 ? lastEventId : null,
        send: ({ id, data }) => write(`id: ${id}\nevent: state\ndata: ${data}\n\n`),
        end: () => {
          write("event: gone\ndata: {}\n\n");
          close();
        },
      });
      function close() {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        disconnect();
        releaseSlot();
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      }
      cleanup = close;
      request.signal.addEventListener("abort", close);
      // Gone before the stream started: no abort event will come to give the slot back.
      if (request.signal.aborted) close();
      write("retry: 2000\n\n");
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform keeps compression (which would buffer the stream) out of the way.
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
