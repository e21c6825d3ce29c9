import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditRecord } from "@/lib/operation/define-operation";
import { groupName } from "@/lib/groups/group-input";
import { excludes, projectScimResource } from "./project-scim-resource";
import { ScimError, scimInvalid } from "./scim-error";
import type { ScimProjection } from "./scim-list-params";
import { isScimId } from "./scim-members";
import { GROUP_SCHEMA } from "./scim-schema";
import { canonicalKeys } from "./scim-user";

type Tx = Prisma.TransactionClient;
type Db = Pick<Prisma.TransactionClient, "member" | "securityGroup">;

/** More members than one answer lists: such a group is read with excludedAttributes=members. */
export const MAX_LISTED_MEMBERS = 10_000;

export const groupNotFound = (id: string) => new ScimError(404, undefined, `Group ${id} not found.`);

interface GroupRow {
  tenantId: string;
  id: string;
  name: string;
  isDefault: boolean;
  externalId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A security group as a SCIM Group; its members are read only when the answer shows them. */
export async function toScimGroup(db: Db, g: GroupRow, base: string, projection: ScimProjection = {}) {
  let members: { value: string; display: string; $ref: string; type: "User" }[] | undefined;
  if (!excludes(projection, "members")) {
    const rows = await db.member.findMany({
      where: { tenantId: g.tenantId, groupId: g.id, scimDeletedAt: null },
      select: { id: true, displayName: true },
      orderBy: { id: "asc" },
      take: MAX_LISTED_MEMBERS + 1,
    });
    if (rows.length > MAX_LISTED_MEMBERS)
      throw new ScimError(
        400,
        "tooMany",
        `Group ${g.name} has more than ${MAX_LISTED_MEMBERS.toLocaleString("en-US")} members: read it with excludedAttributes=members, and its members through /Users?filter=groups.value eq "${g.id}".`,
      );
    members = rows.map((m) => ({ value: m.id, display: m.displayName, $ref: `${base}/Users/${m.id}`, type: "User" }));
  }
  const resource = {
    schemas: [GROUP_SCHEMA],
    id: g.id,
    ...(g.externalId ? { externalId: g.externalId } : {}),
    displayName: g.name,
    ...(members ? { members } : {}),
    meta: {
      resourceType: "Group",
      created: g.createdAt.toISOString(),
      lastModified: g.updatedAt.toISOString(),
      location: `${base}/Groups/${g.id}`,
    },
  };
  return projectScimResource(resource, projection, GROUP_SCHEMA);
}

/** The group behind a SCIM id, locked for the rest of the transaction. */
export async function lockScimGroup(tx: Tx, tenantId: string, id: string): Promise<GroupRow> {
  if (!isScimId(id)) throw groupNotFound(id);
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "SecurityGroup" WHERE "tenantId" = ${tenantId}::uuid AND id = ${id}::uuid FOR UPDATE`;
  if (!rows.length) throw groupNotFound(id);
  return tx.securityGroup.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id } } });
}

const memberRef = z
  .object({ value: z.string({ message: "expected a user id" }).max(256, "at most 256 characters") })
  .loose();
export const memberRefs = z.array(memberRef, { message: "expected a list of {value: user id}" }).max(10_000);

/** A SCIM Group document (POST, PUT). */
export const scimGroupDocument = z
  .object({
    displayName: groupName,
    externalId: z.string().trim().max(256, "at most 256 characters").nullish(),
    members: memberRefs.nullish(),
  })
  .loose();

export function readScimGroup(raw: unknown) {
  const doc =
    raw && typeof raw === "object" && !Array.isArray(raw)
      ? canonicalKeys(raw as Record<string, unknown>, ["displayName", "externalId", "members"])
      : raw;
  const parsed = scimGroupDocument.safeParse(doc);
  if (!parsed.success) throw scimInvalid(parsed.error);
  return parsed.data;
}

/** Another group has this name or externalId: 409, naming the attribute. */
export async function assertGroupUnique(
  tx: Tx,
  tenantId: string,
  f: { displayName: string; externalId?: string | null },
  exceptId?: string,
) {
  const clash = await tx.securityGroup.findFirst({
    where: {
      tenantId,
      ...(exceptId ? { NOT: { id: exceptId } } : {}),
      OR: [{ name: f.displayName }, ...(f.externalId ? [{ externalId: f.externalId }] : [])],
    },
    select: { name: true },
  });
  if (clash)
    throw new ScimError(
      409,
      "uniqueness",
      `${clash.name === f.displayName ? "displayName" : "externalId"}: another group in this network already has this value.`,
    );
}

/** The members named, as this network's (not deleted by the IdP); any other id is 400 naming it. */
async function knownMembers(tx: Tx, tenantId: string, ids: string[], where: string) {
  const unique = [...new Set(ids)];
  const bad = unique.find((id) => !isScimId(id));
  if (bad) throw new ScimError(400, "invalidValue", `${where}: ${bad} is not a user of this network.`);
  const found = await tx.member.findMany({
    where: { tenantId, id: { in: unique }, scimDeletedAt: null },
    select: { id: true, groupId: true },
  });
  if (found.length !== unique.length) {
    const have = new Set(found.map((m) => m.id));
    throw new ScimError(
      400,
      "invalidValue",
      `${where}: ${unique.find((id) => !have.has(id))} is not a user of this network.`,
    );
  }
  return found;
}

/** Moves members into a group and records it as the console's move does (member.move, counts per group left). */
async function moveInto(tx: Tx, tenantId: string, groupId: string, members: { id: string; groupId: string }[]) {
  const moving = members.filter((m) => m.groupId !== groupId);
  if (!moving.length) return [];
  await tx.member.updateMany({ where: { tenantId, id: { in: moving.map((m) => m.id) } }, data: { groupId } });
  const fromGroups: Record<string, number> = {};
  for (const m of moving) fromGroups[m.groupId] = (fromGroups[m.groupId] ?? 0) + 1;
  const record: AuditRecord = {
    action: "member.move",
    target: { type: "group", id: groupId },
    changes: {
      before: { groups: fromGroups },
      after: {
        group: groupId,
        moved: moving.length,
        members: moving.length <= 50 ? moving.map((m) => m.id) : undefined,
        via: "scim",
      },
    },
  };
  return [record];
}

async function defaultGroupOf(tx: Tx, tenantId: string) {
  const g = await tx.securityGroup.findFirst({ where: { tenantId, isDefault: true }, select: { id: true } });
  if (!g) throw new ScimError(409, undefined, "The network has no default group.");
  return g.id;
}

/**
 * Changes a group's membership. Everyone is in exactly one security group, so
 * adding a member moves them here from their group, and removing one moves
 * them to the network's default group (which therefore cannot lose members).
 */
export async function changeGroupMembers(
  tx: Tx,
  group: GroupRow,
  change: { add?: string[]; remove?: string[] | "all"; set?: string[] },
  where: string,
): Promise<AuditRecord[]> {
  const { tenantId } = group;
  let add = change.add ?? [];
  let remove: string[] = [];
  if (change.set || change.remove === "all") {
    const current = await tx.member.findMany({
      where: { tenantId, groupId: group.id, scimDeletedAt: null },
      select: { id: true },
    });
    const keep = new Set(change.set ?? []);
    remove = current.map((m) => m.id).filter((id) => !keep.has(id));
    if (change.set) add = [...add, ...change.set];
  } else if (change.remove) remove = change.remove;
  const records: AuditRecord[] = [];
  if (remove.length) {
    if (group.isDefault)
      throw new ScimError(
        400,
        "mutability",
        `${where}: members cannot leave the default group ${group.name}; add them to another group instead.`,
      );
    const leaving = (await knownMembers(tx, tenantId, remove, where)).filter((m) => m.groupId === group.id);
    records.push(...(await moveInto(tx, tenantId, await defaultGroupOf(tx, tenantId), leaving)));
  }
  if (add.length)
    records.push(...(await moveInto(tx, tenantId, group.id, await knownMembers(tx, tenantId, add, where))));
  return records;
}
