import type { z } from "zod";
import { OperationError } from "@/lib/operation/operation-error";

export const SCIM_ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

/** An error in SCIM's own format (RFC 7644 §3.12). */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly scimType: string | undefined,
    detail: string,
  ) {
    super(detail);
  }
}

export function scimErrorResponse(err: ScimError | OperationError): Response {
  const mapped =
    err instanceof ScimError
      ? err
      : new ScimError(
          {
            unauthenticated: 401,
            forbidden: 403,
            not_found: 404,
            validation: 400,
            conflict: 409,
            precondition_failed: 412,
            gone: 410,
          }[err.kind],
          err.kind === "validation" ? "invalidValue" : err.kind === "conflict" ? "uniqueness" : undefined,
          err.fieldErrors
            ? `${err.message} ${Object.entries(err.fieldErrors)
                .map(([f, m]) => `${f}: ${m.join("; ")}`)
                .join(". ")}`
            : err.message,
        );
  return new Response(
    JSON.stringify({
      schemas: [SCIM_ERROR],
      status: String(mapped.status),
      ...(mapped.scimType ? { scimType: mapped.scimType } : {}),
      detail: mapped.message,
    }),
    { status: mapped.status, headers: { "content-type": "application/scim+json" } },
  );
}

/** A SCIM error document's text, for answers written outside a route (the HTTP guard). */
export function scimErrorJson(status: number, scimType: string | undefined, detail: string): string {
  return JSON.stringify({ schemas: [SCIM_ERROR], status: String(status), ...(scimType ? { scimType } : {}), detail });
}

/** A document that failed its schema: 400 with each attribute at fault named (`emails.0.value: …`). */
export function scimInvalid(error: z.ZodError, scimType = "invalidValue"): ScimError {
  return new ScimError(
    400,
    scimType,
    error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "),
  );
}
