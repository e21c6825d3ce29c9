import { NO_DOOR } from "@/lib/operation/door-reasons";
import { z } from "zod";
import { scimPatch, type ScimPatchOperation } from "scim-patch";
import { parse } from "scim2-parse-filter";
import { defineOperation } from "@/lib/operation/define-operation";
import { emailAddress } from "@/lib/validation/email-address";
import { byTenant } from "@/lib/validation/tenant-input";
import { normalizePatchOps, pathHead, readPatchRequest, type PatchOp } from "./normalize-scim-patch";
import { ScimError } from "./scim-error";
import { scimResourceInput } from "./scim-input";
import { applyScimUser, lockScimMember, scimUserOf } from "./scim-members";
import {
  ENTERPRISE_RESOURCE,
  ENTERPRISE_SCHEMA,
  IGNORED_USER_ATTRIBUTES,
  USER_RESOURCE,
  USER_SCHEMA,
} from "./scim-schema";
import { canonicalKeys, readScimUser } from "./scim-user";

type Node = { op: string; attrPath?: string; compValue?: unknown; filters?: Node[]; filter?: Node };

const lower = (s: string) => s.toLowerCase();
const IGNORED = new Set(IGNORED_USER_ATTRIBUTES.map(lower));
const READ_ONLY = new Set(["id", "meta", "groups", "schemas"]);
const CORE = new Set(["externalid", ...USER_RESOURCE.attributes.map((a) => lower(a.name))]);
const EXTENSION = new Set(ENTERPRISE_RESOURCE.attributes.map((a) => lower(a.name)));
const checkEmail = emailAddress();

/** Whether a value filter selects the one email entry Custodian keeps ({value, type: "work", primary: true}). */
function selects(n: Node, entry: Record<string, unknown>): boolean {
  if (n.op === "and") return (n.filters ?? []).every((f) => selects(f, entry));
  if (n.op === "or") return (n.filters ?? []).some((f) => selects(f, entry));
  if (n.op === "not") return !selects(n.filter!, entry);
  const actual = entry[lower(n.attrPath ?? "")];
  if (n.op === "pr") return actual !== undefined && actual !== "";
  const a = typeof actual === "string" ? lower(actual) : actual;
  const v = typeof n.compValue === "string" ? lower(n.compValue) : n.compValue;
  switch (n.op) {
    case "eq":
      return a === v || (typeof actual === "boolean" && String(actual) === v);
    case "ne":
      return a !== v;
    case "co":
      return typeof a === "string" && typeof v === "string" && a.includes(v);
    case "sw":
      return typeof a === "string" && typeof v === "string" && a.startsWith(v);
    case "ew":
      return typeof a === "string" && typeof v === "string" && a.endsWith(v);
    default:
      return false;
  }
}

function newEmail(value: unknown, where: string): string {
  const checked = checkEmail.safeParse(value);
  if (!checked.success) throw new ScimError(400, "invalidValue", `${where}: ${checked.error.issues[0]!.message}`);
  return checked.data;
}

/** The email a list of email entries names: the primary, else the work one, else the first. */
function fromList(list: unknown, where: string): { value: string; primary: boolean } {
  if (!Array.isArray(list) || !list.length)
    throw new ScimError(400, "invalidValue", `${where}: expected a list of email entries.`);
  const entries = list as { value?: unknown; type?: unknown; primary?: unknown }[];
  const isPrimary = (e: (typeof entries)[number]) => e.primary === true || String(e.primary).toLowerCase() === "true";
  const chosen = entries.find(isPrimary) ?? entries.find((e) => String(e.type).toLowerCase() === "work") ?? entries[0]!;
  return { value: newEmail(chosen.value, `${where}.value`), primary: isPrimary(chosen) };
}

/**
 * The member's email after an operation on `emails`. Custodian keeps one
 * address per member (their messenger sign-in name), shown as
 * `{type: "work", primary: true}`: an operation that targets it changes it,
 * and one that targets anything else is 400 — never a 200 that changed nothing.
 */
