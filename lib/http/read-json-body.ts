/** Why a request body was refused before any operation saw it: the door answers it in its own format. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    /** The field at fault: the body itself, or the header that described it. */
    readonly field: "body" | "Content-Type",
    message: string,
  ) {
    super(message);
    this.name = "BodyError";
  }
}

export interface BodyLimits {
  /** Media types accepted (compared without parameters such as charset). */
  types: readonly string[];
  maxBytes: number;
  /** How deeply objects and arrays may nest. */
  maxDepth: number;
}

/** The largest body any door takes (a member import's file, escaped as JSON); each route checks its own limit. */
export const LARGEST_BODY = 52 * 1024 * 1024;

export const JSON_BODY: BodyLimits = { types: ["application/json"], maxBytes: 1_000_000, maxDepth: 32 };

/** The media type of a Content-Type header, lower-cased and without parameters. */
export function mediaType(header: string | null): string {
  return (header ?? "").split(";")[0]!.trim().toLowerCase();
}

/**
 * How deeply the JSON text nests, counted without parsing it, so that a
 * 10 KB body of 5,000 brackets is refused before any recursive code (ours or a
 * library's) walks it. Brackets inside strings do not count.
 */
export function jsonDepth(text: string, stopAbove: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
      if (max > stopAbove) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** A JSON object from a body's text: the checks every door shares. An empty body is an empty object. */
export function parseJsonObject(text: string, contentType: string | null, limits: BodyLimits = JSON_BODY) {
  if (text.trim() === "") return {};
  const type = mediaType(contentType);
  if (!limits.types.includes(type))
    throw new BodyError(
      415,
      "Content-Type",
      type
        ? `The body is ${type}: send ${limits.types.join(" or ")}.`
        : `The body has no Content-Type: send ${limits.types.join(" or ")}.`,
    );
  if (jsonDepth(text, limits.maxDepth) > limits.maxDepth)
    throw new BodyError(400, "body", `The body nests deeper than ${limits.maxDepth} levels.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BodyError(400, "body", "The body is not valid JSON.");
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw new BodyError(400, "body", "The body must be a JSON object.");
  return parsed as Record<string, unknown>;
}

/** The body as text, refused past maxBytes without reading the rest (a Content-Length that says so is refused at once). */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new BodyError(413, "body", `The body is larger than ${maxBytes.toLocaleString("en-US")} bytes.`);
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
  return text;
}

/** The request's JSON object body, checked for type, size, depth and syntax. */
export async function readJsonBody(request: Request, limits: BodyLimits = JSON_BODY): Promise<Record<string, unknown>> {
  return parseJsonObject(await readBodyText(request, limits.maxBytes), request.headers.get("content-type"), limits);
}
