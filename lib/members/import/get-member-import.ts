import { ImportStatus } from "@/lib/generated/prisma/enums";
import { id, json, count, atOrNull, at } from "@/lib/operation/wire";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { notFound } from "@/lib/operation/operation-error";
import { byTenant } from "@/lib/validation/tenant-input";
import { importRef } from "./member-import-ref";

const memberImport = z.object({
  tenantId: id,
  id,
  status: z.enum(ImportStatus),
  fileName: z.string(),
  sha256: z.string(),
  report: json,
  total: count,
  applied: count,
  created: count,
  updated: count,
  unchanged: count,
  attempts: count,
  leaseUntil: atOrNull,
  // The worker instance holding the lease (lib/jobs/instance-lease.ts), or null.
  leaseOwner: z.number().int().nullable(),
  error: z.string().nullable(),
  createdById: id.nullable(),
  createdAt: at,
  updatedAt: at,
  finishedAt: atOrNull,
});

// GET an import's state: its dry-run report and, once applying, its progress.
export const getMemberImport = defineOperation({
  name: "member.import_preview",
  kind: "read",
  permission: "members.read",
  schema: importRef,
  example: (ids) => ({ tenantId: ids.tenantId, importId: ids.importId }),
  api: {
    method: "GET",
    path: "/tenants/{tenantId}/member-imports/{importId}",
    summary: "An import's report and progress",
  },
  output: memberImport,
  tenantOf: byTenant,
  async run({ input, db }) {
    const job = await db.memberImport.findUnique({
      where: { tenantId_id: { tenantId: input.tenantId, id: input.importId } },
      omit: { rows: true },
    });
    if (!job) throw notFound("The import");
    return job;
  },
});
