import type { Page } from "@playwright/test";
import { LIMITS } from "@/lib/workshops/limits";
import { expect, test } from "./fixtures";
import { createWorkshop, expectAccessible, screenshots } from "./workshop-steps";

// The forms check their input in the browser with the zod schemas the server uses: what is
// wrong shows next to each field, which is marked invalid and described by its message, focus
// moves to the first one, and nothing is sent. What only the server can tell it names by field,
// and the form shows that the same way.

/** Counts the form's requests to `path`, so a test can prove that nothing was sent. */
function countPosts(page: Page, path: string): () => number {
  let posts = 0;
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname === path) posts++;
  });
  return () => posts;
}

test("the start form explains every wrong field before sending anything", async ({
  page,
}, testInfo) => {
  const posts = countPosts(page, "/api/workshops");
  await page.goto("/");
  const title = page.getByLabel("Workshop title");
  await expect(title).toHaveAttribute("maxlength", String(LIMITS.title));
  await expect(page.getByLabel("Team size (optional)")).toHaveAttribute(
    "max",
    String(LIMITS.teamSize.max),
  );
  await page.getByLabel("Team name").fill("   ");
  await page.getByLabel("Team size (optional)").fill(String(LIMITS.teamSize.max + 1));
  await page.getByRole("button", { name: "Create workshop" }).click();

  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Please correct the highlighted fields.",
  );
  for (const [label, message] of [
    ["Workshop title", "Enter a title."],
    ["Team name", "Enter the team's name."],
    [
      "Team size (optional)",
      "How many people the decision affects, voting or not. " +
        `Enter a team size of at most ${LIMITS.teamSize.max}.`,
    ],
  ]) {
    const field = page.getByLabel(label!);
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(message!);
  }
  await expect(title).toBeFocused();
  expect(posts()).toBe(0);
  await expectAccessible(page);
  await screenshots(page, testInfo, "start-form-errors");

  // Corrected, it goes through.
  await title.fill("Limits");
  await page.getByLabel("Team name").fill("Platform");
  await page.getByLabel("Team size (optional)").fill(String(LIMITS.teamSize.max));
  await page.getByRole("button", { name: "Create workshop" }).click();
  await expect(page.getByRole("heading", { name: "Your workshop is ready" })).toBeFocused();
  expect(posts()).toBe(1);
});

test("the start form shows the server's field errors next to their fields", async ({ page }) => {
  // Something only the server can know, answered as every route handler answers invalid input:
  // a code per field, which the form words in the reader's language.
  await page.route("**/api/workshops", (route) =>
    route.fulfill({
      status: 400,
      contentType: "application/json",
      body: JSON.stringify({
        error: {
          code: "invalid-input",
          message: "Some of the input is not valid.",
          fields: { teamName: "too-long" },
        },
      }),
    }),
  );
  await page.goto("/");
  await page.getByLabel("Workshop title").fill("Server errors");
  await page.getByLabel("Team name").fill("Platform");
  await page.getByRole("button", { name: "Create workshop" }).click();

  const teamName = page.getByLabel("Team name");
  await expect(teamName).toHaveAttribute("aria-invalid", "true");
  await expect(teamName).toHaveAccessibleDescription(
    `Keep the team's name to ${LIMITS.teamName} characters or fewer.`,
  );
  await expect(teamName).toBeFocused();
  await expect(page.getByLabel("Workshop title")).toHaveAttribute("aria-invalid", "false");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Please correct the highlighted fields.",
  );
});

test("the join form explains a missing name and role before sending anything", async ({
  page,
  browser,
}, testInfo) => {
  const { inviteLink } = await createWorkshop(page, { title: "Join errors" });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const phone = await context.newPage();
  const posts = countPosts(phone, "/api/workshops/join");
  await phone.goto(inviteLink);
  const name = phone.getByLabel("Your name");
  await expect(name).toHaveAttribute("maxlength", String(LIMITS.displayName));
  await phone.getByLabel(/^E-mail me/).fill("sam at example");
  await phone.getByRole("button", { name: "Join the workshop" }).click();

  await expect(phone.getByRole("main").getByRole("alert")).toHaveText(
    "Please correct the highlighted fields.",
  );
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription("As your team knows you. Enter your name.");
  await expect(name).toBeFocused();
  await expect(phone.getByLabel("Your role")).toHaveAccessibleDescription("Choose your role.");
  await expect(phone.getByLabel(/^E-mail me/)).toHaveAttribute("aria-invalid", "true");
  expect(posts()).toBe(0);
  await expectAccessible(phone);
  await screenshots(phone, testInfo, "join-form-errors");

  await name.fill("Sam");
  await phone.getByLabel("Your role").selectOption({ label: "Something else" });
  await phone.getByLabel(/^E-mail me/).fill("");
  await phone.getByRole("button", { name: "Join the workshop" }).click();
  await phone.waitForURL(/\/w\/[0-9a-f-]{36}$/);
  expect(posts()).toBe(1);
  await context.close();
});
