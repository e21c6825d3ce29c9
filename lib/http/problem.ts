import type { OperationErrorKind } from "@/lib/operation/operation-error";

const STATUS: Record<OperationErrorKind, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  validation: 422,
  conflict: 409,
};

const TITLE: Record<OperationErrorKind, string> = {
  unauthenticated: "Authentication required",
  forbidden: "Forbidden",
  not_found: "Not found",
  validation: "Invalid request",
  conflict: "Conflict",
};

/** An RFC 9457 problem+json response; validation problems list each field's errors. */
export function problem(kind: OperationErrorKind, detail: string, fieldErrors?: Record<string, string[]>): Response {
  const status = STATUS[kind];
  const body = {
    type: `https://custodian.dev/problems/${kind.replace("_", "-")}`,
    title: TITLE[kind],
    status,
    detail,
    ...(fieldErrors ? { errors: Object.entries(fieldErrors).map(([field, messages]) => ({ field, messages })) } : {}),
  };
  const headers: Record<string, string> = { "content-type": "application/problem+json" };
  if (kind === "unauthenticated") headers["www-authenticate"] = 'Bearer realm="custodian"';
  return new Response(JSON.stringify(body), { status, headers });
}
