/**
 * One command of ejabberd's admin HTTP API (mod_http_api): POST /api/<command>
 * with the arguments as JSON. The API answers 2–60 ms; ejabberdctl boots a VM
 * per call (2–4 s), so the connector never shells out.
 */
export interface EjabberdEndpoint {
  /** The API's base, e.g. http://127.0.0.1:5280/api */
  url: string;
  /** An OAuth bearer token (scope ejabberd:admin) when the API is not on loopback. */
  token?: string | undefined;
  timeoutMs?: number;
}

/** A refusal or failure of the server, with what it said: code 10090 is "already registered". */
export class EjabberdError extends Error {
  constructor(
    readonly command: string,
    readonly status: number,
    readonly code: number | undefined,
    message: string,
  ) {
    super(`ejabberd ${command}: ${message} (HTTP ${status}${code !== undefined ? `, code ${code}` : ""})`);
    this.name = "EjabberdError";
  }
}

export async function callEjabberd<T = unknown>(
  endpoint: EjabberdEndpoint,
  command: string,
  args: Record<string, unknown> = {},
): Promise<T> {
  const res = await fetch(`${endpoint.url.replace(/\/$/, "")}/${command}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(endpoint.token ? { authorization: `Bearer ${endpoint.token}` } : {}),
    },
    body: JSON.stringify(args),
    signal: AbortSignal.timeout(endpoint.timeoutMs ?? 10_000),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : "";
  } catch {
    // Some failures are plain text (a proxy's page, a crash): kept as they are for the message.
  }
  if (!res.ok) {
    const b = body as { code?: number; message?: string } | string;
    const message = typeof b === "object" && b && b.message ? b.message : String(text).slice(0, 300);
    throw new EjabberdError(command, res.status, typeof b === "object" && b ? b.code : undefined, message);
  }
  return body as T;
}
