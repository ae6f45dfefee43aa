import type { Page } from "@playwright/test";
import { onCallModel } from "@/lib/frameworks";
import { expect, test } from "./fixtures";
import { signedInAccount } from "./support/accounts";
import { query } from "./support/database";
import { createWorkshop, expectAccessible, joinAs, screenshots, vote } from "./workshop-steps";

// Issue 18's whole path in a browser: a facilitator writes a framework of their own in the
// editor (three criteria, four options, a problem named at its field and put right), runs a
// workshop on it with three phones through the reveal and a share link, edits the framework,
// and the earlier workshop still shows the version it started with. An import of a broken file
// names each problem.

/** The editor's field for a path of the file format, e.g. "criteria.0.name". */
const field = (page: Page, path: string) => page.locator(`[id="field-${path}"]`);

async function fill(page: Page, values: Record<string, string>) {
  for (const [path, value] of Object.entries(values)) await field(page, path).fill(value);
}

const criteria = [
  {
    name: "How soon fixes must reach users",
    anchors: ["A month is fine", "Within two weeks", "Within days"],
    help: "Think of the last serious bug and how long users waited.",
  },
  {
    name: "Automated testing",
    kind: "capacity",
    anchors: ["Everything is tested by hand", "The main paths are automated", "Every screen is"],
    help: "Count the tests that run without anyone watching.",
  },
  {
    name: "Store review tolerance",
    anchors: ["Each review is a worry", "Reviews are routine", "We never think about them"],
    help: "How the team feels about each submission to the app stores.",
  },
];

/** Four release rhythms, each with its own profile over the three criteria. */
const options = [
  { name: "Monthly train", summary: "One planned release a month.", profile: ["1", "2", "2"] },
  { name: "Fortnightly train", summary: "A release every two weeks.", profile: ["3", "3", "3"] },
  { name: "Weekly train", summary: "A release every week.", profile: ["4", "4", "4"] },
  { name: "Release on merge", summary: "Every merged change ships.", profile: ["5", "5", "5"] },
];

