import { expect, test } from "@playwright/test";
import { createUser, e2eDb } from "../fixtures/factories";
import { signInAs } from "../fixtures/sign-in-page";

test("a server action replayed from another origin, or with none, is refused with 403 and changes nothing", async ({
  page,
}) => {
  const user = await createUser("auditor");
  await signInAs(page, user);
  await page.goto("/account");

  // Capture a genuine server-action request (renaming oneself)…
  const captured = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.getByLabel("Name", { exact: true }).fill("Renamed Once");
  await page.getByRole("button", { name: "Save" }).click();
  const req = await captured;
  await expect(page.getByText("Saved.")).toBeVisible();

  // …and replay it with the victim's cookies and another name, so that a replay that got through would show.
  const body = Buffer.from(
    (req.postDataBuffer() ?? Buffer.alloc(0)).toString("latin1").replaceAll("Renamed Once", "Renamed Anew"),
    "latin1",
  );
  // The browser's own request passed the guard with its Origin (headers() shows what the page set, without it).
  expect((await req.allHeaders()).origin).toBe(new URL(req.url()).origin);
  const { origin: _origin, "content-length": _length, ...withoutOrigin } = req.headers();
  const host = new URL(req.url()).host;
  for (const headers of [
    // …from a foreign Origin, as a cross-site form would…
    { ...withoutOrigin, origin: "https://evil.example", host },
    // …and with none at all, as a hand-made request or an old browser would.
    { ...withoutOrigin, host },
  ]) {
    const replay = await page.request.fetch(req.url(), { method: "POST", headers, data: body });
    expect(replay.status()).toBe(403);
    expect(replay.headers()["content-type"]).toContain("application/problem+json");
    expect(await replay.json()).toMatchObject({ status: 403, errors: [{ field: "Origin" }] });
  }
  expect((await e2eDb().consoleUser.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Renamed Once");

  // The same replay from the console's own origin goes through: the refusals above were the Origin's doing.
  const genuine = await page.request.fetch(req.url(), {
    method: "POST",
    headers: { ...withoutOrigin, origin: new URL(req.url()).origin, host },
    data: body,
  });
  expect(genuine.status()).toBe(200);
  await expect
    .poll(async () => (await e2eDb().consoleUser.findUniqueOrThrow({ where: { id: user.id } })).name)
    .toBe("Renamed Anew");
});
