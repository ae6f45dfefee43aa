import { z } from "zod";

// Forms validate with the server's zod schemas in the browser, where the Content-Security-Policy
// (./csp.ts) allows no eval. Building an object schema makes zod probe `new Function` for a
// compiled fast path; the probe's failure is caught, but Chromium still reports a CSP violation.
// Jitless zod never probes. Imported first by the modules that build schemas for the browser, so
// it runs before any of them; the server keeps the compiled fast path.
if (typeof window !== "undefined") z.config({ jitless: true });
