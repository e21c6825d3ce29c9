import { z } from "zod";

/**
 * An email address as every input takes it: trimmed, lower-cased and at most
 * 254 characters (RFC 5321's limit on a path), so no door accepts a
 * 5,000-character "address".
 */
export const emailAddress = (message = "expected an email address") =>
  z.string({ message }).trim().max(254, "at most 254 characters").toLowerCase().pipe(z.email({ message }));