function emailAfter(op: PatchOp, path: string, index: number, current: string): string {
  const where = `Operations[${index}]`;
  const m = /^emails(?:\[(.+)\])?(?:\.(\w+))?$/i.exec(path);
  if (!m) throw new ScimError(400, "invalidPath", `${where}.path: ${path} is not a path into emails.`);
  const [, filter, sub] = m;
  if (filter) {
    let ast: Node;
    try {
      ast = parse(filter) as Node;
    } catch {
      throw new ScimError(400, "invalidPath", `${where}.path: the filter in ${path} could not be parsed.`);
    }
    if (!selects(ast, { value: current, type: "work", primary: true }))
      throw new ScimError(
        400,
        "noTarget",
        `${where}.path: ${path} selects no email. Custodian keeps one address per member, as {"type":"work","primary":true}.`,
      );
  }
  if (op.op === "remove")
    throw new ScimError(400, "mutability", `${where}: a member keeps their email; replace it instead.`);
  const s = sub ? lower(sub) : undefined;
  if (s === "value") return newEmail(op.value, `${where}.value`);
  if (s === "type" || s === "primary" || s === "display") {
    const same =
      s === "type"
        ? lower(String(op.value)) === "work"
        : s === "primary"
          ? String(op.value).toLowerCase() === "true"
          : true;
    if (!same)
      throw new ScimError(
        400,
        "invalidValue",
        `${where}: emails.${sub} is always ${s === "type" ? "work" : "true"} here.`,
      );
    return current;
  }
  if (s) throw new ScimError(400, "invalidPath", `${where}.path: emails has no sub-attribute ${sub}.`);
  if (filter) {
    const v = op.value as { value?: unknown } | undefined;
    return newEmail(v && typeof v === "object" ? v.value : undefined, `${where}.value.value`);
  }
  const chosen = fromList(op.value, `${where}.value`);
  if (op.op === "add" && !chosen.primary && chosen.value !== current)
    throw new ScimError(
      400,
      "invalidValue",
      `${where}: Custodian keeps one email per member: replace it (emails[type eq "work"].value) or add the new one as primary.`,
    );
  return chosen.value;
}

/** Checks a path's attribute: kept (the operation stays), not kept by design (dropped), or refused. */
function triage(path: string, index: number): "keep" | "ignore" | "emails" {
  const { head, inExtension } = pathHead(path, USER_SCHEMA, ENTERPRISE_SCHEMA);
  const h = lower(head);
  if (inExtension) {
    if (EXTENSION.has(h)) return "keep";
  } else {
    if (IGNORED.has(h)) return "ignore";
    if (READ_ONLY.has(h))
      throw new ScimError(
        400,
        "mutability",
        `Operations[${index}].path: ${head} is read-only${h === "groups" ? ": change group membership through /Groups" : ""}.`,
      );
    if (h === "emails") return "emails";
    if (CORE.has(h)) return "keep";
    if (lower(path) === lower(ENTERPRISE_SCHEMA)) return "keep";
  }
  throw new ScimError(400, "invalidPath", `Operations[${index}].path: Custodian has no attribute ${path}.`);
}

// PATCH /Users/{id}: RFC 7644 §3.5.2 operations, in Entra ID's and Okta's dialects as well.
export const patchScimUser = defineOperation({
  name: "member.update",
  kind: "write",
  permission: "scim.provision",
  schema: scimResourceInput.extend({
    patch: z.record(z.string(), z.unknown(), { message: "expected a PatchOp object" }),
  }),
  example: (ids) => ({
    tenantId: ids.tenantId,
    base: "http://x/scim",
    id: ids.memberId,
    patch: { Operations: [{ op: "replace", path: "active", value: false }] },
  }),
  api: { none: NO_DOOR.SCIM },
  ui: { none: NO_DOOR.SCIM },
  tenantOf: byTenant,
  async run({ input, tx }) {
    const ops = normalizePatchOps(readPatchRequest(input.patch));
    const before = await lockScimMember(tx, input.tenantId, input.id);
    let email = before.email;
    const rest: ScimPatchOperation[] = [];
    ops.forEach((op, i) => {
      if (op.path) {
        const kind = triage(op.path, i);
        if (kind === "emails")
          email = emailAfter(op, op.path.replace(new RegExp(`^${USER_SCHEMA}:`, "i"), ""), i, email);
        // Entra ID sends the manager as a bare id, where the schema has {value}: set the value.
        else if (kind === "keep" && /:manager$/i.test(op.path) && typeof op.value === "string")
          rest.push({ ...op, path: `${op.path}.value` } as ScimPatchOperation);
        else if (kind === "keep") rest.push(op as ScimPatchOperation);
        return;
      }
      const value = canonicalKeys({ ...(op.value as Record<string, unknown>) });
      for (const key of Object.keys(value)) {
        const k = lower(key);
        if (k === "emails") {
          email = emailAfter({ op: op.op, value: value[key] }, "emails", i, email);
          delete value[key];
        } else if (IGNORED.has(k) || READ_ONLY.has(k)) delete value[key];
        else if (!CORE.has(k) && k !== lower(ENTERPRISE_SCHEMA))
          throw new ScimError(400, "invalidPath", `Operations[${i}].value.${key}: Custodian has no attribute ${key}.`);
      }
      if (Object.keys(value).length) rest.push({ op: op.op, value } as ScimPatchOperation);
    });
    const current = await scimUserOf(tx, before, input.base);
    let patched: Record<string, unknown>;
    try {
      patched = scimPatch(structuredClone(current) as never, rest) as unknown as Record<string, unknown>;
    } catch (err) {
      throw new ScimError(400, "invalidValue", err instanceof Error ? err.message : String(err));
    }
    patched.emails = [{ value: email, type: "work", primary: true }];
    const { resource, records } = await applyScimUser(tx, before, readScimUser(patched), input.base);
    return { result: resource, audit: records };
  },
});
