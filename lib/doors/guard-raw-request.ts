import type { IncomingHttpHeaders } from "node:http";
import { scimErrorJson } from "@/lib/scim/scim-error";
import { type ProblemKind, problemJson } from "@/lib/http/problem";

/** The methods any route serves; anything else (TRACE, CONNECT, WebDAV's) is refused before routing. */
export const SERVED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
/** Longer URLs are refused (414); the server reads up to MAX_HEADER_BYTES of request line and headers. */
export const MAX_URL_BYTES = 16 * 1024;
export const MAX_HEADER_BYTES = 64 * 1024;

export interface Refusal {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const CONTROL = /[\u0000-\u001f\u007f]/;

/** A refusal in the format of the door the path belongs to: SCIM's error document, or problem+json. */
export function refusal(
  path: string,
  kind: ProblemKind,
  scimType: string | undefined,
  detail: string,
  field: string,
  extraHeaders: Record<string, string> = {},
): Refusal {
  if (path.startsWith("/api/scim/")) {
    const { status } = problemJson(kind, detail);
    return {
      status,
      headers: { "content-type": "application/scim+json", ...extraHeaders },
      body: scimErrorJson(status, scimType, `${field}: ${detail}`),
    };
  }
  const { status, body } = problemJson(kind, detail, { [field]: [detail] });
  return { status, headers: { "content-type": "application/problem+json", ...extraHeaders }, body };
}

/**
 * What the HTTP server refuses before the web framework sees a request, each
 * of which the framework would otherwise answer with a bare 500: a method it
 * cannot represent (TRACE), a path whose percent-encoding does not decode
 * (`%FF`) or decodes to a control character (`%00`), and a URL longer than any
 * route needs.
 */
export function guardRawRequest(method: string | undefined, url: string | undefined): Refusal | null {
  const target = url ?? "/";
  const path = target.split("?")[0]!;
  if (!(SERVED_METHODS as readonly string[]).includes(method ?? ""))
    return refusal(path, "method_not_allowed", undefined, `${method} is not served here.`, "method", {
      allow: SERVED_METHODS.join(", "),
    });
  if (Buffer.byteLength(target) > MAX_URL_BYTES)
    return refusal(
      path,
      "uri_too_long",
      "invalidValue",
      `The URL is longer than ${MAX_URL_BYTES.toLocaleString("en-US")} bytes.`,
      "url",
    );
  const segments = path.split("/");
  for (let i = 0; i < segments.length; i++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segments[i]!);
    } catch {
      return refusal(
        path,
        "bad_request",
        "invalidValue",
        `Path segment ${i} is not valid percent-encoded UTF-8.`,
        "path",
      );
    }
    if (CONTROL.test(decoded))
      return refusal(path, "bad_request", "invalidValue", `Path segment ${i} contains a control character.`, "path");
  }
  return null;
}

/** The raw HTTP answer to a request the parser could not read (headers too large, malformed request line). */
export function rawClientErrorResponse(code: string | undefined): string {
  const tooLarge = code === "HPE_HEADER_OVERFLOW";
  const { status, body } = tooLarge
    ? problemJson(
        "headers_too_large",
        `The request line and headers are larger than ${MAX_HEADER_BYTES.toLocaleString("en-US")} bytes.`,
        { headers: ["too large"] },
      )
    : problemJson("bad_request", "The request could not be parsed as HTTP/1.1.", { request: ["malformed"] });
  const reason = tooLarge ? "Request Header Fields Too Large" : "Bad Request";
  return `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`;
}

/**
 * Whether Next would run this request as a server action: a POST naming one in
 * `Next-Action` (what the client router sends), or a form POST to a page (a
 * form submitted before JavaScript loaded; the action id is in the body).
 */
function isServerActionRequest(method: string | undefined, path: string, headers: IncomingHttpHeaders): boolean {
  if (method !== "POST") return false;
  if (headers["next-action"] !== undefined) return true;
  const type = headers["content-type"]?.toLowerCase() ?? "";
  return (
    !path.startsWith("/api/") &&
    (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded"))
  );
}

/**
 * Server actions run with the signed-in user's cookie, so a request for one
 * must come from the console's own pages: its Origin must be the console's
 * public origin (NEXTAUTH_URL) or match the Host it was sent to. One without an
 * Origin (a hand-made request, or a browser that leaves it out) is refused as
 * well; Next would run it, and answers a foreign one with a bare 500.
 */
export function guardServerActionOrigin(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
  publicOrigin: string | undefined,
): Refusal | null {
  const path = (url ?? "/").split("?")[0]!;
  if (!isServerActionRequest(method, path, headers)) return null;
  const origin = headers.origin;
  if (!origin)
    return refusal(
      path,
      "forbidden",
      undefined,
      "A server action needs the Origin header of the console's page.",
      "Origin",
    );
  let originHost: string | undefined;
  let originValue: string | undefined;
  try {
    const parsed = new URL(origin);
    originHost = parsed.host;
    originValue = parsed.origin;
  } catch {
    // "null" (a sandboxed or privacy-sensitive context) and anything else that is not a URL.
  }
  const sameHost = !!originHost && originHost === headers.host?.toLowerCase();
  if (!sameHost && (!originValue || originValue !== publicOrigin))
    return refusal(path, "forbidden", undefined, "A server action must come from the console's own origin.", "Origin");
  return null;
}
