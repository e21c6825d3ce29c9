import { describe, expect, it } from "vitest";
import { OPERATIONS, type OperationName } from "@/lib/operations";
import { type Actor, can } from "./actor";
import {
  PLATFORM_PERMISSIONS,
  ROLE_PERMISSIONS,
  TENANT_PERMISSIONS,
  TENANT_ROLES,
  TOKEN_SCOPES,
  type TenantRole,
  roleHas,
} from "./permissions";

const user = (grants: Record<string, (typeof TENANT_ROLES)[number]>, isPlatformOperator = false): Actor => ({
  type: "console_user",
  id: "u",
  email: "u@example.com",
  isPlatformOperator,
  grants: new Map(Object.entries(grants)),
});

describe("the permission matrix", () => {
  it("matches DESIGN.md's roles, cell by cell", () => {
    const matrix = Object.fromEntries(TENANT_ROLES.map((r) => [r, [...ROLE_PERMISSIONS[r]].sort()]));
    expect(matrix).toMatchInlineSnapshot(`
      {
        "auditor": [
          "audit.export",
          "audit.read",
          "audit.verify",
          "console_users.read",
          "federation.read",
          "groups.read",
          "legal_holds.read",
          "members.read",
          "policies.read",
          "retention.read",
          "sso.read",
          "tenants.read",
          "tokens.read",
        ],
        "compliance_officer": [
          "audit.export",
          "audit.read",
          "audit.schedule",
          "audit.verify",
          "console_users.read",
          "federation.read",
          "groups.read",
          "legal_holds.read",
          "legal_holds.write",
          "members.read",
          "policies.read",
          "retention.read",
          "retention.write",
          "sso.read",
          "tenants.read",
          "tokens.read",
        ],
        "helpdesk": [
          "groups.read",
          "members.invite",
          "members.reactivate",
          "members.read",
          "members.reset_devices",
          "members.suspend",
          "tenants.read",
        ],
        "tenant_admin": [
          "audit.read",
          "audit.schedule",
          "console_users.read",
          "console_users.write",
          "federation.read",
          "federation.write",
          "groups.read",
          "groups.write",
          "legal_holds.read",
          "members.delete",
          "members.invite",
          "members.reactivate",
          "members.read",
          "members.reset_devices",
          "members.suspend",
          "members.update",
          "policies.read",
          "policies.write",
          "retention.read",
          "sso.read",
          "sso.write",
          "tenants.read",
          "tenants.update",
          "tokens.read",
          "tokens.write",
        ],
      }
    `);
  });

  it("never lets an auditor change anything", () => {
    const writes = [...ROLE_PERMISSIONS.auditor].filter(
      (p) => !p.endsWith(".read") && !["audit.export", "audit.verify"].includes(p),
    );
    expect(writes).toEqual([]);
  });

  it("shows legal holds to every role that reads the audit log (its events name holds)", () => {
    const roles = TENANT_ROLES.filter((r) => ROLE_PERMISSIONS[r].has("audit.read"));
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.filter((r) => !ROLE_PERMISSIONS[r].has("legal_holds.read"))).toEqual([]);
  });

  it("keeps legal holds with compliance, not tenant admins", () => {
    expect(ROLE_PERMISSIONS.tenant_admin.has("legal_holds.write")).toBe(false);
    expect(ROLE_PERMISSIONS.compliance_officer.has("legal_holds.write")).toBe(true);
  });

  it("gives no console user role a machine-only scope", () => {
    for (const role of TENANT_ROLES) {
      expect([...ROLE_PERMISSIONS[role]].filter((p) => p.startsWith("service.") || p.startsWith("scim."))).toEqual([]);
    }
  });
});

