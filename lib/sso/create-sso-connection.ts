import { z } from "zod";
import { sealSecret } from "@/lib/crypto/seal-secret";
import { defineOperation } from "@/lib/operation/define-operation";
import { OperationError } from "@/lib/operation/operation-error";
import { roleMappingsSchema } from "./sso-mappings";

export const createSsoConnectionSchema = z.object({
  name: z.string().trim().min(1, "enter the name people will see on the sign-in page").max(100),
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,40}$/, "lower-case letters, digits and dashes, 2 to 41 characters"),
  issuer: z.url({
    protocol: /^https?$/,
    message: "expected the issuer URL, e.g. https://login.example.com/realms/acme",
  }),
  clientId: z.string().trim().min(1, "enter the client id").max(300),
  clientSecret: z.string().min(1, "enter the client secret").max(2000),
  groupsClaim: z.string().trim().min(1).max(100).default("groups"),
  roleMappings: roleMappingsSchema,
});

// Add an OIDC provider for console sign-in. The client secret is sealed at rest.
export const createSsoConnection = defineOperation({
  name: "sso.create",
  kind: "write",
  permission: "platform.sso.write",
  schema: createSsoConnectionSchema,
  async run({ input, tx }) {
    if (await tx.ssoConnection.findUnique({ where: { slug: input.slug } })) {
      throw new OperationError("conflict", "That slug is taken.", { slug: ["another connection uses this slug"] });
    }
    const tenants = await tx.tenant.count({ where: { id: { in: input.roleMappings.map((m) => m.tenantId) } } });
    if (tenants !== new Set(input.roleMappings.map((m) => m.tenantId)).size) {
      throw new OperationError("validation", "A mapping names a network that does not exist.", {
        roleMappings: ["a network in the mappings does not exist"],
      });
    }
    const { clientSecret, ...rest } = input;
    const row = await tx.ssoConnection.create({ data: { ...rest, clientSecretEnc: sealSecret(clientSecret) } });
    return {
      result: { id: row.id, slug: row.slug },
      audit: { target: { type: "sso_connection", id: row.id }, changes: { after: { ...rest, clientSecret } } },
    };
  },
});
