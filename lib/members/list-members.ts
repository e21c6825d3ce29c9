import { MemberStatus } from "@/lib/generated/prisma/enums";
import { id, atOrNull, count } from "@/lib/operation/wire";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { byTenant } from "@/lib/validation/tenant-input";
import { listMembersSchema, type MemberSort } from "./member-list-schema";
import { memberWhere } from "./member-where";

const memberRow = z.object({
  id,
  email: z.string(),
  displayName: z.string(),
  status: z.enum(MemberStatus),
  groupId: id,
  groupName: z.string(),
  lastSeenAt: atOrNull,
  isAdmin: z.boolean(),
  devices: count,
});

// The columns each sort orders by, id last as the tie-break. Keyset pagination
// compares these to the cursor, so page 20,000 costs what page 1 does.
const KEYS: Record<MemberSort, Prisma.Sql[]> = {
  displayName: [Prisma.sql`m."displayName"`],
  email: [Prisma.sql`m.email`],
  status: [Prisma.sql`m.status`, Prisma.sql`m."displayName"`],
  group: [Prisma.sql`g.name`, Prisma.sql`m."displayName"`],
  lastSeenAt: [Prisma.sql`m."lastSeenAt"`],
};

type Cursor = (string | null)[];

function encodeCursor(values: Cursor): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

function decodeCursor(cursor: string, length: number): Cursor {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(v) && v.length === length && v.every((x) => x === null || typeof x === "string"))
      return v as Cursor;
  } catch {
    // fall through
  }
  throw new OperationError("validation", "The page cursor is not valid.", {
    after: ["not a cursor this list produced: start from the first page"],
  });
}

interface Row {
  id: string;
  email: string;
  displayName: string;
  status: string;
  groupId: string;
  groupName: string;
  lastSeenAt: Date | null;
  isAdmin: boolean;
  devices: number;
  k0: string | null;
  k1: string | null;
}

/** The rows strictly after (or before) the cursor in this order. NULL last-seen sorts first ascending. */
function keysetCondition(sort: MemberSort, cursor: Cursor, forward: boolean): Prisma.Sql {
  const id = cursor[cursor.length - 1]!;
  if (sort === "lastSeenAt") {
    const v = cursor[0];
    const gt = forward;
    // Nulls sort first in ascending order (and last in descending): handle them explicitly.
    if (v === null) {
      return gt
        ? Prisma.sql`((m."lastSeenAt" IS NULL AND m.id > ${id}::uuid) OR m."lastSeenAt" IS NOT NULL)`
        : Prisma.sql`(m."lastSeenAt" IS NULL AND m.id < ${id}::uuid)`;
    }
    return gt
      ? Prisma.sql`(m."lastSeenAt" > ${v}::timestamptz OR (m."lastSeenAt" = ${v}::timestamptz AND m.id > ${id}::uuid))`
      : Prisma.sql`(m."lastSeenAt" < ${v}::timestamptz OR (m."lastSeenAt" = ${v}::timestamptz AND m.id < ${id}::uuid) OR m."lastSeenAt" IS NULL)`;
  }
  const cols = [...KEYS[sort], Prisma.sql`m.id`];
  const vals = cursor.map((v, i) =>
    i === cursor.length - 1
      ? Prisma.sql`${v}::uuid`
      : sort === "status" && i === 0
        ? Prisma.sql`${v}::"MemberStatus"`
        : Prisma.sql`${v}`,
  );
  return Prisma.sql`(${Prisma.join(cols)}) ${forward ? Prisma.sql`>` : Prisma.sql`<`} (${Prisma.join(vals)})`;
}

/**
 * GET one page of a network's member directory: filtered, searched and sorted
 * in PostgreSQL, paged by keyset cursors, with the total matching count.
 */
export const listMembers = defineOperation({
  name: "member.list",
  kind: "read",
  permission: "members.read",
  schema: listMembersSchema,
  example: (ids) => ({ tenantId: ids.tenantId, q: "member" }),
  api: { method: "GET", path: "/tenants/{tenantId}/members", summary: "List members (filters, keyset cursor)" },
  output: z.object({
    rows: z.array(memberRow),
    total: count,
    next: z.string().nullable(),
    prev: z.string().nullable(),
  }),
  tenantOf: byTenant,
  async run({ input, db }) {
    const where = memberWhere(input.tenantId, input);
    const keyCount = KEYS[input.sort].length + 1;
    const backwards = !!input.before && !input.after;
    const cursor = input.after
      ? decodeCursor(input.after, keyCount)
      : input.before
        ? decodeCursor(input.before, keyCount)
        : null;
    // Walking backwards is walking forwards in the reversed order.
    const ascending = (input.dir === "asc") !== backwards;
    const dir = ascending ? Prisma.sql`ASC` : Prisma.sql`DESC`;
    const nulls =
      input.sort === "lastSeenAt" ? (ascending ? Prisma.sql` NULLS FIRST` : Prisma.sql` NULLS LAST`) : Prisma.empty;
    const order = Prisma.join(
      [...KEYS[input.sort].map((k) => Prisma.sql`${k} ${dir}${nulls}`), Prisma.sql`m.id ${dir}`],
      ", ",
    );
    const keyset = cursor ? Prisma.sql` AND ${keysetCondition(input.sort, cursor, ascending)}` : Prisma.empty;
    const keyCols = KEYS[input.sort].map((k, i) => Prisma.sql`${k}::text AS ${Prisma.raw(`k${i}`)}`);

    const [rows, [count]] = await Promise.all([
      db.$queryRaw<Row[]>`
        SELECT m.id, m.email, m."displayName", m.status::text AS status, m."groupId", g.name AS "groupName",
               m."lastSeenAt", m."isAdmin",
               (SELECT count(*)::int FROM "Device" d WHERE d."tenantId" = m."tenantId" AND d."memberId" = m.id AND d.status = 'active') AS devices,
               ${Prisma.join(keyCols)}
        FROM "Member" m
        JOIN "SecurityGroup" g ON g."tenantId" = m."tenantId" AND g.id = m."groupId"
        WHERE ${where}${keyset}
        ORDER BY ${order}
        LIMIT ${input.pageSize + 1}`,
      db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Member" m WHERE ${where}`,
    ]);

    const more = rows.length > input.pageSize;
    const page = rows.slice(0, input.pageSize);
    if (backwards) page.reverse();
    const cursorOf = (r: Row): string => {
      const keys: Cursor = KEYS[input.sort].map((_, i) => (i === 0 ? r.k0 : r.k1));
      // Timestamps go back through PostgreSQL's own text form, exact to the microsecond.
      return encodeCursor([...keys, r.id]);
    };
    const first = page[0];
    const last = page[page.length - 1];
    return {
      rows: page.map(({ k0: _k0, k1: _k1, ...r }) => r),
      total: count?.n ?? 0,
      // With a cursor we came from somewhere, so there is a way back; going back, a
      // full extra row means there is more before.
      next: last && (backwards ? true : more) ? cursorOf(last) : null,
      prev: first && (backwards ? more : !!cursor) ? cursorOf(first) : null,
    };
  },
});
