import type { OperationErrorKind } from "@/lib/operation/operation-error";

/** The operation's failures, and the ones only HTTP has. */
export type ProblemKind = OperationErrorKind | "method_not_allowed" | "rate_limited";

const STATUS: Record<ProblemKind, number> = {
  method_not_allowed: 405,
  rate_limited: 429,
  precondition_failed: 412,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  validation: 422,
  conflict: 409,
};

const TITLE: Record<ProblemKind, string> = {
  method_not_allowed: "Method not allowed",
  rate_limited: "Too many requests",
  precondition_failed: "Precondition failed",
  unauthenticated: "Authentication required",
  forbidden: "Forbidden",
  not_found: "Not found",
  validation: "Invalid request",
  conflict: "Conflict",
};

/** An RFC 9457 problem+json response; validation problems list each field's errors. */
export function problem(kind: ProblemKind, detail: string, fieldErrors?: Record<string, string[]>): Response {
  const status = STATUS[kind];
  const body = {
    type: `https://custodian.dev/problems/${kind.replaceAll("_", "-")}`,
    title: TITLE[kind],
    status,
    detail,
    ...(fieldErrors ? { errors: Object.entries(fieldErrors).map(([field, messages]) => ({ field, messages })) } : {}),
  };
  const headers: Record<string, string> = { "content-type": "application/problem+json" };
  if (kind === "unauthenticated") headers["www-authenticate"] = 'Bearer realm="custodian"';
  return new Response(JSON.stringify(body), { status, headers });
}
