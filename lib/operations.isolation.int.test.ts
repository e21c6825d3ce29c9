// The isolation matrix: every operation × every caller who must not pass. A user
// of another network, each lesser role of the network, and machine tokens are
// denied, and the database is left exactly as it was (but for the audit event
// recording the denial). Complete by construction: each operation is probed
// with the example input its spec must hold, and the first test fails on an
// operation the registry does not hold.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { OPERATIONS, type OperationName } from "@/lib/operations";
import { definedOperations } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { type Ctx, can } from "@/lib/rbac/actor";
import { TENANT_PERMISSIONS, TENANT_ROLES, type TenantPermission } from "@/lib/rbac/permissions";
import { createApiTokenRow, createConsoleUser, ctxForToken, ctxForUser } from "@/lib/testing/factories";
import type { ExampleIds } from "@/lib/operation/example-ids";
import { PROBES, createProbeFixture } from "@/lib/testing/operation-probes";

const TABLES = [
  "Tenant",
  "ConsoleUser",
  "RoleGrant",
  "ApiToken",
  "ConsoleSession",
  "SsoConnection",
  "RecoveryCode",
  "PlatformSetting",
  "ConsoleIdentity",
  "RetentionPolicy",
  "RetentionRun",
  "AuditCheckpoint",
  "SecurityGroup",
  "Member",
  "Device",
  "FederationPartner",
  "Guest",
  "AuditExport",
  "AuditExportSchedule",
  "AuditDigest",
  "SigningKey",
  "ServiceEvent",
  "TenantCount",
  "ActivityCount",
];

/** A digest of every table an operation could change, audit log excluded. */
async function snapshot(): Promise<string> {
  const parts: string[] = [];
  for (const table of TABLES) {
    const [row] = await db.$queryRawUnsafe<{ d: string | null }[]>(
      `SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS d FROM "${table}" x`,
    );
    parts.push(`${table}:${row?.d}`);
  }
  return parts.join(",");
}

async function deniedCount(): Promise<number> {
  return db.auditEvent.count({ where: { outcome: "denied" } });
}

let fixture: ExampleIds;
const callers: { label: string; ctx: Ctx }[] = [];
let probes = 0;

beforeAll(async () => {
  const created = await createProbeFixture();
  fixture = created.fixture;
  const a = { id: fixture.tenantId };
  const b = { id: created.otherTenantId };
  // Another network's strongest role, and its token with every scope a token may hold.
  const otherAdmin = await createConsoleUser({ grants: [[b.id, "tenant_admin"]] });
  callers.push({ label: "tenant_admin of another network", ctx: await ctxForUser(otherAdmin.id) });
  const otherToken = await createApiTokenRow(b.id, [...TENANT_PERMISSIONS]);
  callers.push({ label: "all-scope token of another network", ctx: ctxForToken(otherToken) });
  // Every role in network A itself; each is probed only where it lacks the permission.
  for (const role of TENANT_ROLES) {
    const u = await createConsoleUser({ grants: [[a.id, role]] });
    callers.push({ label: `${role} of the network`, ctx: await ctxForUser(u.id) });
  }
  // A token of network A with no scopes at all.
  callers.push({ label: "scope-less token of the network", ctx: ctxForToken(await createApiTokenRow(a.id, [])) });
});

afterAll(() => {
  console.log(`isolation matrix: ${probes} denied probes across ${Object.keys(OPERATIONS).length} operations`);
});

