// Next.js calls register() once when a server instance starts. Blueprint uses it to start the
// periodic sweep of async workshops (deadlines and mail, lib/workshops/sweep.ts): only in the
// Node.js runtime, never while `next build` prerenders pages, and only when there is a database.
// A failure to start is logged and the server runs on; deadlines then still take effect when
// someone opens the workshop, only mails wait.
export async function register(): Promise<void> {
  // The runtime test wraps the import, as Next.js documents, so other runtimes never bundle it.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    if (process.env.NEXT_PHASE === "phase-production-build" || !process.env.DATABASE_URL) return;
    try {
      const { startSweeper } = await import("./lib/workshops/sweep");
      startSweeper();
    } catch (error) {
      console.error("Could not start the deadline and mail sweep", error);
    }
  }
}
