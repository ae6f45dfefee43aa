// Whether an error means "the database cannot be reached right now" (down, restarting, or the
// connection dropped), as opposed to a bug or bad input. Such errors become a 503 with
// Retry-After: the write did not happen, and trying again shortly is the right thing to do.

const PRISMA_CODES = new Set([
  "P1001", // can't reach database server
  "P1002", // server reached but timed out
  "P1008", // operation timed out
  "P1017", // server closed the connection
  "P2024", // timed out fetching a connection from the pool
]);

const SQLSTATES = new Set([
  "57P01", // admin_shutdown: terminating connection due to administrator command
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: the database system is starting up / shutting down
  "08000", // connection_exception
  "08001", // sqlclient_unable_to_establish_sqlconnection
  "08003", // connection_does_not_exist
  "08006", // connection_failure
]);

const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND"]);

const MESSAGES =
  /connection terminated|terminating connection|database system is (starting up|shutting down)|can't reach database server|server has closed the connection|connection refused|ECONNREFUSED|ECONNRESET|Connection terminated unexpectedly/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== "object" || error === null) return false;
  const { code, message, cause, originalCode } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    originalCode?: unknown;
  };
  for (const value of [code, originalCode]) {
    if (typeof value !== "string") continue;
    if (PRISMA_CODES.has(value) || SQLSTATES.has(value) || NETWORK_CODES.has(value)) return true;
  }
  if (typeof message === "string" && MESSAGES.test(message)) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}
