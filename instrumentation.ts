// Next.js calls register() once when a server instance starts, in the Node.js runtime and never
// while `next build` prerenders pages (the runtime test wraps the imports, as Next.js documents,
// so other runtimes never bundle them). Blueprint uses it for two things:
// - it hands the ballot lane to the production server (scripts/serve.mjs, and
//   app/api/workshops/[workshopId]/votes/lane.ts for why);
// - it starts the periodic sweep of async workshops (deadlines and mail, lib/workshops/sweep.ts)
//   when there is a database. A failure to start is logged and the server runs on; deadlines
//   then still take effect when someone opens the workshop, only mails wait.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    if (process.env.NEXT_PHASE === "phase-production-build") return;
    const { openBallotLane } = await import("./app/api/workshops/[workshopId]/votes/lane");
    openBallotLane();
    if (!process.env.DATABASE_URL) return;
    try {
      const { startSweeper } = await import("./lib/workshops/sweep");
      startSweeper();
    } catch (error) {
      console.error("Could not start the deadline and mail sweep", error);
    }
  }
}
