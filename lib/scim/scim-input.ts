import { z } from "zod";
import { tenantInput } from "@/lib/validation/tenant-input";

/** What every SCIM operation is given by its door: the network (from the token) and the public base URL. */
export const scimInput = tenantInput.extend({ base: z.url().max(2048) });

/** A resource id from the path: any string; one that is not ours is a 404, not a validation error. */
export const scimResourceInput = scimInput.extend({ id: z.string().min(1).max(256) });
