import { z } from "zod";

// One pagination and sort schema for every list. The lenient form turns any bad
// URL value into its default (a user editing the address bar gets a page, not an
// error); the strict form is for the API, where a bad value is the caller's bug.
export const PAGE_SIZES = [10, 25, 50, 100] as const;

export function listParamsSchema<const S extends readonly [string, ...string[]]>(sortable: S, defaultSort: S[number]) {
  const strict = z.object({
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce
      .number()
      .int()
      .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), `expected one of ${PAGE_SIZES.join(", ")}`)
      .default(25),
    sort: z.enum(sortable).default(defaultSort),
    dir: z.enum(["asc", "desc"]).default("asc"),
    q: z.string().trim().max(200).optional(),
  });
  const lenient = z.object({
    page: strict.shape.page.catch(1),
    pageSize: strict.shape.pageSize.catch(25),
    sort: strict.shape.sort.catch(defaultSort),
    dir: strict.shape.dir.catch("asc"),
    q: strict.shape.q.catch(undefined),
  });
  return { strict, lenient };
}

export type ListParams<S extends string> = {
  page: number;
  pageSize: number;
  sort: S;
  dir: "asc" | "desc";
  q?: string | undefined;
};

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}
