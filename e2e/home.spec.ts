import { expect, test } from "./fixtures";
import { expectAccessible } from "./workshop-steps";

test("the home page explains Blueprint and meets WCAG 2.2 AA", async ({ page }) => {
  await page.goto("/");
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: /decide together how your models reach production/i,
    }),
  ).toBeVisible();
  for (const name of [
    "Linear Handoff",
    "Iterative Feedback Loop",
    "Continuous Delivery Pipeline",
  ]) {
    await expect(page.getByRole("heading", { level: 3, name })).toBeVisible();
  }

  await expectAccessible(page);
});

test("keyboard users can skip straight to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("the health endpoint reports a reachable database and is never cached", async ({
  request,
}) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});
