import { expect, test } from "@playwright/test";
import { totpFor } from "@/lib/auth/totp";
import { createUser } from "../fixtures/factories";
import { signInAs } from "../fixtures/sign-in-page";

test("a user enrols in TOTP, then signs in with a code, and with a recovery code", async ({ page }) => {
  const user = await createUser("auditor");
  const signIn = await signInAs(page, user);

  await page.goto("/account");
  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  await page.getByLabel("Code from the app").fill("000000");
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByText("that code is not right")).toBeVisible();
  await page.getByLabel("Code from the app").fill(totpFor(secret, user.email).generate());
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  const codes = await page.getByTestId("recovery-codes").locator("li").allTextContents();

  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // Password first, then the code (one time step ahead: the enrolment code may not be replayed).
  await signIn.signIn(user.email, user.password);
  await expect(page.getByLabel("Authentication code")).toBeVisible();
  await page.getByLabel("Authentication code").fill("123456");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("That code is not right.")).toBeVisible();
  await page
    .getByLabel("Authentication code")
    .fill(totpFor(secret, user.email).generate({ timestamp: Date.now() + 30_000 }));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();

  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await signIn.signIn(user.email, user.password);
  await page.getByLabel("Authentication code").fill(codes[0]!);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
});
