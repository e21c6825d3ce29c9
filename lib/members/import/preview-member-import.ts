import { count, id } from "@/lib/operation/wire";
import { createHash } from "node:crypto";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { toJson } from "@/lib/settings/to-json";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { checkMemberCsv, notCsvText, type ImportIssue, type ImportWarning } from "./check-member-csv";

import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./import-limits";

const importIssue = z.object({
  line: count,
  email: z.string(),
  problem: z.enum([
    "bad_row",
    "bad_email",
    "unknown_group",
    "duplicate_in_file",
    "missing_column",
    "duplicate_external_id",
  ]),
  detail: z.string(),
});

const importWarning = z.object({ line: count, detail: z.string() });

const importReport = {
  creates: count,
  updates: count,
  unchanged: count,
  errors: count,
  issues: z.array(importIssue),
  warningCount: count,
  warnings: z.array(importWarning),
};

export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS };
const REPORTED_ISSUES = 500;
// PostgreSQL takes at most 32,767 bind parameters a statement: lookups by email go in chunks well under it.
const LOOKUP_CHUNK = 10_000;

export const previewMemberImportSchema = tenantInput.extend({
  fileName: z.string().trim().min(1, "name the file").max(200, "at most 200 characters"),
  csv: z
    .string()
    .min(1, "choose a CSV file")
    .max(MAX_IMPORT_BYTES, "the file is larger than 40 MB")
    // A character may take up to four bytes: the limit is the file's size, in bytes.
    .refine((s) => Buffer.byteLength(s) <= MAX_IMPORT_BYTES, "the file is larger than 40 MB")
    .superRefine((s, ctx) => {
      const why = notCsvText(s);
      if (why) ctx.addIssue({ code: "custom", message: why });
    }),
});

/**
 * The dry run: reads the file, and reports per row what is wrong (bad email,
 * unknown group, duplicate) and, for the rest, whether it creates a member,
 * updates one, or changes nothing. Nothing is applied; the result is kept so
 * that "Apply" applies exactly what was reviewed.
 */
export const previewMemberImport = defineOperation({
  name: "member.import_preview",
  kind: "write",
  permission: "members.update",
  schema: previewMemberImportSchema,
  example: (ids) => ({
    tenantId: ids.tenantId,
    fileName: "x.csv",
    csv: "email,first name,last name,group\nx@example.test,X,Y,Default\n",
  }),
  api: {
    method: "POST",
    path: "/tenants/{tenantId}/member-imports",
    summary: "Check a CSV of members (dry run)",
    upload: {
      field: "csv",
      nameParam: "fileName",
      types: ["text/csv", "application/csv"],
      maxBytes: MAX_IMPORT_BYTES,
    },
  },
  output: z.object({ id, ...importReport }),
  tenantOf: byTenant,
  async run({ ctx, input, tx }) {
    const groups = await tx.securityGroup.findMany({ where: { tenantId: input.tenantId }, select: { name: true } });
    const { rows, issues, warnings, headerError } = checkMemberCsv(input.csv, new Set(groups.map((g) => g.name)));
    if (headerError) throw new OperationError("validation", headerError, { csv: [headerError] });
    if (rows.length + issues.length > MAX_IMPORT_ROWS) {
      throw new OperationError("validation", "The file is too long.", {
        csv: [`at most ${MAX_IMPORT_ROWS.toLocaleString("en-US")} rows per file`],
      });
    }
    // Which rows create, update or leave a member alone, as things stand now.
    const existing = new Map<
      string,
      { firstName: string; lastName: string; externalId: string | null; group: { name: string } }
    >();
    for (let i = 0; i < rows.length; i += LOOKUP_CHUNK) {
      const found = await tx.member.findMany({
        where: { tenantId: input.tenantId, email: { in: rows.slice(i, i + LOOKUP_CHUNK).map((r) => r.email) } },
        select: { email: true, firstName: true, lastName: true, externalId: true, group: { select: { name: true } } },
      });
      for (const m of found) existing.set(m.email, m);
    }
    let creates = 0;
    let updates = 0;
    let unchanged = 0;
    for (const r of rows) {
      const m = existing.get(r.email);
      if (!m) creates++;
      else if (
        m.firstName !== r.firstName ||
        m.lastName !== r.lastName ||
        m.group.name !== r.group ||
        (r.externalId && m.externalId !== r.externalId)
      )
        updates++;
      else unchanged++;
    }
    const sha256 = createHash("sha256").update(input.csv).digest("hex");
    const report = {
      creates,
      updates,
      unchanged,
      errors: issues.length,
      issues: issues.slice(0, REPORTED_ISSUES) as ImportIssue[],
      warningCount: warnings.length,
      warnings: warnings.slice(0, REPORTED_ISSUES) as ImportWarning[],
    };
    const job = await tx.memberImport.create({
      data: {
        tenantId: input.tenantId,
        fileName: input.fileName,
        sha256,
        rows: toJson(rows),
        report: toJson(report),
        total: rows.length,
        createdById: ctx.actor.type === "console_user" ? ctx.actor.id : null,
      },
    });
    return {
      result: { id: job.id, ...report },
      audit: {
        target: { type: "member_import", id: job.id },
        changes: {
          after: {
            fileName: input.fileName,
            sha256,
            rows: rows.length,
            creates,
            updates,
            unchanged,
            errors: issues.length,
            warnings: warnings.length,
          },
        },
      },
    };
  },
});