describe("the isolation matrix", () => {
  it("holds every operation in the registry", async () => {
    // Load every module of lib/ (but test support), so every defineOperation has
    // run, however it was written (inline, or by a factory such as memberAction);
    // then each operation defined must be one the registry holds.
    const modules: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const p = path.join(dir, entry);
        if (entry === "generated" || entry === "testing") continue;
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) && !entry.endsWith(".d.ts")) modules.push(p);
      }
    };
    walk(path.join(process.cwd(), "lib"));
    for (const m of modules) await import(m);
    const registered = new Set<unknown>(Object.values(OPERATIONS));
    const defined = definedOperations();
    expect(defined.length).toBeGreaterThanOrEqual(registered.size);
    expect(defined.filter((op) => !registered.has(op)).map((op) => op.spec.name)).toEqual([]);
  });

  for (const name of Object.keys(PROBES) as OperationName[]) {
    it(`${name}: everyone without the permission is denied, and nothing changes`, async () => {
      const operation = OPERATIONS[name] as unknown as ((ctx: Ctx, raw: unknown) => Promise<unknown>) & {
        spec: { permission: string; tenantOf?: unknown };
      };
      const { permission } = operation.spec;
      const input = PROBES[name](fixture);
      let deniedHere = 0;
      for (const caller of callers) {
        const allowed =
          permission === "signed_in"
            ? caller.ctx.actor.type === "console_user"
            : can(caller.ctx.actor, permission as TenantPermission, fixture.tenantId);
        if (allowed) continue;
        const before = await snapshot();
        const deniedBefore = await deniedCount();
        const error = await operation(caller.ctx, input).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, `${name} as ${caller.label}`).toBeInstanceOf(OperationError);
        expect(["forbidden", "not_found"], `${name} as ${caller.label}`).toContain((error as OperationError).kind);
        expect(await snapshot(), `${name} as ${caller.label} changed data`).toBe(before);
        expect(await deniedCount(), `${name} as ${caller.label} was not audited`).toBe(deniedBefore + 1);
        deniedHere++;
        probes++;
      }
      // Every operation is closed to someone: at least the machine tokens.
      expect(deniedHere).toBeGreaterThan(0);
    });
  }

  // The other side of the matrix, so the denials above are not vacuous: every
  // caller who holds an operation's permission gets past its check. The probe
  // carries a NUL character, which the door refuses right after the permission
  // check and before anything runs, so passing the check changes nothing; a
  // caller refused at the check would get "forbidden" instead.
  for (const name of Object.keys(PROBES) as OperationName[]) {
    it(`${name}: everyone with the permission gets past the check`, async () => {
      const operation = OPERATIONS[name] as unknown as ((ctx: Ctx, raw: unknown) => Promise<unknown>) & {
        spec: { permission: string };
      };
      const { permission } = operation.spec;
      const input = { ...(PROBES[name](fixture) as object), probe: "past the check\u0000" };
      const allowed = callers.filter((c) =>
        permission === "signed_in"
          ? c.ctx.actor.type === "console_user"
          : can(c.ctx.actor, permission as TenantPermission, fixture.tenantId),
      );
      for (const caller of allowed) {
        const before = await snapshot();
        const error = await operation(caller.ctx, input).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, `${name} as ${caller.label}`).toBeInstanceOf(OperationError);
        expect((error as OperationError).kind, `${name} as ${caller.label}`).toBe("validation");
        expect((error as OperationError).fieldErrors, `${name} as ${caller.label}`).toEqual({
          probe: ["must not contain NUL characters"],
        });
        expect(await snapshot(), `${name} as ${caller.label} changed data`).toBe(before);
      }
    });
  }

  it("lets the roles the matrix names in, for a few reads that answer with the network's own data", async () => {
    const admin = callers.find((c) => c.label === "tenant_admin of the network")!.ctx;
    const auditor = callers.find((c) => c.label === "auditor of the network")!.ctx;
    const helpdesk = callers.find((c) => c.label === "helpdesk of the network")!.ctx;
    await expect(OPERATIONS.getTenant(helpdesk, { tenantId: fixture.tenantId })).resolves.toMatchObject({
      id: fixture.tenantId,
    });
    const users = await OPERATIONS.listConsoleUsers(auditor, { tenantId: fixture.tenantId });
    expect(users.rows.map((u) => u.id)).toContain(fixture.targetUserId);
    const tokens = await OPERATIONS.listApiTokens(admin, { tenantId: fixture.tenantId });
    expect(tokens.map((t) => t.id)).toContain(fixture.tokenId);
    const events = await OPERATIONS.searchAuditEvents(auditor, { tenantId: fixture.tenantId });
    expect(events.rows.length).toBeGreaterThan(0);
    expect(events.rows.every((e) => e.tenantId === fixture.tenantId)).toBe(true);
  });
});
