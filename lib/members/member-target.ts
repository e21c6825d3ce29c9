import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { OperationError } from "@/lib/operation/operation-error";
import { tenantInput } from "@/lib/validation/tenant-input";
import { memberFilterSchema } from "./member-list-schema";
import { memberWhere } from "./member-where";

export const MAX_BULK = 100_000;

/** Which members an action is for: the ones picked, or all that match a directory filter. */
export const memberTargetSchema = tenantInput
  .extend({
    memberIds: z
      .array(z.uuid({ message: "expected member ids" }))
      .max(MAX_BULK, `at most ${MAX_BULK.toLocaleString("en-US")} members at once`)
      .optional(),
    filter: memberFilterSchema.optional(),
  })
  .refine((v) => !!v.memberIds?.length !== !!v.filter, {
    path: ["memberIds"],
    message: "choose members, or all matching a filter (not both)",
  });

export type MemberTarget = z.infer<typeof memberTargetSchema>;

/** The target's members, read inside the write's transaction and locked against a concurrent change. */
export async function lockTargetMembers(tx: Prisma.TransactionClient, t: MemberTarget) {
  const where = t.filter
    ? memberWhere(t.tenantId, t.filter)
    : Prisma.sql`m."tenantId" = ${t.tenantId}::uuid AND m.id IN (${Prisma.join(t.memberIds!.map((id) => Prisma.sql`${id}::uuid`))})`;
  const rows = await tx.$queryRaw<{ id: string; email: string; status: string }[]>`
    SELECT m.id, m.email, m.status::text AS status FROM "Member" m WHERE ${where} ORDER BY m.id LIMIT ${MAX_BULK + 1} FOR UPDATE`;
  if (rows.length > MAX_BULK)
    throw new OperationError("validation", "Too many members.", {
      filter: [`the filter matches more than ${MAX_BULK.toLocaleString("en-US")} members: narrow it`],
    });
  if (t.memberIds && rows.length !== new Set(t.memberIds).size) {
    throw new OperationError("validation", "Some members were not found.", {
      memberIds: ["some of the members are not in this network"],
    });
  }
  return rows;
}
