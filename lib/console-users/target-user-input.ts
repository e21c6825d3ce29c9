import { z } from "zod";
import { tenantInput } from "@/lib/validation/tenant-input";

export const targetUserSchema = tenantInput.extend({ userId: z.uuid({ message: "expected a console user id" }) });
