import { expect, test as base, type BrowserContext } from "@playwright/test";

// The specs' `test`: Playwright's, plus a watch on every browser page for Content-Security-
// Policy violations. Any one fails the test, so every flow the suite walks through also proves
// that the policy (lib/http/csp.ts) blocks nothing the app needs. Pages opened through
// browser.newContext() or browser.newPage() (the participants' phones) are watched too.
//
// A test that provokes a violation on purpose reads it from `cspViolations` and empties it.

const PREFIX = "[csp-violation]";
const watched = new WeakSet<BrowserContext>();

async function watch(context: BrowserContext, violations: string[]) {
  // The default context may come through the replaced newContext below as well.
  if (watched.has(context)) return;
  watched.add(context);
  // Runs before the page's own scripts in every document; the policy does not apply to it.
  await context.addInitScript((prefix: string) => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : "";
      console.error(
        `${prefix} ${event.effectiveDirective} refused ${event.blockedURI || "(inline)"}${where} ` +
          `on ${location.pathname}: ${event.sample}`,
      );
    });
  }, PREFIX);
  context.on("console", (message) => {
    const text = message.text();
    // Ours, and Chromium's own report of the same thing, whichever arrives.
    if (text.startsWith(PREFIX) || /Content Security Policy/i.test(text)) violations.push(text);
  });
}

// The second argument of a fixture is named `provide`: React's lint rules take `use` for the hook.
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ browser }, provide) => {
      const violations: string[] = [];
      const newContext = browser.newContext;
      // browser.newPage() goes through newContext, so this one replacement covers both.
      browser.newContext = async (...args) => {
        const context = await newContext.apply(browser, args);
        await watch(context, violations);
        return context;
      };
      try {
        await provide(violations);
      } finally {
        browser.newContext = newContext;
      }
      expect(violations, "Content-Security-Policy violations in the browser").toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, cspViolations }, provide) => {
    await watch(context, cspViolations);
    await provide(context);
  },
});

export { expect };
