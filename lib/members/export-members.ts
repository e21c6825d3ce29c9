import { stringify } from "csv-stringify/sync";
import { spreadsheetSafe } from "@/lib/csv/spreadsheet-safe";
import { Prisma } from "@/lib/generated/prisma/client";
import { defineOperation } from "@/lib/operation/define-operation";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { memberFilterShape } from "./member-list-schema";
import { memberWhere } from "./member-where";

const BATCH = 5000;
export const EXPORT_COLUMNS = [
  "email",
  "first name",
  "last name",
  "display name",
  "status",
  "group",
  "external id",
  "last seen",
] as const;

/**
 * Every member matching a directory filter as CSV, produced in keyset batches so
 * a million rows stream out without being held in memory. Returns an iterator of
 * CSV chunks, header first. Every cell is spreadsheet-safe: a name such as
 * `=HYPERLINK(…)` arrives as text, not as a formula.
 */
export const exportMembers = defineOperation({
  name: "member.list",
  kind: "read",
  permission: "members.read",
  schema: tenantInput.extend(memberFilterShape),
  example: (ids) => ({ tenantId: ids.tenantId, status: ["active"] }),
  api: {
    method: "GET",
    path: "/tenants/{tenantId}/members/export",
    summary: "The member directory as CSV",
    file: "app/api/v1/tenants/[tenantId]/members/export/route.ts",
    files: { "text/csv": { schema: { type: "string" } } },
  },
  tenantOf: byTenant,
  async run({ input, db }) {
    const where = memberWhere(input.tenantId, input);
    return (async function* () {
      yield stringify([EXPORT_COLUMNS as unknown as string[]]);
      let after: string | null = null;
      for (;;) {
        const keyset: Prisma.Sql = after ? Prisma.sql` AND m.id > ${after}::uuid` : Prisma.empty;
        const rows: {
          id: string;
          email: string;
          firstName: string;
          lastName: string;
          displayName: string;
          status: string;
          group: string;
          externalId: string | null;
          lastSeenAt: Date | null;
        }[] = await db.$queryRaw`
            SELECT m.id, m.email, m."firstName", m."lastName", m."displayName", m.status::text AS status, g.name AS "group", m."externalId", m."lastSeenAt"
            FROM "Member" m JOIN "SecurityGroup" g ON g."tenantId" = m."tenantId" AND g.id = m."groupId"
            WHERE ${where}${keyset} ORDER BY m.id LIMIT ${BATCH}`;
        if (rows.length === 0) return;
        yield stringify(
          rows.map((r) =>
            [
              r.email,
              r.firstName,
              r.lastName,
              r.displayName,
              r.status,
              r.group,
              r.externalId ?? "",
              r.lastSeenAt?.toISOString() ?? "",
            ].map(spreadsheetSafe),
          ),
        );
        after = rows[rows.length - 1]!.id;
        if (rows.length < BATCH) return;
      }
    })();
  },
});
