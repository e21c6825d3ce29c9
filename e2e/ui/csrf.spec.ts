import { expect, test } from "@playwright/test";
import { createUser, e2eDb } from "../fixtures/factories";
import { signInAs } from "../fixtures/sign-in-page";

test("a server action replayed from another origin is refused and changes nothing", async ({ page }) => {
  const user = await createUser("auditor");
  await signInAs(page, user);
  await page.goto("/account");

  // Capture a genuine server-action request (renaming oneself)…
  const captured = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.getByLabel("Name", { exact: true }).fill("Renamed Once");
  await page.getByRole("button", { name: "Save" }).click();
  const req = await captured;
  await expect(page.getByText("Saved.")).toBeVisible();

  // …and replay it with the victim's cookies but a foreign Origin, as a cross-site form would.
  const replay = await page.request.fetch(req.url(), {
    method: "POST",
    headers: { ...req.headers(), origin: "https://evil.example", host: new URL(req.url()).host },
    data: req.postDataBuffer() ?? undefined,
  });
  expect(replay.status()).toBeGreaterThanOrEqual(400);
  expect((await e2eDb().consoleUser.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Renamed Once");
});
