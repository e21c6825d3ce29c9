import { z } from "zod";

/** A feed's cursor: the last audit seq an earlier answer delivered. */
export const seqCursor = z
  .string()
  .max(19, "expected a cursor from an earlier answer")
  .regex(/^\d{1,19}$/, "expected a cursor from an earlier answer")
  .optional();

/** How many items a feed's page may hold: 1 to 1,000. */
export const feedLimit = (byDefault: number) =>
  z.coerce
    .number({ message: "expected a number" })
    .int("expected a whole number")
    .min(1, "between 1 and 1,000")
    .max(1000, "between 1 and 1,000")
    .default(byDefault);
