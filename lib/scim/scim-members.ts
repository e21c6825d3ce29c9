import { diffFields } from "@/lib/audit/diff-fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEACTIVATE } from "@/lib/members/deactivate-members";
import { REACTIVATE } from "@/lib/members/reactivate-members";
import { REINVITE } from "@/lib/members/reinvite-members";
import { SUSPEND } from "@/lib/members/suspend-members";
import { applyMemberRule, memberRuleRecords } from "@/lib/members/member-rule";
import type { AuditRecord } from "@/lib/operation/define-operation";
import { toJson } from "@/lib/settings/to-json";
import { ScimError } from "./scim-error";
import { type ScimUserFields, toScimUser } from "./scim-user";

type Tx = Prisma.TransactionClient;
type Db = Pick<Prisma.TransactionClient, "member" | "securityGroup">;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const userNotFound = (id: string) => new ScimError(404, undefined, `User ${id} not found.`);

/** A SCIM id that is not one of ours is simply not found (a 404, as for any unknown resource). */
export function isScimId(id: string): boolean {
  return UUID.test(id);
}

/** The member behind a SCIM id, locked for the rest of the transaction. Members the IdP deleted are gone. */
export async function lockScimMember(tx: Tx, tenantId: string, id: string) {
  if (!isScimId(id)) throw userNotFound(id);
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Member" WHERE "tenantId" = ${tenantId}::uuid AND id = ${id}::uuid AND "scimDeletedAt" IS NULL FOR UPDATE`;
  if (!rows.length) throw userNotFound(id);
  return tx.member.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id } } });
}

type MemberRow = Awaited<ReturnType<typeof lockScimMember>>;

/** Members as SCIM shows them, with their groups and (when members here) their managers' names: two reads for any number. */
export async function scimUsersOf(db: Db, members: MemberRow[], base: string) {
  if (!members.length) return [];
  const tenantId = members[0]!.tenantId;
  const managerIds = [
    ...new Set(
      members
        .map((m) => (m.scimProfile as { managerId?: string } | null)?.managerId)
        .filter((id): id is string => !!id && isScimId(id)),
    ),
  ];
  const [groups, managers] = await Promise.all([
    db.securityGroup.findMany({
      where: { tenantId, id: { in: [...new Set(members.map((m) => m.groupId))] } },
      select: { id: true, name: true },
    }),
    managerIds.length
      ? db.member.findMany({ where: { tenantId, id: { in: managerIds } }, select: { id: true, displayName: true } })
      : [],
  ]);
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const managerById = new Map(managers.map((m) => [m.id, m]));
  return members.map((m) =>
    toScimUser(
      m,
      base,
      groupById.get(m.groupId),
      managerById.get((m.scimProfile as { managerId?: string } | null)?.managerId ?? "") ?? null,
    ),
  );
}

export async function scimUserOf(db: Db, m: MemberRow, base: string) {
  return (await scimUsersOf(db, [m], base))[0]!;
}

/**
 * Other members holding this email, userName or externalId. A member the IdP
 * deleted still holds them (its row is kept for retention and holds), so the
 * caller can restore it instead of refusing.
 */
export async function clashesWith(tx: Tx, tenantId: string, f: ScimUserFields, exceptId?: string) {
  const userName = f.userName.toLowerCase();
  const rows = await tx.member.findMany({
    where: {
      tenantId,
      ...(exceptId ? { NOT: { id: exceptId } } : {}),
      OR: [
        { email: f.email },
        { userName },
        { userName: null, email: userName },
        ...(f.externalId ? [{ externalId: f.externalId }] : []),
      ],
    },
    select: { id: true, email: true, userName: true, externalId: true, scimDeletedAt: true },
  });
  return rows.map((r) => ({
    ...r,
    attribute:
      (r.userName ?? r.email) === userName
        ? "userName"
        : r.email === f.email
          ? "emails"
          : ("externalId" as "userName" | "emails" | "externalId"),
  }));
}

export function uniquenessError(attribute: string): ScimError {
  return new ScimError(409, "uniqueness", `${attribute}: another user in this network already has this value.`);
}

/** The columns a SCIM User sets on a member. */
export function memberColumns(f: ScimUserFields) {
  return {
    email: f.email,
    userName: f.userName.toLowerCase(),
    firstName: f.firstName,
    lastName: f.lastName,
    displayName: f.displayName,
    externalId: f.externalId,
    scimProfile: toJson(f.scimProfile),
  };
}

const shown = (m: {
  email: string;
  userName: string | null;
  firstName: string;
  lastName: string;
  displayName: string;
  externalId: string | null;
  scimProfile: unknown;
}) => ({
  email: m.email,
  userName: m.userName,
  firstName: m.firstName,
  lastName: m.lastName,
  displayName: m.displayName,
  externalId: m.externalId,
  scimProfile: m.scimProfile ?? {},
});

/**
 * Writes a SCIM User's attributes to a member and moves their status as
 * `active` says, through the same rules as the console's bulk bar: false
 * suspends (signed out at once), true lifts a suspension, and a deactivated
 * member is invited again. Returns what to record: member.update for the
 * attributes, and member.suspend / member.reactivate / member.reinvite for
 * the status — so a filter on suspensions finds the identity provider's too.
 */
export async function applyScimUser(tx: Tx, before: MemberRow, f: ScimUserFields, base: string) {
  const { tenantId, id } = before;
  const clash = (await clashesWith(tx, tenantId, f, id))[0];
  if (clash) throw uniquenessError(clash.attribute);
  const updated = await tx.member.update({ where: { tenantId_id: { tenantId, id } }, data: memberColumns(f) });
  const records: AuditRecord[] = [];
  const changes = diffFields(shown(before), shown(updated));
  if (Object.keys(changes.after).length) records.push({ target: { type: "member", id }, changes });

  const isActive = before.status === "active" || before.status === "pending";
  const rule =
    f.active === false && isActive
      ? SUSPEND
      : f.active === true && before.status === "suspended"
        ? REACTIVATE
        : f.active === true && before.status === "deactivated"
          ? REINVITE
          : null;
  if (rule) records.push(...memberRuleRecords(rule, await applyMemberRule(tx, tenantId, rule, [before])));
  // A request that changes nothing is still recorded, as the update it asked for.
  if (!records.length) records.push({ target: { type: "member", id }, changes: { after: {} } });
  const member = await tx.member.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id } } });
  return { resource: await scimUserOf(tx, member, base), records };
}

/** SCIM DELETE: the member is deactivated as the console does it (signed out, devices reset) and leaves SCIM. */
export async function removeScimMember(tx: Tx, m: MemberRow) {
  await applyMemberRule(tx, m.tenantId, DEACTIVATE, [m]);
  await tx.member.update({
    where: { tenantId_id: { tenantId: m.tenantId, id: m.id } },
    data: { scimDeletedAt: new Date() },
  });
  return {
    action: "member.deactivate" as const,
    target: { type: "member", id: m.id },
    changes: {
      before: { status: m.status },
      after: { status: "deactivated", removedByIdentityProvider: true },
    },
  };
}
