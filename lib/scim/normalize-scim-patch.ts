import { z } from "zod";
import { ScimError, scimInvalid } from "./scim-error";

export type PatchVerb = "add" | "remove" | "replace";

export interface PatchOp {
  op: PatchVerb;
  path?: string;
  value?: unknown;
}

/** A PatchOp request's body (RFC 7644 §3.5.2), as loosely as real clients send it. */
export const patchRequest = z
  .object({
    schemas: z.array(z.string().max(256)).max(10).optional(),
    Operations: z
      .array(
        z
          .object({
            op: z.string({ message: "expected add, remove or replace" }).max(16, "expected add, remove or replace"),
            path: z.string().max(512, "at most 512 characters").nullish(),
            value: z.unknown().optional(),
          })
          .loose(),
        { message: "expected a list of operations" },
      )
      .min(1, "Operations must not be empty")
      .max(100, "at most 100 operations in one request"),
  })
  .loose();

/** Attribute names are case-insensitive, the request's own included ("operations"). */
export function readPatchRequest(body: Record<string, unknown>) {
  const key = Object.keys(body).find((k) => k.toLowerCase() === "operations");
  const parsed = patchRequest.safeParse({ ...body, Operations: key ? body[key] : undefined });
  if (!parsed.success) throw scimInvalid(parsed.error, "invalidSyntax");
  return parsed.data.Operations;
}

/** A key of a path-less value that is itself a path ("name.givenName", `emails[type eq "work"].value`, a URN attribute). */
function isPathKey(key: string): boolean {
  // "urn:…:enterprise:2.0:User" is the extension's object; "urn:…:enterprise:2.0:User:department" a path into it.
  if (/^urn:/i.test(key)) return !/:\d+\.\d+:[A-Za-z]+$/.test(key);
  return key.includes(".") || key.includes("[");
}

/**
 * The operations as one dialect: `op` in any letter case (Entra ID sends
 * "Replace"), an empty path as none, and a path-less value whose keys are
 * paths (Entra ID: `{"op":"Add","value":{"name.givenName":"Ann"}}`) split into
 * one operation per path. A remove without a path is refused: it would name
 * nothing to remove.
 */
export function normalizePatchOps(ops: z.output<typeof patchRequest>["Operations"]): PatchOp[] {
  const out: PatchOp[] = [];
  ops.forEach((raw, i) => {
    const op = raw.op.trim().toLowerCase();
    if (op !== "add" && op !== "remove" && op !== "replace")
      throw new ScimError(
        400,
        "invalidSyntax",
        `Operations[${i}].op: expected add, remove or replace, not "${raw.op}".`,
      );
    const path = raw.path?.trim() || undefined;
    if (path) {
      out.push({ op, path, ...(raw.value !== undefined ? { value: raw.value } : {}) });
      return;
    }
    if (op === "remove") throw new ScimError(400, "noTarget", `Operations[${i}]: a remove needs a path.`);
    const value = raw.value;
    if (!value || typeof value !== "object" || Array.isArray(value))
      throw new ScimError(400, "invalidValue", `Operations[${i}].value: without a path, the value must be an object.`);
    const merged: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (isPathKey(key)) out.push({ op, path: key, value: v });
      else merged[key] = v;
    }
    if (Object.keys(merged).length) out.push({ op, value: merged });
  });
  return out;
}

/** The attribute a path starts at, without a schema URN, and whether it is in the enterprise extension. */
export function pathHead(path: string, core: string, extension?: string): { head: string; inExtension: boolean } {
  let rest = path;
  let inExtension = false;
  if (path.toLowerCase().startsWith(`${core.toLowerCase()}:`)) rest = path.slice(core.length + 1);
  else if (extension && path.toLowerCase().startsWith(`${extension.toLowerCase()}:`)) {
    rest = path.slice(extension.length + 1);
    inExtension = true;
  }
  const head = rest.split(/[.[]/, 1)[0]!;
  return { head, inExtension };
}
