import { created } from "@/lib/operation/wire";
import { z } from "zod";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { byTenant, tenantInput } from "@/lib/validation/tenant-input";
import { bumpFederationVersion } from "./bump-federation-version";

const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`);
const optionalText = (max: number) => z.preprocess((v) => (v === "" ? undefined : v), text(max).optional());

export const addPartnerSchema = tenantInput
  .extend({
    relation: z.enum(["allow", "deny"], { message: "choose allow or deny" }),
    // An external network by id or domain, or (deny-list only) a network of this deployment by slug.
    externalKey: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .string()
        .max(253, "at most 253 characters")
        .trim()
        .toLowerCase()
        .regex(/^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/, "expected a network id or domain, e.g. partner.example")
        .optional(),
    ),
    partnerSlug: optionalText(63),
    displayName: text(200).min(1, "name the partner"),
    fingerprint: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .string()
        .max(135, "expected a key fingerprint, e.g. SHA256:…")
        .trim()
        .regex(/^(SHA256:)?[A-Za-z0-9+/=:]{16,128}$/, "expected a key fingerprint, e.g. SHA256:…")
        .optional(),
    ),
    region: optionalText(40),
    agreedBy: optionalText(200),
    agreedAt: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.date({ message: "expected a date" }).optional()),
    agreementRef: optionalText(200),
  })
  .refine((p) => (p.externalKey ? 1 : 0) + (p.partnerSlug ? 1 : 0) === 1, {
    path: ["externalKey"],
    message: "name an external network, or (for the deny-list) a network of this deployment",
  })
  .refine((p) => !(p.partnerSlug && p.relation === "allow"), {
    path: ["partnerSlug"],
    message: "a network of this deployment is allowed by request and acceptance, not added here",
  })
  .refine((p) => p.relation !== "allow" || (p.agreedBy && p.agreedAt && p.agreementRef), {
    path: ["agreementRef"],
    message: "an external partner needs its out-of-band agreement: who agreed, when, and a reference",
  });

/**
 * Adds an external network to the allow-list (with the out-of-band agreement
 * both sides signed), or any network to the deny-list. Active at once.
 */
export const addPartner = defineOperation({
  name: "federation.partner_add",
  kind: "write",
  permission: "federation.write",
  schema: addPartnerSchema,
  example: (ids) => ({
    tenantId: ids.tenantId,
    relation: "deny",
    externalKey: "blocked.example",
    displayName: "Blocked",
  }),
  api: {
    method: "POST",
    path: "/tenants/{tenantId}/federation/partners",
    summary: "Add an external partner or a deny",
  },
  output: created,
  tenantOf: byTenant,
  async run({ input, tx }) {
    let partnerTenantId: string | null = null;
    if (input.partnerSlug) {
      const other = await tx.tenant.findFirst({ where: { slug: input.partnerSlug, deletedAt: null } });
      if (!other)
        throw new OperationError("validation", "No such network.", { partnerSlug: ["no network has this slug"] });
      if (other.id === input.tenantId)
        throw new OperationError("validation", "That is this network.", { partnerSlug: ["that is this network"] });
      partnerTenantId = other.id;
    }
    const clash = await tx.federationPartner.findFirst({
      where: {
        tenantId: input.tenantId,
        ...(partnerTenantId ? { partnerTenantId } : { externalKey: input.externalKey! }),
      },
    });
    if (clash && !(clash.status === "revoked" || clash.status === "rejected"))
      throw new OperationError("conflict", `This network is already listed (${clash.relation}, ${clash.status}).`, {
        [partnerTenantId ? "partnerSlug" : "externalKey"]: ["already listed"],
      });
    const data = {
      relation: input.relation,
      status: "active" as const,
      partnerTenantId,
      externalKey: input.externalKey ?? null,
      displayName: input.displayName,
      fingerprint: input.fingerprint ?? null,
      region: input.region ?? null,
      agreedBy: input.agreedBy ?? null,
      agreedAt: input.agreedAt ?? null,
      agreementRef: input.agreementRef ?? null,
      requestedByUs: true,
    };
    const row = clash
      ? await tx.federationPartner.update({ where: { tenantId_id: { tenantId: input.tenantId, id: clash.id } }, data })
      : await tx.federationPartner.create({ data: { tenantId: input.tenantId, ...data } });
    await bumpFederationVersion(tx, input.tenantId);
    return {
      result: { id: row.id },
      audit: {
        target: { type: "federation_partner", id: row.id },
        changes: { after: { ...data, agreedAt: data.agreedAt?.toISOString() ?? null } },
      },
    };
  },
});
