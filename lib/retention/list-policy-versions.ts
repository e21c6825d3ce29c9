import { policyFields } from "@/lib/retention/policy-output";
import { id, count, at, json, page } from "@/lib/operation/wire";
import { z } from "zod";
import { diffFields } from "@/lib/audit/diff-fields";
import { defineOperation } from "@/lib/operation/define-operation";
import { keysetFields, pageByKeyset, type KeyColumn } from "@/lib/pagination/page-by-keyset";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { FIELDS } from "./policy-version-fields";
import { DEFAULT_LIFETIME } from "./retention-presets";

const policyVersion = z.object({
  tenantId: id,
  version: count,
  ...policyFields,
  authorId: z.string().nullable(),
  authorLabel: z.string().nullable(),
  createdAt: at,
  diff: z.object({ before: z.record(z.string(), json), after: z.record(z.string(), json) }),
});

const VERSION_ORDER: KeyColumn[] = [{ field: "version", dir: "desc", kind: "int" }];

const pick = (v: Record<string, unknown>) => Object.fromEntries(FIELDS.map((f) => [f, v[f] ?? null]));

// GET a page of the versions of the network's retention policy, newest first, each with what it changed.
export const listPolicyVersions = defineOperation({
  name: "retention.read",
  kind: "read",
  permission: "retention.read",
  schema: tenantInput.extend(keysetFields(50)),
  example: (ids) => ({ tenantId: ids.tenantId }),
  api: { method: "GET", path: "/tenants/{tenantId}/retention/versions", summary: "Policy versions" },
  output: page(policyVersion),
  tenantOf: byTenant,
  async run({ input, db }) {
    const page = await pageByKeyset(VERSION_ORDER, input, (keyset) =>
      db.retentionPolicyVersion.findMany({ ...keyset, where: { AND: [{ tenantId: input.tenantId }, keyset.where] } }),
    );
    // Each version's diff is against the one before it, which may sit on the next page.
    const oldest = page.rows[page.rows.length - 1];
    const base = oldest
      ? await db.retentionPolicyVersion.findUnique({
          where: { tenantId_version: { tenantId: input.tenantId, version: oldest.version - 1 } },
        })
      : null;
    let prev: Record<string, unknown> = base
      ? pick(base)
      : {
          ...DEFAULT_LIFETIME,
          complianceRetentionDays: null,
          compliancePreset: null,
          deactivatedMemberDays: null,
          staleDeviceDays: null,
          auditRetentionDays: null,
        };
    const rows = [...page.rows].reverse().map((v) => {
      const diff = diffFields(prev, pick(v));
      prev = pick(v);
      return { ...v, diff };
    });
    return { ...page, rows: rows.reverse() };
  },
});
