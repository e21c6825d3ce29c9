import { z } from "zod";

// The building blocks of the admin API's answers as they travel (JSON): an
// operation's `output` schema is made of these. Dates are ISO strings, bigint
// sequence numbers decimal strings. Objects are closed: a field the server
// starts sending without a schema fails the contract test, so nothing leaves
// undocumented (a secret included).

export const id = z.uuid();
export const at = z.iso.datetime();
export const atOrNull = at.nullable();
/** A bigint sequence number, sent as a decimal string (JSON numbers stop at 2^53). */
export const seq = z.string().regex(/^\d+$/);
/** Free-form JSON the server stores as given (filters, diffs, job positions). */
export const json = z.unknown();
export const count = z.number().int().min(0);

/** A page of a list: pass `next` as `after` for the next page, `prev` as `before` for the one before. */
export const page = <T extends z.ZodType>(row: T, extra: z.ZodRawShape = {}) =>
  z.object({ rows: z.array(row), next: z.string().nullable(), prev: z.string().nullable(), ...extra });

/** What a create answers: the new object's id. */
export const created = z.object({ id });
