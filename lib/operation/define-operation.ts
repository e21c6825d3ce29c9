import { z } from "zod";
import { appendAuditEvent, appendAuditEvents, type AuditEventInput } from "@/lib/audit-chain/append-audit-event";
import { type AuditAction, PLATFORM_CHAIN } from "@/lib/audit-chain/audit-actions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Ctx, actorLabel, can } from "@/lib/rbac/actor";
import type { Permission } from "@/lib/rbac/permissions";
import type { ExampleIds } from "./example-ids";
import { OperationError, forbidden } from "./operation-error";
import { isWriteConflict, uniqueViolationFields } from "./unique-violation";

type Tx = Prisma.TransactionClient;

/** What a write tells the wrapper to record in its audit event. */
export interface AuditRecord {
  /**
   * The event's action, when it is not the operation's name: a SCIM update
   * that also suspends records member.suspend for that part, as the console's
   * suspend does, so a filter on suspensions finds every one.
   */
  action?: AuditAction;
  /** The chain to record in, when it is not the input's tenant (a tenant being created). */
  chain?: string;
  target?: { type: string; id: string };
  changes?: { before?: Record<string, unknown>; after?: Record<string, unknown> };
}

export type ApiMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * The operation's route in the admin API (/api/v1). The route table, the
 * OpenAPI document and the parity test are derived from these.
 */
export interface ApiRouteSpec<R = unknown> {
  method: ApiMethod;
  /** Under /api/v1; {name} segments become the operation's input fields of that name. */
  path: string;
  summary: string;
  /**
   * For an update: the read whose answer is the object's current version (its
   * ETag), when it is not the GET of the same path. If-Match is checked against it.
   */
  version?: { operation: string; path: string };
  /**
   * A route that also takes a file as its raw body (streamed, up to maxBytes),
   * instead of JSON: the body becomes input `field`, the query's `nameParam`
   * the file's name. JSON bodies to it may be as large, once escaped.
   */
  upload?: { field: string; nameParam: string; types: readonly string[]; maxBytes: number };
  /** Work to start once the operation has committed (the UI's server action does the same). */
  after?: (result: R, input: Record<string, unknown>) => Promise<void> | void;
  /** A route with a file of its own (a streamed download, a CSV) instead of the shared door: that file. */
  file?: string;
  /** A route that answers files rather than JSON: their content types. */
  files?: Record<string, { schema: object }>;
}

/** A door the operation does not have, and why. */
export interface NoDoor {
  none: string;
}

interface Base<S extends z.ZodType, R> {
  /** Also the audit action: a denied attempt is recorded under this name. */
  name: AuditAction;
  /**
   * The one permission the caller must hold. "signed_in" marks an operation on
   * the caller's own account (or a list already limited to their grants), open
   * to every signed-in console user, even one whose MFA set-up is pending.
   */
  permission: Permission | "signed_in";
  schema: S;
  /**
   * A valid input aimed at one network's objects: the isolation matrix calls
   * the operation with it as every caller who must be refused (and as those who
   * must get past the check), and the legal-hold test as helpdesk. Typed
   * loosely, because a literal in it would otherwise widen while S is being
   * inferred; lib/operation/operation-examples.test.ts parses every example
   * with its schema instead.
   */
  example: (ids: ExampleIds) => unknown;
  /** The tenant the input concerns (tenant permissions are checked there). */
  tenantOf?: (input: z.output<S>) => string;
  /** Its admin API route, or why it has none. */
  api: ApiRouteSpec<R> | NoDoor;
  /** Why the console offers no door to it, when it offers none (the parity test checks both). */
  ui?: NoDoor;
  /**
   * What its API route answers on success, as JSON (lib/operation/wire.ts):
   * the OpenAPI document's response and the contract the tests hold the
   * running server to. Every route that answers JSON has one.
   */
  output?: z.ZodType;
}

export interface ReadSpec<S extends z.ZodType, R> extends Base<S, R> {
  kind: "read";
  run: (args: { ctx: Ctx; input: z.output<S>; db: typeof db }) => Promise<R>;
}

export interface WriteSpec<S extends z.ZodType, R> extends Base<S, R> {
  kind: "write";
  /** audit: one event, or several (each recorded in order; an empty list records one bare event). */
  run: (args: { ctx: Ctx; input: z.output<S>; tx: Tx }) => Promise<{ result: R; audit: AuditRecord | AuditRecord[] }>;
}

export type Operation<S extends z.ZodType = z.ZodType, R = unknown> = ((ctx: Ctx, raw: z.input<S>) => Promise<R>) & {
  spec: ReadSpec<S, R> | WriteSpec<S, R>;
};

/** Any operation, whatever its input (every input type takes `never`): what a door handing it outside data accepts. */
export type AnyOperation<R = unknown> = (ctx: Ctx, raw: never) => Promise<R>;

/**
 * Calls an operation with outside data (a form's fields, an HTTP body, a SCIM
 * request): the one place the typed input is set aside, because the operation
 * validates whatever it is given with its schema. Code that builds an input
 * itself calls the operation directly, and a wrong input fails to compile.
 */
export function callWithRaw<R>(operation: AnyOperation<R>, ctx: Ctx, raw: unknown): Promise<R> {
  return (operation as unknown as (ctx: Ctx, raw: unknown) => Promise<R>)(ctx, raw);
}

export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

function auditActor(ctx: Ctx): AuditEventInput["actor"] {
  const a = ctx.actor;
  return { type: a.type, id: a.type === "system" ? undefined : a.id, label: actorLabel(a) };
}

