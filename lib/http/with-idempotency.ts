import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { bodyProblem, problem } from "./problem";
import { BodyError, LARGEST_BODY, readBodyText } from "./read-json-body";

const KEEP_HOURS = 24;

/**
 * Runs a POST once per Idempotency-Key and token: the first answer is kept
 * for a day, and a repeat with the same request gets it back (marked
 * Idempotent-Replayed) without acting again. The key with a different request
 * is refused; a repeat while the first is still running gets 409. A 5xx is not
 * kept, so the client may retry.
 */
export async function withIdempotency(
  tokenId: string,
  key: string,
  request: Request,
  run: () => Promise<Response>,
): Promise<Response> {
  if (!/^[\x21-\x7e]{1,255}$/.test(key))
    return problem("validation", "The Idempotency-Key header is not valid.", {
      "Idempotency-Key": ["expected 1 to 255 visible ASCII characters"],
    });
  const url = new URL(request.url);
  let body: string;
  try {
    body = await readBodyText(request.clone(), LARGEST_BODY);
  } catch (err) {
    if (err instanceof BodyError) return bodyProblem(err);
    throw err;
  }
  const requestHash = createHash("sha256")
    .update(`${request.method} ${url.pathname}${url.search}\n${body}`)
    .digest("hex");
  await db.$executeRaw`DELETE FROM "IdempotencyKey"
    WHERE "tokenId" = ${tokenId}::uuid AND "createdAt" < now() - make_interval(hours => ${KEEP_HOURS}::int)`;
  const claimed = await db.$executeRaw`INSERT INTO "IdempotencyKey" ("tokenId", key, "requestHash")
    VALUES (${tokenId}::uuid, ${key}, ${requestHash}) ON CONFLICT DO NOTHING`;
  if (claimed === 0) {
    const first = await db.idempotencyKey.findUnique({ where: { tokenId_key: { tokenId, key } } });
    if (!first)
      return problem("conflict", "The first request with this Idempotency-Key has just ended: send it again.");
    if (first.requestHash !== requestHash)
      return problem("validation", "This Idempotency-Key was used for a different request.", {
        "Idempotency-Key": ["already used for a different request: use a new key"],
      });
    if (first.status === null)
      return problem("conflict", "The first request with this Idempotency-Key is still running: try again shortly.");
    return new Response(first.responseJson, {
      status: first.status,
      headers: {
        "content-type": first.status >= 400 ? "application/problem+json" : "application/json",
        "idempotent-replayed": "true",
      },
    });
  }
  let response: Response;
  try {
    response = await run();
  } catch (err) {
    await db.idempotencyKey.delete({ where: { tokenId_key: { tokenId, key } } });
    throw err;
  }
  if (response.status >= 500) {
    await db.idempotencyKey.delete({ where: { tokenId_key: { tokenId, key } } });
    return response;
  }
  await db.idempotencyKey.update({
    where: { tokenId_key: { tokenId, key } },
    data: { status: response.status, responseJson: await response.clone().text() },
  });
  return response;
}
