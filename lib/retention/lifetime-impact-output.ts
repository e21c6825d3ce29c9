import { count } from "@/lib/operation/wire";
import { z } from "zod";

// Who a lifetime change would touch, as the admin API answers it (policy updates, holds).
export const lifetimeImpact = z.object({
  members: count,
  groups: count,
  shortened: count,
  lengthened: count,
  sample: z.array(z.string()),
});
