// The demo organization: enough tenants, console users, roles and audit history
// that every page means something. Idempotent: it seeds once, and a second run
// finds the demo platform operator and does nothing.
import { randomUUID } from "node:crypto";
import { recordMemberActivity } from "@/lib/dashboard/record-member-activity";
import { appendAuditEvent } from "@/lib/audit-chain/append-audit-event";
import { PLATFORM_CHAIN } from "@/lib/audit-chain/audit-actions";
import { hashPassword } from "@/lib/auth/hash-password";
import { db } from "@/lib/db";
import type { TenantPlan, TenantRole, TenantStatus } from "@/lib/generated/prisma/client";
import { DEFAULT_GROUP_SETTINGS } from "@/lib/settings/group-settings";
import { toJson } from "@/lib/settings/to-json";
import { readNetworkSettings } from "@/lib/tenants/network-settings";

export const DEMO_PASSWORD = process.env.CUSTODIAN_DEMO_PASSWORD || "custodian-demo";
export const DEMO_OPERATOR_EMAIL = "operator@custodian.test";

const TENANTS: {
  slug: string;
  name: string;
  plan: TenantPlan;
  status: TenantStatus;
  region: string;
  members: number;
  groups: string[];
}[] = [
  {
    slug: "acme-defense",
    name: "Acme Defense Systems",
    plan: "premium",
    status: "active",
    region: "us-gov-west-1",
    members: 48,
    groups: ["Engineering", "Executives"],
  },
  {
    slug: "northwind-health",
    name: "Northwind Health",
    plan: "premium",
    status: "active",
    region: "us-east-1",
    members: 24,
    groups: ["Clinicians"],
  },
  {
    slug: "globex-finance",
    name: "Globex Finance",
    plan: "trial",
    status: "active",
    region: "eu-central-1",
    members: 30,
    groups: ["Trading"],
  },
  {
    slug: "initech-gov",
    name: "Initech Public Sector",
    plan: "standard",
    status: "suspended",
    region: "ca-central-1",
    members: 6,
    groups: [],
  },
];