// Every write in the registry, checked against what the README lets each role do.
// A write a role reaches must be named here with the README's reason, and each
// exemption must still be reachable, so the lists cannot go stale either way.
describe("the matrix against every write operation", () => {
  const writes = (Object.keys(OPERATIONS) as OperationName[]).filter((n) => OPERATIONS[n].spec.kind === "write");
  const reachable = (role: TenantRole) =>
    writes.filter((n) => {
      const p = OPERATIONS[n].spec.permission;
      return p !== "signed_in" && roleHas(role, p);
    });

  // Open to every signed-in console user, and about their own account only.
  const OWN_ACCOUNT: Partial<Record<OperationName, string>> = {
    beginTotpEnrolment: "sets up the caller's own TOTP",
    confirmTotpEnrolment: "sets up the caller's own TOTP",
    updateAccount: "the caller's own name, language and theme",
    revokeMySession: "ends one of the caller's own sessions",
    signOutEverywhere: "ends the caller's own sessions",
  };
  // README: "auditor — read everything, export and verify the audit log; change nothing".
  // These are writes only in that the log records them; none changes the network.
  const AUDITOR_MAY: Partial<Record<OperationName, string>> = {
    createAuditExport: "export the audit log",
    downloadAuditExport: "download an export (the download is audited)",
    verifyTenantAuditChain: "verify the chain (the verdict is recorded)",
  };
  // README: "helpdesk — members: invite (one by one, not CSV import), suspend, reactivate, reset devices".
  // An import also changes existing members, which helpdesk may not.
  const HELPDESK_MAY: Partial<Record<OperationName, string>> = {
    inviteMember: "invite",
    reinviteMembers: "invite again",
    suspendMembers: "suspend",
    reactivateMembers: "reactivate",
    resetMemberDevices: "reset devices",
  };

  it("finds the writes it checks", () => {
    expect(writes.length).toBeGreaterThan(50);
  });

  it("lets a write be open to every signed-in user only when it is about their own account", () => {
    expect(writes.filter((n) => OPERATIONS[n].spec.permission === "signed_in").sort()).toEqual(
      Object.keys(OWN_ACCOUNT).sort(),
    );
  });

  it("lets an auditor reach no write but exporting and verifying the log", () => {
    expect(reachable("auditor").sort()).toEqual(Object.keys(AUDITOR_MAY).sort());
  });

  it("keeps scheduled exports (configuration) from auditors and helpdesk", () => {
    for (const op of ["createExportSchedule", "deleteExportSchedule"] as const) {
      const p = OPERATIONS[op].spec.permission;
      if (p === "signed_in") throw new Error(`${op} is open to every signed-in user`);
      expect(roleHas("auditor", p), op).toBe(false);
      expect(roleHas("helpdesk", p), op).toBe(false);
      expect(roleHas("compliance_officer", p), op).toBe(true);
      expect(roleHas("tenant_admin", p), op).toBe(true);
    }
  });

  it("lets helpdesk reach no write but inviting, suspending, reactivating and resetting devices", () => {
    expect(reachable("helpdesk").sort()).toEqual(Object.keys(HELPDESK_MAY).sort());
  });
});

describe("can()", () => {
  it("grants a role's permissions only in its own tenant", () => {
    const admin = user({ t1: "tenant_admin" });
    expect(can(admin, "members.suspend", "t1")).toBe(true);
    expect(can(admin, "members.suspend", "t2")).toBe(false);
    expect(can(admin, "members.suspend")).toBe(false);
  });

  it("holds different roles in different tenants", () => {
    const mixed = user({ t1: "tenant_admin", t2: "auditor" });
    expect(can(mixed, "groups.write", "t1")).toBe(true);
    expect(can(mixed, "groups.write", "t2")).toBe(false);
    expect(can(mixed, "audit.export", "t2")).toBe(true);
  });

  it("reserves platform permissions for platform operators", () => {
    for (const p of PLATFORM_PERMISSIONS) {
      expect(can(user({ t1: "tenant_admin" }), p, "t1")).toBe(false);
      expect(can(user({}, true), p)).toBe(true);
    }
  });

  it("lets a platform operator act in any tenant", () => {
    for (const p of TENANT_PERMISSIONS) expect(can(user({}, true), p, "anywhere")).toBe(true);
  });

  it("limits a token to its scopes in its own tenant", () => {
    const token: Actor = { type: "token", id: "k", tenantId: "t1", name: "siem", scopes: new Set(["audit.read"]) };
    expect(can(token, "audit.read", "t1")).toBe(true);
    expect(can(token, "audit.read", "t2")).toBe(false);
    expect(can(token, "audit.export", "t1")).toBe(false);
    expect(can(token, "platform.tenants.create")).toBe(false);
  });

  it("never offers token scopes that manage console users or tokens", () => {
    expect(TOKEN_SCOPES.filter((s) => s.startsWith("tokens.") || s.startsWith("console_users."))).toEqual([]);
  });
});
