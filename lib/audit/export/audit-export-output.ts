import { AuditExportFormat, AuditExportStatus } from "@/lib/generated/prisma/enums";
import { id, count, at, atOrNull } from "@/lib/operation/wire";
import { z } from "zod";

// An export as the admin API answers it (the exports list and one export).
export const exportView = {
  id,
  format: z.enum(AuditExportFormat),
  status: z.enum(AuditExportStatus),
  filter: z.record(z.string(), z.string()),
  requestedBy: z.string(),
  scheduleId: id.nullable(),
  totalRows: count.nullable(),
  rowsWritten: count,
  fileName: z.string().nullable(),
  bytes: count.nullable(),
  sha256: z.string().nullable(),
  error: z.string().nullable(),
  createdAt: at,
  finishedAt: atOrNull,
};
