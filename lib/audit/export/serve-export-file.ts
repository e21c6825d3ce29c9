import { callWithRaw } from "@/lib/operation/define-operation";
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import type { Ctx } from "@/lib/rbac/actor";
import { downloadAuditExport } from "./download-audit-export";

/** Streams an export's file or manifest from disk (constant memory), after the download is authorised and recorded. */
export async function serveExportFile(ctx: Ctx, input: { tenantId: string; exportId: string; part: string }) {
  const { path, size, fileName, contentType } = await callWithRaw(downloadAuditExport, ctx, input);
  return new Response(Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>, {
    headers: {
      "content-type": contentType,
      "content-length": String(size),
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
    },
  });
}
