import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { sealSecret } from "@/lib/crypto/seal-secret";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { TENANT_ROLES } from "@/lib/rbac/permissions";

export const createSsoConnectionSchema = z.object({
  name: z.string().trim().min(1, "enter the name people will see on the sign-in page").max(100),
  slug: z
    .string()
    .max(41, "lower-case letters, digits and dashes, 2 to 41 characters")
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,40}$/, "lower-case letters, digits and dashes, 2 to 41 characters"),
  issuer: z
    .url({
      protocol: /^https?$/,
      message: "expected the issuer URL, e.g. https://login.example.com/realms/acme",
    })
    .max(2048, "at most 2,048 characters"),
  clientId: z.string().trim().min(1, "enter the client id").max(300),
  clientSecret: z.string().min(1, "enter the client secret").max(2000),
  groupsClaim: z.string().trim().min(1).max(100).default("groups"),
  // Networks are named by slug, as people know them; stored by id.
  roleMappings: z
    .array(
      z.object({
        group: z.string().trim().min(1, "enter the IdP group name").max(256),
        tenantSlug: z.string().trim().min(1, "name the network by its slug").max(48, "at most 48 characters"),
        role: z.enum(TENANT_ROLES, { message: "expected tenant_admin, compliance_officer, auditor or helpdesk" }),
      }),
    )
    .max(200),
});

// Add an OIDC provider for console sign-in. The client secret is sealed at rest.
export const createSsoConnection = defineOperation({
  name: "sso.create",
  kind: "write",
  permission: "platform.sso.write",
  schema: createSsoConnectionSchema,
  example: () => ({
    name: "Probe IdP",
    slug: "probe-idp",
    issuer: "https://idp.example.test",
    clientId: "probe",
    clientSecret: "probe-secret",
    roleMappings: [{ group: "g", tenantSlug: "acme-defense", role: "auditor" }],
  }),
  api: { none: NO_DOOR.PLATFORM },
  async run({ input, tx }) {
    if (await tx.ssoConnection.findUnique({ where: { slug: input.slug } })) {
      throw new OperationError("conflict", "That slug is taken.", { slug: ["another connection uses this slug"] });
    }
    const tenants = await tx.tenant.findMany({
      where: { slug: { in: input.roleMappings.map((m) => m.tenantSlug) } },
      select: { id: true, slug: true },
    });
    const idBySlug = new Map(tenants.map((t) => [t.slug, t.id]));
    const unknown = input.roleMappings.findIndex((m) => !idBySlug.has(m.tenantSlug));
    if (unknown >= 0) {
      throw new OperationError("validation", "A mapping names a network that does not exist.", {
        [`roleMappings.${unknown}.tenantSlug`]: [
          `no network has the slug “${input.roleMappings[unknown]!.tenantSlug}”`,
        ],
      });
    }
    const { clientSecret, roleMappings, ...rest } = input;
    const stored = roleMappings.map((m) => ({ group: m.group, tenantId: idBySlug.get(m.tenantSlug)!, role: m.role }));
    const row = await tx.ssoConnection.create({
      data: { ...rest, roleMappings: stored, clientSecretEnc: sealSecret(clientSecret) },
    });
    return {
      result: { id: row.id, slug: row.slug },
      audit: {
        target: { type: "sso_connection", id: row.id },
        changes: { after: { ...rest, roleMappings: stored, clientSecret } },
      },
    };
  },
});
