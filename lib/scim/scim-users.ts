import { z } from "zod";
import { scimPatch, type ScimPatchOperation } from "scim-patch";
import { diffFields } from "@/lib/audit/diff-fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { ScimError } from "./scim-error";
import { scimFilterToWhere } from "./scim-filter";
import { fromScimUser, LIST_SCHEMA, scimUserInput, toScimUser } from "./scim-user";

type Tx = Prisma.TransactionClient;
const withBase = { base: z.string() };
const userRef = tenantInput.extend({ id: z.uuid({ message: "expected a user id" }), ...withBase });

async function defaultGroup(tx: Tx, tenantId: string) {
  const g = await tx.securityGroup.findFirst({ where: { tenantId, isDefault: true } });
  if (!g) throw new OperationError("conflict", "The network has no default group.");
  return g;
}

async function groupOf(db: Tx, tenantId: string, groupId: string) {
  return db.securityGroup.findUnique({
    where: { tenantId_id: { tenantId, id: groupId } },
    select: { id: true, name: true },
  });
}

async function uniqueOrThrow(tx: Tx, tenantId: string, email: string, externalId: string | null, exceptId?: string) {
  const clash = await tx.member.findFirst({
    where: {
      tenantId,
      NOT: exceptId ? { id: exceptId } : undefined,
      OR: [{ email }, ...(externalId ? [{ externalId }] : [])],
    },
    select: { id: true },
  });
  if (clash) throw new ScimError(409, "uniqueness", "A user with that userName or externalId already exists.");
}

// GET /Users: list with eq/co/sw filters on userName, emails.value, externalId; 1-based startIndex.
export const scimListUsers = defineOperation({
  name: "scim.read",
  kind: "read",
  permission: "scim.provision",
  schema: tenantInput.extend({
    filter: z.string().max(1000).nullable().optional(),
    startIndex: z.coerce.number().int().min(1).default(1),
    count: z.coerce.number().int().min(0).max(1000).default(100),
    ...withBase,
  }),
  tenantOf: byTenant,
  async run({ input, db }) {
    const where = { tenantId: input.tenantId, ...scimFilterToWhere(input.filter ?? null) };
    const [rows, total] = await Promise.all([
      db.member.findMany({ where, orderBy: { id: "asc" }, skip: input.startIndex - 1, take: input.count }),
      db.member.count({ where }),
    ]);
    return {
      schemas: [LIST_SCHEMA],
      totalResults: total,
      startIndex: input.startIndex,
      itemsPerPage: rows.length,
      Resources: rows.map((m) => toScimUser(m, input.base)),
    };
  },
});

// GET /Users/{id}
export const scimGetUser = defineOperation({
  name: "scim.read",
  kind: "read",
  permission: "scim.provision",
  schema: userRef,
  tenantOf: byTenant,
  async run({ input, db }) {
    const m = await db.member.findUnique({ where: { tenantId_id: { tenantId: input.tenantId, id: input.id } } });
    if (!m) throw new ScimError(404, undefined, `User ${input.id} not found.`);
    return toScimUser(m, input.base, (await groupOf(db, input.tenantId, m.groupId)) ?? undefined);
  },
});

// POST /Users: provision a member into the default group, active.
export const scimCreateUser = defineOperation({
  name: "member.create",
  kind: "write",
  permission: "scim.provision",
  schema: tenantInput.extend({ user: scimUserInput, ...withBase }),
  tenantOf: byTenant,
  async run({ input, tx }) {
    const f = fromScimUser(input.user);
    await uniqueOrThrow(tx, input.tenantId, f.email, f.externalId);
    const group = await defaultGroup(tx, input.tenantId);
    const m = await tx.member.create({
      data: {
        tenantId: input.tenantId,
        groupId: group.id,
        email: f.email,
        firstName: f.firstName,
        lastName: f.lastName,
        displayName: f.displayName,
        externalId: f.externalId,
        status: f.active ? "active" : "suspended",
      },
    });
    return {
      result: toScimUser(m, input.base, group),
      audit: {
        target: { type: "member", id: m.id },
        changes: { after: { email: f.email, externalId: f.externalId, status: m.status, via: "scim" } },
      },
    };
  },
});

