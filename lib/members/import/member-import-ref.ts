import { z } from "zod";
import { tenantInput } from "@/lib/validation/tenant-input";

/** Names one member import of a network: what applying and reading an import take. */
export const importRef = tenantInput.extend({ importId: z.uuid({ message: "expected an import id" }) });
