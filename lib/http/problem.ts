import type { OperationErrorKind } from "@/lib/operation/operation-error";
import type { BodyError } from "./read-json-body";

/** The operation's failures, and the ones only HTTP has. */
export type ProblemKind =
  | OperationErrorKind
  | "bad_request"
  | "method_not_allowed"
  | "payload_too_large"
  | "uri_too_long"
  | "unsupported_media_type"
  | "headers_too_large"
  | "rate_limited"
  | "internal";

const STATUS: Record<ProblemKind, number> = {
  bad_request: 400,
  method_not_allowed: 405,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  headers_too_large: 431,
  internal: 500,
  rate_limited: 429,
  precondition_failed: 412,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  validation: 422,
  conflict: 409,
  gone: 410,
};

const TITLE: Record<ProblemKind, string> = {
  bad_request: "Bad request",
  method_not_allowed: "Method not allowed",
  payload_too_large: "Payload too large",
  uri_too_long: "URI too long",
  unsupported_media_type: "Unsupported media type",
  headers_too_large: "Request header fields too large",
  internal: "Internal error",
  rate_limited: "Too many requests",
  precondition_failed: "Precondition failed",
  unauthenticated: "Authentication required",
  forbidden: "Forbidden",
  not_found: "Not found",
  validation: "Invalid request",
  conflict: "Conflict",
  gone: "Gone",
};

/** The status and RFC 9457 body of a problem; validation problems list each field's errors. */
export function problemJson(kind: ProblemKind, detail: string, fieldErrors?: Record<string, string[]>) {
  const status = STATUS[kind];
  const body = {
    type: `https://custodian.dev/problems/${kind.replaceAll("_", "-")}`,
    title: TITLE[kind],
    status,
    detail,
    ...(fieldErrors ? { errors: Object.entries(fieldErrors).map(([field, messages]) => ({ field, messages })) } : {}),
  };
  return { status, body: JSON.stringify(body) };
}

/** An RFC 9457 problem+json response. */
export function problem(kind: ProblemKind, detail: string, fieldErrors?: Record<string, string[]>): Response {
  const { status, body } = problemJson(kind, detail, fieldErrors);
  const headers: Record<string, string> = { "content-type": "application/problem+json" };
  if (kind === "unauthenticated") headers["www-authenticate"] = 'Bearer realm="custodian"';
  return new Response(body, { status, headers });
}

const BODY_KIND = { 400: "bad_request", 413: "payload_too_large", 415: "unsupported_media_type" } as const;

/** A refused body as problem+json, naming the body or its Content-Type. */
export function bodyProblem(err: BodyError): Response {
  return problem(BODY_KIND[err.status], err.message, { [err.field]: [err.message] });
}
