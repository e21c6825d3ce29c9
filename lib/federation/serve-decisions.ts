import http from "node:http";
import type { AddressInfo } from "node:net";
import { requestMetaFrom } from "@/lib/auth/read-request-meta";
import { getConfig } from "@/lib/config/read-config";
import { stampClientAddress } from "@/lib/http/client-address";
import { bodyProblem, problem } from "@/lib/http/problem";
import { BodyError, parseJsonObject } from "@/lib/http/read-json-body";
import { OperationError } from "@/lib/operation/operation-error";
import { authenticateApiToken } from "@/lib/tokens/authenticate-api-token";
import { answerDecideRequest } from "./answer-decide-request";
import { lookupServiceToken } from "./lookup-service-token";

const MAX_BODY = 1_000_000;

async function send(res: http.ServerResponse, response: Response) {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", () => resolve(null));
  });
}

/** The same answer as the console's route, through the same operation, without the web framework in between. */
async function decide(req: http.IncomingMessage): Promise<Response | object> {
  // This listener is its own HTTP server: it works out the client's address as scripts/serve.ts does.
  stampClientAddress(req, getConfig().CUSTODIAN_TRUSTED_PROXIES);
  const header = (name: string) => {
    const v = req.headers[name];
    return typeof v === "string" ? v : null;
  };
  const meta = requestMetaFrom({ get: header });
  const match = /^Bearer\s+(\S+)$/i.exec(header("authorization") ?? "");
  if (!match) return problem("unauthenticated", "Send an API token as `Authorization: Bearer <token>`.");
  // Valid tokens come from a shared fresh read; anything else takes the console's audited path.
  const actor = (await lookupServiceToken(match[1]!)) ?? (await authenticateApiToken(match[1]!, meta));
  if (!actor) return problem("unauthenticated", "The token is unknown, revoked or expired.");
  const raw = await readBody(req);
  try {
    if (raw === null)
      throw new BodyError(413, "body", `The body is larger than ${MAX_BODY.toLocaleString("en-US")} bytes.`);
    return await answerDecideRequest({ actor, request: meta }, parseJsonObject(raw, header("content-type")));
  } catch (err) {
    if (err instanceof BodyError) return bodyProblem(err);
    if (!(err instanceof OperationError)) throw err;
    return problem(err.kind, err.message, err.fieldErrors);
  }
}

/**
 * A small HTTP listener for the messaging service's hottest call, beside the
 * console (same process, its own port: CUSTODIAN_SERVICE_PORT). It answers
 * POST /api/service/v1/federation/decide exactly as the console's route does,
 * through the same operation, token check and audit of refusals, and GET
 * /api/health; everything else is 404.
 */
export function startDecisionListener(port: number, host = "0.0.0.0"): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0];
    if (req.method === "GET" && path === "/api/health") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"status":"ok"}');
      return;
    }
    if (req.method === "POST" && path === "/api/service/v1/federation/decide") {
      decide(req).then(
        (r) => {
          if (r instanceof Response) return send(res, r);
          // The answer itself: written straight out, no Response object in between.
          res.writeHead(200, { "content-type": "application/json" });
          res.end(JSON.stringify(r));
        },
        () =>
          send(
            res,
            new Response(
              JSON.stringify({ title: "Internal error", status: 500, detail: "The decision failed; try again." }),
              {
                status: 500,
                headers: { "content-type": "application/problem+json" },
              },
            ),
          ),
      );
      return;
    }
    void send(res, problem("not_found", "Only the federation decision API is served on this port."));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

export const listenerPort = (server: http.Server) => (server.address() as AddressInfo).port;