/** Applies new SCIM attributes to a member; active=false suspends (and signs out), true reactivates. */
async function applyUser(tx: Tx, tenantId: string, id: string, fields: ReturnType<typeof fromScimUser>) {
  const before = await tx.member.findUnique({ where: { tenantId_id: { tenantId, id } } });
  if (!before) throw new ScimError(404, undefined, `User ${id} not found.`);
  await uniqueOrThrow(tx, tenantId, fields.email, fields.externalId, id);
  let status = before.status;
  if (!fields.active && (before.status === "active" || before.status === "pending")) status = "suspended";
  if (fields.active && before.status === "suspended") status = "active";
  const after = await tx.member.update({
    where: { tenantId_id: { tenantId, id } },
    data: {
      email: fields.email,
      firstName: fields.firstName,
      lastName: fields.lastName,
      displayName: fields.displayName,
      externalId: fields.externalId,
      status,
    },
  });
  if (status === "suspended" && before.status !== "suspended") {
    await tx.serviceCommand.create({ data: { tenantId, kind: "sign_out", memberId: id } });
  }
  const pick = (m: typeof before) => ({
    email: m.email,
    firstName: m.firstName,
    lastName: m.lastName,
    displayName: m.displayName,
    externalId: m.externalId,
    status: m.status,
  });
  return { member: after, changes: diffFields(pick(before), pick(after)) };
}

// PUT /Users/{id}: replace the user's attributes.
export const scimReplaceUser = defineOperation({
  name: "member.update",
  kind: "write",
  permission: "scim.provision",
  schema: userRef.extend({ user: scimUserInput }),
  tenantOf: byTenant,
  async run({ input, tx }) {
    const { member, changes } = await applyUser(tx, input.tenantId, input.id, fromScimUser(input.user));
    return {
      result: toScimUser(member, input.base, (await groupOf(tx, input.tenantId, member.groupId)) ?? undefined),
      audit: { target: { type: "member", id: member.id }, changes },
    };
  },
});

// PATCH /Users/{id}: RFC 7644 §3.5.2 operations, applied with scim-patch.
export const scimPatchUser = defineOperation({
  name: "member.update",
  kind: "write",
  permission: "scim.provision",
  schema: userRef.extend({
    Operations: z
      .array(z.object({ op: z.string(), path: z.string().optional(), value: z.unknown().optional() }).loose())
      .min(1, "Operations must not be empty"),
  }),
  tenantOf: byTenant,
  async run({ input, tx }) {
    const m = await tx.member.findUnique({ where: { tenantId_id: { tenantId: input.tenantId, id: input.id } } });
    if (!m) throw new ScimError(404, undefined, `User ${input.id} not found.`);
    let patched: unknown;
    try {
      // Azure AD sends "Replace"/"Add": scim-patch wants lower case.
      const ops = input.Operations.map((o) => ({ ...o, op: o.op.toLowerCase() })) as ScimPatchOperation[];
      patched = scimPatch(toScimUser(m, input.base) as never, ops);
    } catch (err) {
      throw new ScimError(400, "invalidValue", err instanceof Error ? err.message : String(err));
    }
    const parsed = scimUserInput.safeParse(patched);
    if (!parsed.success)
      throw new ScimError(
        400,
        "invalidValue",
        parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
      );
    const { member, changes } = await applyUser(tx, input.tenantId, input.id, fromScimUser(parsed.data));
    return {
      result: toScimUser(member, input.base, (await groupOf(tx, input.tenantId, member.groupId)) ?? undefined),
      audit: { target: { type: "member", id: member.id }, changes },
    };
  },
});

// DELETE /Users/{id}: deactivates (kept for retention), signs out, resets devices.
export const scimDeleteUser = defineOperation({
  name: "member.deactivate",
  kind: "write",
  permission: "scim.provision",
  schema: userRef,
  tenantOf: byTenant,
  async run({ input, tx }) {
    const m = await tx.member.findUnique({ where: { tenantId_id: { tenantId: input.tenantId, id: input.id } } });
    if (!m) throw new ScimError(404, undefined, `User ${input.id} not found.`);
    await tx.member.update({
      where: { tenantId_id: { tenantId: input.tenantId, id: m.id } },
      data: { status: "deactivated", deactivatedAt: new Date() },
    });
    await tx.device.updateMany({
      where: { tenantId: input.tenantId, memberId: m.id, status: "active" },
      data: { status: "reset" },
    });
    await tx.serviceCommand.create({ data: { tenantId: input.tenantId, kind: "sign_out", memberId: m.id } });
    return {
      result: null,
      audit: {
        target: { type: "member", id: m.id },
        changes: { before: { status: m.status }, after: { status: "deactivated", via: "scim" } },
      },
    };
  },
});
