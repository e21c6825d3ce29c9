import { expect, test } from "@playwright/test";
import { createUser, e2eDb } from "../fixtures/factories";
import { SignInPage } from "../fixtures/sign-in-page";

test("five wrong passwords lock the account, and the lockout is audited", async ({ page }) => {
  const user = await createUser("helpdesk");
  const signIn = new SignInPage(page);
  await signIn.goto();
  for (let i = 0; i < 5; i++) {
    await signIn.signIn(user.email, `wrong-${i}`);
    await expect(signIn.error()).toBeVisible();
  }
  // The right password no longer works, and the message is the same as for a wrong one.
  await signIn.signIn(user.email, user.password);
  await expect(signIn.error()).toHaveText(
    "The email or password is not right, or the account is locked. Try again in a few minutes.",
  );
  await expect(page).toHaveURL(/\/sign-in/);

  const row = await e2eDb().consoleUser.findUniqueOrThrow({ where: { id: user.id } });
  expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
  expect(
    await e2eDb().auditEvent.count({ where: { tenantId: "platform", action: "auth.lockout", targetId: user.id } }),
  ).toBe(1);
});