test("a facilitator writes a framework, runs a workshop on it, edits it, and the workshop keeps its version", async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(240_000);
  const account = await signedInAccount({ name: "Author" });
  const host = new URL(baseURL!).hostname;
  await page
    .context()
    .addCookies([
      { name: "next-auth.session-token", value: account.sessionToken, domain: host, path: "/" },
    ]);

  // The gallery: every template, with a way to start from it.
  await page.goto("/frameworks");
  await expect(page.getByRole("heading", { name: "Your frameworks", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Start from the template/ })).toHaveCount(4);
  await expectAccessible(page);
  await screenshots(page, testInfo, "framework-gallery");

  await page.getByRole("link", { name: "New framework" }).click();
  await page.waitForURL(/\/frameworks\/new$/);
  await fill(page, {
    name: "Release cadence",
    question: "How often should we release the mobile app?",
    summary: "Releasing often gets fixes out sooner but costs review and testing every time.",
  });
  await expect(field(page, "id")).toHaveValue("release-cadence");
  // Written in its author's language, English here.
  await expect(field(page, "language")).toHaveValue("en");
  await expect(field(page, "language").locator("option:checked")).toHaveText("English");
  await page.getByRole("button", { name: "Add a criterion" }).click();
  await page.getByRole("button", { name: "Add an option" }).click();
  await page.getByRole("button", { name: "Add an option" }).click();
  for (const [index, criterion] of criteria.entries()) {
    const at = `criteria.${index}`;
    await fill(page, {
      [`${at}.name`]: criterion.name,
      [`${at}.anchors.1`]: criterion.anchors[0]!,
      [`${at}.anchors.3`]: criterion.anchors[1]!,
      [`${at}.help`]: criterion.help,
    });
    // The third criterion's 5 is left out for now: the save names it.
    if (index < 2) await field(page, `${at}.anchors.5`).fill(criterion.anchors[2]!);
    if (criterion.kind === "capacity") {
      await page
        .getByRole("listitem")
        .filter({ hasText: `Criterion ${index + 1}` })
        .getByRole("radio", { name: /How much the team has/ })
        .check();
    }
  }
  for (const [index, option] of options.entries()) {
    await fill(page, {
      [`options.${index}.name`]: option.name,
      [`options.${index}.summary`]: option.summary,
    });
    for (const [c, value] of option.profile.entries()) {
      await field(page, `options.${index}.profile.${c}`).selectOption(value);
    }
  }

  await page.getByRole("button", { name: "Save framework" }).click();
  const form = page.getByRole("form", { name: "Framework" });
  await expect(form.getByRole("alert")).toContainText("One problem to fix before saving");
  const missing = field(page, "criteria.2.anchors.5");
  await expect(missing).toBeFocused();
  await expect(missing).toHaveAttribute("aria-invalid", "true");
  await expect(missing).toHaveAccessibleDescription(/must be a non-empty text/);
  await missing.fill(criteria[2]!.anchors[2]!);
  await expect(missing).toHaveAttribute("aria-invalid", "false");

  // The preview: a team that scores like each option is sent to that option.
  const sample = page.getByTestId("sample-result");
  for (const option of options) {
    await expect(sample.getByRole("row", { name: new RegExp(`^${option.name}`) })).toContainText(
      `${option.name} (`,
    );
  }
  await expectAccessible(page);
  await screenshots(page, testInfo, "framework-editor");

  await page.getByRole("button", { name: "Save framework" }).click();
  await page.waitForURL(/\/frameworks\/[0-9a-f-]{36}\?saved=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 1." })).toBeVisible();
  const frameworkId = page.url().split("/frameworks/")[1]!.split("?")[0]!;

  // A workshop on it, from the start form, with three phones.
  const workshop = await createWorkshop(page, {
    title: "Release rhythm",
    teamName: "Mobile",
    decision: "Release cadence (yours)",
  });
  const pinned = await query<{ framework_version_id: string | null }>(
    "SELECT framework_version_id FROM workshops WHERE id = $1",
    [workshop.workshopId],
  );
  expect(pinned[0]?.framework_version_id).toBeTruthy();
  const names = criteria.map((c) => c.name);
  const answers = [
    [5, 5, 5],
    [5, 4, 5],
    [4, 5, 5],
  ] as const;
  for (const [index, person] of ["Ada", "Ben", "Cleo"].entries()) {
    const phone = await joinAs(browser, workshop.inviteLink, person, "ML engineer");
    for (const name of names) await expect(phone.getByRole("group", { name })).toBeVisible();
    await vote(phone, Object.fromEntries(names.map((name, i) => [name, answers[index]![i]!])));
    if (person === "Ada") {
      // Ada reads Blueprint in German: the framework is shown as written, its texts marked as
      // English for her screen reader, and the ballot's own words are German.
      await phone
        .context()
        .addCookies([{ name: "bp_locale", value: "de", domain: host, path: "/" }]);
      await phone.reload();
      await expect(phone.locator("html")).toHaveAttribute("lang", "de-DE");
      await expect(phone.getByRole("group", { name: names[0] })).toContainText("Warum?");
      await expect(phone.locator('legend [lang="en"]')).toHaveText(names);
      await expect(phone.locator('dd[lang="en"]').first()).toHaveText(criteria[0]!.anchors[0]!);
    } else {
      // A reader in the framework's own language needs no marks.
      await expect(phone.locator("main [lang]")).toHaveCount(0);
    }
    await phone.context().close();
  }
  await page.goto(`/w/${workshop.workshopId}/facilitate`);
  await page.getByRole("button", { name: "Reveal the votes" }).click();
  await page.getByRole("button", { name: "Reveal now" }).click();
  await page.waitForURL(/\/present$/);
  await expect(page.getByTestId("room-view")).toContainText("Release on merge");

  const shared = await page.request.post(`/api/workshops/${workshop.workshopId}/share-links`, {
    data: { label: "Leadership", mode: "live" },
  });
  expect(shared.status()).toBe(201);
  const { url: shareUrl } = (await shared.json()) as { url: string };
  const leader = await browser.newPage();
  await leader.goto(shareUrl);
  await expect(leader.getByRole("main")).toContainText("Release on merge");
  await expect(leader.getByRole("main")).toContainText("Monthly train");
  await expect(leader.locator("main [lang]")).toHaveCount(0);
  await leader.close();
  // Leadership reading Blueprint in German gets the options' names marked as English.
  const german = await browser.newContext({ locale: "de-DE" });
  const reader = await german.newPage();
  await reader.goto(shareUrl);
  await expect(reader.locator("html")).toHaveAttribute("lang", "de-DE");
  const marked = reader.getByTestId("ranking").locator('h3 [lang="en"]');
  await expect(marked).toHaveCount(options.length);
  for (const option of options) {
    await expect(marked.filter({ hasText: new RegExp(`^${option.name}$`) })).toHaveCount(1);
  }
  await german.close();

  // An edit makes version 2; the workshop keeps version 1.
  await page.goto(`/frameworks/${frameworkId}`);
  await field(page, "options.0.name").fill("Monthly release train");
  await page.getByRole("button", { name: "Save a new version" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 2" })).toBeVisible();
  await expect(page.getByTestId("framework-versions").getByRole("listitem")).toHaveCount(2);

  await page.goto(`/w/${workshop.workshopId}/results`);
  const results = page.getByRole("main");
  await expect(results).toContainText("Release on merge");
  await expect(results).toContainText("Monthly train");
  await expect(results).not.toContainText("Monthly release train");

  // Another account can neither open nor run it.
  const other = await signedInAccount({ name: "Other" });
  const asOther = await page.request.get(`/frameworks/${frameworkId}/framework.json`, {
    headers: { Cookie: other.cookie },
  });
  expect(asOther.status()).toBe(404);

  // Export, then an import of a broken copy names every problem.
  const exported = await page.request.get(`/frameworks/${frameworkId}/framework.json`);
  expect(exported.headers()["content-disposition"]).toContain('filename="release-cadence.json"');
  const file = (await exported.json()) as {
    language: string;
    criteria: { name: string; anchors: Record<string, string> }[];
    options: { profile: Record<string, number> }[];
  };
  expect(file.criteria.map((c) => c.name)).toEqual(names);
  expect(file.language).toBe("en");
  file.criteria[1]!.name = "";
  delete file.criteria[0]!.anchors["1"];
  file.options[2]!.profile["how-soon-fixes-must-reach-users"] = 9;
  await page.goto("/frameworks");
  await page.getByLabel("Import a framework file").setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(file)),
  });
  const problems = page.getByTestId("import-problems");
  await expect(problems.getByRole("listitem")).toHaveCount(3);
  await expect(problems).toContainText("criteria.0.anchors.1");
  await expect(problems).toContainText("criteria.1.name: must be a non-empty text");
  await expect(problems).toContainText("options.2.profile.how-soon-fixes-must-reach-users");

  // The same file, put right, is imported as a framework of its own.
  file.criteria[1]!.name = "Automated testing";
  file.criteria[0]!.anchors["1"] = "A month is fine";
  file.options[2]!.profile["how-soon-fixes-must-reach-users"] = 4;
  await page.getByLabel("Import a framework file").setInputFiles({
    name: "fixed.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.waitForURL(/\/frameworks\/[0-9a-f-]{36}\?imported=1$/);
  await expect(field(page, "options.0.name")).toHaveValue("Monthly release train");

  // An author who reads Blueprint in German starts from a template in German, and a criterion
  // they add starts with a German sentence for its critical gap.
  await page.context().addCookies([{ name: "bp_locale", value: "de", domain: host, path: "/" }]);
  await page.goto(`/frameworks/new?from=${onCallModel.id}`);
  await expect(field(page, "language")).toHaveValue("de");
  await expect(field(page, "language").locator("option:checked")).toHaveText("Deutsch");
  await expect(field(page, "name")).toHaveValue(onCallModel.translations!.de!.name);
  // Its fields are marked German, for the spelling check and screen readers.
  await expect(field(page, "name")).toHaveAttribute("lang", "de");
  await expect(field(page, "criteria.0.help")).toHaveAttribute("lang", "de");
  const added = onCallModel.criteria.length;
  await page.getByRole("button", { name: "Kriterium hinzufügen" }).click();
  await expect(field(page, `criteria.${added}.shortfall`)).toHaveValue(/^\{option\} bietet hier/);
  // Its first sentence follows the language of the texts; what the author wrote stays.
  await field(page, "language").selectOption("en");
  await expect(field(page, `criteria.${added}.shortfall`)).toHaveValue(/^\{option\} offers/);
  await expect(field(page, `criteria.${added}.shortfall`)).toHaveAttribute("lang", "en");
  await expect(field(page, "name")).toHaveValue(onCallModel.translations!.de!.name);
});