const FIRST = [
  "Ada",
  "Grace",
  "Alan",
  "Edsger",
  "Barbara",
  "Ken",
  "Margaret",
  "Dennis",
  "Frances",
  "Donald",
  "Radia",
  "Leslie",
];
const LAST = [
  "Lovelace",
  "Hopper",
  "Turing",
  "Dijkstra",
  "Liskov",
  "Thompson",
  "Hamilton",
  "Ritchie",
  "Allen",
  "Knuth",
  "Perlman",
  "Lamport",
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
        const trialEndsAt = t.plan === "trial" ? new Date(Date.now() + 21 * 86_400_000) : null;
        const tenant = await tx.tenant.create({
          data: {
            slug: t.slug,
            name: t.name,
            plan: t.plan,
            region: t.region,
            trialEndsAt,
            settings: toJson(readNetworkSettings({})),
          },
        });
        tenantIds.set(t.slug, tenant.id);
        await appendAuditEvent(tx, {
          tenantId: tenant.id,
          action: "tenant.create",
          outcome: "success",
          actor,
          at: nextAt(),
          target: { type: "tenant", id: tenant.id },
          changes: { after: { slug: t.slug, name: t.name, plan: t.plan, region: t.region } },
        });
        // Groups, and members spread across them (identity metadata only).
        const groupIds: string[] = [];
        for (const [i, name] of ["Default", ...t.groups].entries()) {
          const g = await tx.securityGroup.create({
            data: { tenantId: tenant.id, name, isDefault: i === 0, settings: toJson(DEFAULT_GROUP_SETTINGS) },
          });
          groupIds.push(g.id);
          await appendAuditEvent(tx, {
            tenantId: tenant.id,
            action: "group.create",
            outcome: "success",
            actor,
            at: nextAt(),
            target: { type: "group", id: g.id },
            changes: { after: { name } },
          });
        }
        await tx.member.createMany({
          data: Array.from({ length: t.members }, (_, i) => {
            const first = FIRST[i % FIRST.length]!;
            const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
            return {
              tenantId: tenant.id,
              email: `${first}.${last}.${i}@${t.slug}.example`.toLowerCase(),
              firstName: first,
              lastName: last,
              displayName: `${first} ${last}`,
              status: i % 11 === 5 ? ("suspended" as const) : i % 7 === 3 ? ("pending" as const) : ("active" as const),
              groupId: groupIds[i % groupIds.length]!,
              // Joined over the last two months, so the dashboard's registrations have a shape.
              createdAt: new Date(Date.now() - ((i * 13) % 60) * 86_400_000 - i * 60_000),
            };
          }),
        });
        // Devices for the active members: one or two each, seen over the last weeks.
        const active = await tx.member.findMany({
          where: { tenantId: tenant.id, status: "active" },
          select: { id: true },
          orderBy: { email: "asc" },
        });
        const platforms = ["ios", "android", "macos", "windows"] as const;
        const devices = active.flatMap((m, i) =>
          Array.from({ length: 1 + (i % 2) }, (_, k) => ({
            id: randomUUID(),
            tenantId: tenant.id,
            memberId: m.id,
            platform: platforms[(i + k) % platforms.length]!,
            appVersion: `6.${40 + ((i + k) % 8)}.${k}`,
            registeredAt: new Date(Date.now() - (60 + i) * 86_400_000),
            lastSeenAt: new Date(Date.now() - ((i * 7 + k * 3) % 40) * 3_600_000 * 6),
          })),
        );
        // Devices start seen at registration; the sign-ins below bring each to its last-seen.
        await tx.device.createMany({ data: devices.map((d) => ({ ...d, lastSeenAt: d.registeredAt })) });
        // Each active member's sign-ins over the last six weeks, on each of their devices, oldest first,
        // as the messaging service reports them: this sets the last-seens and the dashboard's active-member counts.
        for (const [i, m] of active.entries()) {
          const every = (2 + (i % 4)) * 86_400_000;
          const signIns = devices
            .filter((d) => d.memberId === m.id)
            .flatMap((d) => {
              const last = d.lastSeenAt.getTime();
              const times = [last];
              for (let at = last - (36 + (i % 7)) * 86_400_000; at < last; at += every) times.push(at);
              return times.map((at) => ({ at, device: d.id }));
            })
            .sort((a, b) => a.at - b.at);
          for (const s of signIns) await recordMemberActivity(tx, tenant.id, m.id, new Date(s.at), { id: s.device });
        }
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
        changes: { before: { plan: "standard" }, after: { plan: "premium" } },
      });
      // Acme keeps FINRA 4511's six years, and its console metadata for a limited time,
      // so the retention page and the enforcement job have something to show.
      const policy = {
        complianceRetentionDays: 2190,
        compliancePreset: "finra_4511",
        deactivatedMemberDays: 365,
        staleDeviceDays: 180,
        auditRetentionDays: 2555,
      };
      await tx.retentionPolicy.create({ data: { tenantId: acme, ...policy } });
      await tx.retentionPolicyVersion.create({
        data: {
          tenantId: acme,
          version: 1,
          expirationMaxMinutes: 43_200,
          burnOnReadMaxMinutes: 0,
          ...policy,
          authorLabel: "seed",
        },
      });
      await appendAuditEvent(tx, {
        tenantId: acme,
        action: "retention.compliance_update",
        outcome: "success",
        actor,
        at: nextAt(),
        target: { type: "retention_policy", id: acme },
        changes: { after: policy },
      });
      // Federation: Acme allows its partners only; Globex is linked both ways, an allied
      // agency outside this deployment by written agreement, and Northwind's request awaits an answer.
      const globex = tenantIds.get("globex-finance")!;
      const northwind = tenantIds.get("northwind-health")!;
      await tx.tenant.update({ where: { id: acme }, data: { federationMode: "restricted" } });
      await tx.tenant.update({ where: { id: globex }, data: { federationMode: "restricted" } });
      await tx.federationPartner.createMany({
        data: [
          {
            tenantId: acme,
            partnerTenantId: globex,
            relation: "allow",
            status: "active",
            displayName: "Globex Finance",
            requestedByUs: true,
          },
          {
            tenantId: globex,
            partnerTenantId: acme,
            relation: "allow",
            status: "active",
            displayName: "Acme Defense Systems",
          },
          {
            tenantId: northwind,
            partnerTenantId: acme,
            relation: "allow",
            status: "pending",
            displayName: "Acme Defense Systems",
            requestedByUs: true,
          },
          {
            tenantId: acme,
            partnerTenantId: northwind,
            relation: "allow",
            status: "pending",
            displayName: "Northwind Health",
          },
          {
            tenantId: acme,
            externalKey: "allied-agency.example",
            relation: "allow",
            status: "active",
            displayName: "Allied Agency",
            fingerprint: "SHA256:q1Zp3vQk8mB2x7LwH9sT0cYfR4nE6uJd",
            region: "eu-central-1",
            agreedBy: "Dana Smith, CISO",
            agreedAt: new Date("2026-09-15T00:00:00Z"),
            agreementRef: "MOU-2026-031",
            requestedByUs: true,
          },
        ],
      });
      await appendAuditEvent(tx, {
        tenantId: acme,
        action: "federation.mode_update",
        outcome: "success",
        actor,
        at: nextAt(),
        target: { type: "tenant", id: acme },
        changes: { before: { federationMode: "off" }, after: { federationMode: "restricted" } },
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
