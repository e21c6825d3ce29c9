import { z } from "zod";
import { MAX_FILTER_LENGTH } from "./compile-scim-filter";

export const MAX_RESULTS = 1000;

const integer = (name: string) =>
  z
    .union(
      [
        z.number(),
        z
          .string()
          .max(20, `${name} must be a whole number`)
          .trim()
          .regex(/^[+-]?\d{1,12}$/, `${name} must be a whole number`),
      ],
      {
        message: `${name} must be a whole number`,
      },
    )
    .transform(Number);

const attributeList = z
  .string()
  .max(2000, "at most 2,000 characters")
  .transform((s) =>
    s
      .split(",")
      .map((a) => a.trim())
      .filter(Boolean),
  );

/**
 * A list request's query (RFC 7644 §3.4.2): the filter, and paging clamped
 * as §3.4.2.4 says — a startIndex below 1 is 1, a negative count is 0 —
 * with count capped at the advertised maxResults. attributes and
 * excludedAttributes (§3.9) choose what each resource shows.
 */
export const scimListParams = z.object({
  filter: z.string().max(MAX_FILTER_LENGTH, `at most ${MAX_FILTER_LENGTH} characters`).nullish(),
  startIndex: integer("startIndex")
    .optional()
    .transform((n) => Math.max(1, n ?? 1)),
  count: integer("count")
    .optional()
    .transform((n) => Math.min(MAX_RESULTS, Math.max(0, n ?? 100))),
  attributes: attributeList.optional(),
  excludedAttributes: attributeList.optional(),
});

export const scimProjection = scimListParams.pick({ attributes: true, excludedAttributes: true });

export type ScimProjection = z.output<typeof scimProjection>;
