import { expect, test } from "@playwright/test";
import { dismissConfirmation, openConfirmation } from "../fixtures/confirm-dialog";
import { storageStatePath } from "../fixtures/demo-accounts";
import { e2eDb } from "../fixtures/factories";

test.use({ storageState: storageStatePath("operator") });

const current = async () =>
  (await e2eDb().signingKey.findMany({ where: { retiredAt: null }, select: { kid: true } })).map((k) => k.kid);

test("rotating the signing key asks, naming the key it retires; cancelling keeps it current", async ({ page }) => {
  await page.goto("/platform/settings");
  const [kid] = await current();
  expect(kid).toBeTruthy();
  const rotate = page.getByRole("button", { name: "Rotate signing key" });
  const asked = await openConfirmation(page, rotate, `Rotate the signing key ${kid}?`);
  await expect(asked).toContainText(`${kid} is retired: it stays published at /.well-known/jwks.json`);
  await dismissConfirmation(page, asked, rotate, "Escape");
  expect(await current()).toEqual([kid]);

  await rotate.click();
  await asked.getByRole("button", { name: "Rotate signing key" }).click();
  await expect(page.getByText("A new signing key is in use.")).toBeVisible();
  const now = await current();
  expect(now).toHaveLength(1);
  expect(now).not.toEqual([kid]);
  // What the old key signed still verifies: it is still published.
  const { keys } = (await (await page.request.get("/.well-known/jwks.json")).json()) as { keys: { kid: string }[] };
  expect(keys.map((k) => k.kid)).toEqual(expect.arrayContaining([kid, now[0]]));
});
