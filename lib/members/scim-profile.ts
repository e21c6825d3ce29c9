import { z } from "zod";

/** Directory attributes kept from an identity provider, as Member.scimProfile holds them. */
export const scimProfileSchema = z
  .object({
    nickName: z.string().max(256),
    title: z.string().max(256),
    preferredLanguage: z.string().max(64),
    locale: z.string().max(64),
    timezone: z.string().max(64),
    employeeNumber: z.string().max(64),
    costCenter: z.string().max(128),
    organization: z.string().max(256),
    division: z.string().max(256),
    department: z.string().max(256),
    managerId: z.string().max(256),
  })
  .partial();

export type ScimProfile = z.infer<typeof scimProfileSchema>;
