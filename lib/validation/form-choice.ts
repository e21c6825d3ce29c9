import { z } from "zod";

/**
 * One of a map's own keys, for a form field that picks what to run ("action",
 * "op"). Looking a submitted string up in an object would also find what every
 * object inherits ("constructor", "__proto__", "toString"), and run it.
 */
export function formChoice<K extends string>(map: Record<K, unknown>, message: string) {
  return z.enum(Object.keys(map) as [K, ...K[]], { message });
}

/** A form field that carries JSON: parsed, or a field error saying it is not JSON (never a 500). */
export function jsonFormField(message: string) {
  return z.string().transform((text, ctx): unknown => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
  });
}
