import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { type StartedConsole, e2eDataDir, startConsole } from "../fixtures/console-server";
import { createToken, e2eDb } from "../fixtures/factories";

// A deployment of two instances on one PostgreSQL and one shared data
// directory: the suite's console and a second one this test starts. An export
// runs once, on whichever instance's worker takes it, and downloads from
// either; an instance configured with a directory of its own is refused at
// start-up instead of serving downloads it cannot find.

const started: StartedConsole[] = [];
test.afterEach(async () => {
  await Promise.all(started.splice(0).map((c) => c.stop()));
});

test("an export runs once and downloads from either instance; an instance with its own export directory does not start", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const second = await startConsole();
  started.push(second);
  await second.ready();

  const { token, tenantId } = await createToken("acme-defense", ["audit.export", "audit.verify"]);
  const headers = { authorization: `Bearer ${token}` };
  const created = await request.post(`${baseURL}/api/v1/tenants/${tenantId}/audit-exports`, {
    headers,
    data: { format: "csv" },
  });
  expect(created.status(), await created.text()).toBe(202);
  const { exportId } = (await created.json()) as { exportId: string };

  // Each instance answers the progress the other's worker writes.
  let done: { status: string; sha256: string | null; fileName: string | null } | undefined;
  await expect
    .poll(
      async () => {
        const at = done ? second.url : baseURL;
        const res = await request.get(`${at}/api/v1/tenants/${tenantId}/audit-exports/${exportId}`, { headers });
        done = (await res.json()) as typeof done;
        return done!.status;
      },
      { timeout: 120_000, intervals: [250] },
    )
    .toBe("completed");

  const bodies: Buffer[] = [];
  for (const at of [baseURL!, second.url]) {
    const res = await request.get(`${at}/api/v1/tenants/${tenantId}/audit-exports/${exportId}/file`, { headers });
    expect(res.status(), `${at}: ${await res.text()}`).toBe(200);
    expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    bodies.push(await res.body());
  }
  expect(bodies[0]!.length).toBeGreaterThan(0);
  expect(bodies[1]!.equals(bodies[0]!)).toBe(true);
  expect(createHash("sha256").update(bodies[0]!).digest("hex")).toBe(done!.sha256);
  const row = await e2eDb().auditExport.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: exportId } } });
  expect(row).toMatchObject({ status: "completed", attempts: 1 });
  for (const at of [baseURL!, second.url]) {
    const verified = await request.post(`${at}/api/v1/tenants/${tenantId}/audit-exports/${exportId}/verify`, {
      headers,
    });
    expect(await verified.json()).toMatchObject({ ok: true });
  }

  // A third instance whose exports would go to a directory of its own.
  const own = await mkdtemp(path.join(tmpdir(), "custodian-own-exports-"));
  try {
    const refused = await startConsole({ CUSTODIAN_EXPORT_DIR: own });
    started.push(refused);
    expect(await refused.exited, refused.output()).toBe(1);
    expect(refused.output()).toContain(`CUSTODIAN_EXPORT_DIR is ${own} on this instance`);
    expect(refused.output()).toContain(path.resolve(e2eDataDir(), "exports"));
    expect(refused.output()).toContain("CUSTODIAN_ADOPT_STORAGE=exports");
  } finally {
    await rm(own, { recursive: true, force: true });
  }

  // The file lost from the shared storage: both instances say so, naming the export.
  await rm(path.join(e2eDataDir(), "exports", done!.fileName!));
  for (const at of [baseURL!, second.url]) {
    const res = await request.get(`${at}/api/v1/tenants/${tenantId}/audit-exports/${exportId}/file`, { headers });
    expect(res.status()).toBe(410);
    expect(res.headers()["content-type"]).toContain("application/problem+json");
    expect(((await res.json()) as { detail: string }).detail).toContain(
      `The export ${exportId} is recorded as completed`,
    );
  }
});
