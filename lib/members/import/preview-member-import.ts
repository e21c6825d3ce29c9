import { createHash } from "node:crypto";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { toJson } from "@/lib/settings/to-json";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { checkMemberCsv, type ImportIssue } from "./check-member-csv";

export const MAX_IMPORT_ROWS = 100_000;
const REPORTED_ISSUES = 500;

export const previewMemberImportSchema = tenantInput.extend({
  fileName: z.string().trim().min(1).max(200),
  csv: z.string().min(1, "choose a CSV file").max(40_000_000, "the file is larger than 40 MB"),
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
  permission: "members.invite",
  schema: previewMemberImportSchema,
  tenantOf: byTenant,
  async run({ ctx, input, tx }) {
    const groups = await tx.securityGroup.findMany({ where: { tenantId: input.tenantId }, select: { name: true } });
    const { rows, issues, headerError } = checkMemberCsv(input.csv, new Set(groups.map((g) => g.name)));
    if (headerError) throw new OperationError("validation", headerError, { csv: [headerError] });
    if (rows.length + issues.length > MAX_IMPORT_ROWS) {
      throw new OperationError("validation", "The file is too long.", {
        csv: [`at most ${MAX_IMPORT_ROWS.toLocaleString("en-US")} rows per file`],
      });
    }
    // Which rows create, update or leave a member alone, as things stand now.
    const existing = new Map(
      (
        await tx.member.findMany({
          where: { tenantId: input.tenantId, email: { in: rows.map((r) => r.email) } },
          select: { email: true, firstName: true, lastName: true, externalId: true, group: { select: { name: true } } },
        })
      ).map((m) => [m.email, m]),
    );
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
          },
        },
      },
    };
  },
});
