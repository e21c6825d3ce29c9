// The demo organization: enough tenants, console users, roles and audit history
// that every page means something. Idempotent: it seeds once, and a second run
// finds the demo platform operator and does nothing.
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { PLATFORM_CHAIN } from "@/lib/audit/audit-actions";
import { hashPassword } from "@/lib/auth/hash-password";
import { db } from "@/lib/db";
import type { TenantPlan, TenantRole, TenantStatus } from "@/lib/generated/prisma/client";

export const DEMO_PASSWORD = process.env.CUSTODIAN_DEMO_PASSWORD || "custodian-demo";
export const DEMO_OPERATOR_EMAIL = "operator@custodian.test";

const TENANTS: { slug: string; name: string; plan: TenantPlan; status: TenantStatus }[] = [
  { slug: "acme-defense", name: "Acme Defense Systems", plan: "enterprise", status: "active" },
  { slug: "northwind-health", name: "Northwind Health", plan: "premium", status: "active" },
  { slug: "globex-finance", name: "Globex Finance", plan: "enterprise", status: "active" },
  { slug: "initech-gov", name: "Initech Public Sector", plan: "standard", status: "suspended" },
];

const USERS: { email: string; name: string; grants: [string, TenantRole][] }[] = [
  {
    email: "admin@custodian.test",
    name: "Avery Admin",
    grants: [
      ["acme-defense", "tenant_admin"],
      ["northwind-health", "tenant_admin"],
    ],
  },
  {
    email: "compliance@custodian.test",
    name: "Casey Compliance",
    grants: [
      ["acme-defense", "compliance_officer"],
      ["globex-finance", "compliance_officer"],
    ],
  },
  {
    email: "auditor@custodian.test",
    name: "Alex Auditor",
    grants: [
      ["acme-defense", "auditor"],
      ["northwind-health", "auditor"],
      ["globex-finance", "auditor"],
    ],
  },
  { email: "helpdesk@custodian.test", name: "Harper Helpdesk", grants: [["acme-defense", "helpdesk"]] },
  { email: "globex-admin@custodian.test", name: "Gabriel Globex", grants: [["globex-finance", "tenant_admin"]] },
];

export async function seedDemo(): Promise<"seeded" | "already seeded"> {
  if (await db.consoleUser.findUnique({ where: { email: DEMO_OPERATOR_EMAIL } })) return "already seeded";
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // History spread over the last 30 days, oldest first so each chain stays in order.
  const start = Date.now() - 30 * 86_400_000;
  let tick = 0;
  const nextAt = () => new Date(start + tick++ * 3_600_000);

  await db.$transaction(
    async (tx) => {
      const operator = await tx.consoleUser.create({
        data: { email: DEMO_OPERATOR_EMAIL, name: "Morgan Operator", isPlatformOperator: true, passwordHash },
      });
      const actor = { type: "console_user" as const, id: operator.id, label: operator.email };
      await appendAuditEvent(tx, {
        tenantId: PLATFORM_CHAIN,
        action: "auth.sign_in",
        outcome: "success",
        actor,
        at: nextAt(),
        request: { ip: "10.20.0.4", userAgent: "Mozilla/5.0 (demo)" },
      });

      const tenantIds = new Map<string, string>();
      for (const t of TENANTS) {
        const tenant = await tx.tenant.create({ data: { slug: t.slug, name: t.name, plan: t.plan } });
        tenantIds.set(t.slug, tenant.id);
        await appendAuditEvent(tx, {
          tenantId: tenant.id,
          action: "tenant.create",
          outcome: "success",
          actor,
          at: nextAt(),
          target: { type: "tenant", id: tenant.id },
          changes: { after: { slug: t.slug, name: t.name, plan: t.plan } },
        });
        if (t.status === "suspended") {
          await tx.tenant.update({ where: { id: tenant.id }, data: { status: "suspended" } });
          await appendAuditEvent(tx, {
            tenantId: tenant.id,
            action: "tenant.suspend",
            outcome: "success",
            actor,
            at: nextAt(),
            target: { type: "tenant", id: tenant.id },
            changes: { before: { status: "active" }, after: { status: "suspended" } },
          });
        }
      }

      for (const u of USERS) {
        const user = await tx.consoleUser.create({ data: { email: u.email, name: u.name, passwordHash } });
        for (const [slug, role] of u.grants) {
          const tenantId = tenantIds.get(slug)!;
          await tx.roleGrant.create({ data: { tenantId, userId: user.id, role } });
          await appendAuditEvent(tx, {
            tenantId,
            action: "console_user.invite",
            outcome: "success",
            actor,
            at: nextAt(),
            target: { type: "console_user", id: user.id },
            changes: { after: { email: u.email } },
          });
          await appendAuditEvent(tx, {
            tenantId,
            action: "role.grant",
            outcome: "success",
            actor,
            at: nextAt(),
            target: { type: "console_user", id: user.id },
            changes: { after: { role } },
          });
        }
      }

      // A little everyday noise: sign-ins, a failed one, a denied attempt.
      const acme = tenantIds.get("acme-defense")!;
      await appendAuditEvent(tx, {
        tenantId: PLATFORM_CHAIN,
        action: "auth.sign_in_failed",
        outcome: "failed",
        actor: { type: "anonymous", label: "admin@custodian.test" },
        at: nextAt(),
        request: { ip: "203.0.113.9", userAgent: "curl/8.5" },
      });
      await appendAuditEvent(tx, {
        tenantId: acme,
        action: "tenant.update",
        outcome: "denied",
        actor: { type: "console_user", label: "helpdesk@custodian.test" },
        at: nextAt(),
        target: { type: "tenant", id: acme },
        request: { ip: "10.20.0.17" },
      });
      await appendAuditEvent(tx, {
        tenantId: acme,
        action: "tenant.update",
        outcome: "success",
        actor,
        at: nextAt(),
        target: { type: "tenant", id: acme },
        changes: { before: { plan: "premium" }, after: { plan: "enterprise" } },
      });
      await appendAuditEvent(tx, {
        tenantId: PLATFORM_CHAIN,
        action: "auth.sign_out",
        outcome: "success",
        actor,
        at: nextAt(),
      });
    },
    { timeout: 60_000 },
  );
  return "seeded";
}