async function chainFor(tenantId: string | undefined): Promise<string> {
  if (!tenantId) return PLATFORM_CHAIN;
  // A probe at a tenant that does not exist goes to the platform chain, so that
  // made-up ids never create chains of their own.
  const exists = await db.tenant.findUnique({ where: { id: tenantId }, select: { id: true } });
  return exists ? tenantId : PLATFORM_CHAIN;
}

/** Where the input holds a NUL character: PostgreSQL text cannot store one, so no field may carry it. */
function nulFields(value: unknown, path: string[] = [], out: Record<string, string[]> = {}): Record<string, string[]> {
  if (typeof value === "string") {
    if (value.includes("\u0000")) out[path.join(".") || "_"] = ["must not contain NUL characters"];
  } else if (Array.isArray(value)) value.forEach((v, i) => nulFields(v, [...path, String(i)], out));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) nulFields(v, [...path, k], out);
  return out;
}

/**
 * A write that lost a race: two requests creating the same thing at once both
 * pass the operation's own "does it exist?" check, and the unique key refuses
 * the second. That is the caller's conflict (409 naming the field), not a fault.
 */
function asConflict(err: unknown): OperationError | null {
  const fields = uniqueViolationFields(err);
  if (fields) {
    const field = fields.join(".");
    return new OperationError("conflict", `Another record already has this ${fields.join(" and ")}.`, {
      [field]: ["already taken: another record has this value (perhaps created at the same moment)"],
    });
  }
  if (isWriteConflict(err))
    return new OperationError("conflict", "A concurrent change got in the way: send the request again.");
  return null;
}

// Every operation this process has defined, in definition order. The registry
// (lib/operations.ts) is written by hand; its test compares the two, so an
// operation built by a factory is caught as surely as one defined inline.
const defined: Operation[] = [];

export function definedOperations(): readonly Operation[] {
  return defined;
}

const tenantIdShape = z.object({ tenantId: z.uuid({ message: "expected a network id (UUID)" }) });

/**
 * The one door. Every operation on tenant data is defined through this, so that
 * whichever adapter calls it (page, server action, REST, SCIM, service API):
 * 1. the permission is checked against the single matrix, and a denial is audited;
 * 2. the input is validated by the operation's one zod schema;
 * 3. a write runs in one transaction together with its audit event.
 */
export function defineOperation<S extends z.ZodType, R>(spec: ReadSpec<S, R>): Operation<S, R>;
export function defineOperation<S extends z.ZodType, R>(spec: WriteSpec<S, R>): Operation<S, R>;
export function defineOperation<S extends z.ZodType, R>(spec: ReadSpec<S, R> | WriteSpec<S, R>): Operation<S, R> {
  const operation = async (ctx: Ctx, raw: unknown): Promise<R> => {
    // The tenant is needed before the permission check, and the permission check
    // comes before full validation: a caller without access learns nothing about
    // what a valid input would be.
    let tenantId: string | undefined;
    if (spec.tenantOf) {
      const t = tenantIdShape.safeParse(raw);
      if (!t.success) throw new OperationError("validation", "The request is not valid.", zodFieldErrors(t.error));
      tenantId = t.data.tenantId;
    }

    const allowed =
      spec.permission === "signed_in" ? ctx.actor.type === "console_user" : can(ctx.actor, spec.permission, tenantId);
    if (!allowed) {
      const chain = await chainFor(tenantId);
      await db.$transaction((tx) =>
        appendAuditEvent(tx, {
          tenantId: chain,
          action: spec.name,
          outcome: "denied",
          actor: auditActor(ctx),
          request: ctx.request,
          target: tenantId ? { type: "tenant", id: tenantId } : undefined,
          changes: { after: { permission: spec.permission } },
        }),
      );
      throw forbidden();
    }

    const nul = nulFields(raw);
    if (Object.keys(nul).length) {
      // A field's own rule may say more than "no NUL" (a binary file where a CSV was expected): it wins.
      const own = spec.schema.safeParse(raw);
      const said = own.success ? {} : zodFieldErrors(own.error);
      for (const field of Object.keys(nul)) if (said[field]) nul[field] = said[field];
      throw new OperationError("validation", "Some fields need attention.", nul);
    }
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      throw new OperationError("validation", "Some fields need attention.", zodFieldErrors(parsed.error));
    }
    const input = parsed.data;

    if (spec.kind === "read") return spec.run({ ctx, input, db });

    try {
      return await db.$transaction(
        async (tx) => {
          const { result, audit } = await spec.run({ ctx, input, tx });
          const records = Array.isArray(audit) ? (audit.length ? audit : [{}]) : [audit];
          const home = spec.tenantOf ? spec.tenantOf(input) : PLATFORM_CHAIN;
          // Consecutive records of one chain go in one append (one lock, one insert), however many.
          for (let i = 0; i < records.length;) {
            const chain = records[i]!.chain ?? home;
            let j = i;
            while (j < records.length && (records[j]!.chain ?? home) === chain) j++;
            await appendAuditEvents(
              tx,
              chain,
              records.slice(i, j).map((record) => ({
                action: record.action ?? spec.name,
                outcome: "success" as const,
                actor: auditActor(ctx),
                request: ctx.request,
                target: record.target,
                changes: record.changes,
              })),
            );
            i = j;
          }
          return result;
        },
        { timeout: 20_000 },
      );
    } catch (err) {
      throw asConflict(err) ?? err;
    }
  };
  const built = Object.assign(operation, { spec }) as Operation<S, R>;
  defined.push(built as unknown as Operation);
  return built;
}
