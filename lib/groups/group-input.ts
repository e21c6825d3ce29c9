import { z } from "zod";
import { tenantInput } from "@/lib/validation/tenant-input";

export const groupName = z.string().trim().min(1, "enter a name").max(80, "at most 80 characters");
export const groupInput = tenantInput.extend({ groupId: z.uuid({ message: "expected a group id" }) });
