import tls from "node:tls";
import { client, xml } from "@xmpp/client";

// @xmpp/client's STARTTLS takes no CA of its own, and NODE_EXTRA_CA_CERTS is
// read only when a process starts: the test's certificate, made after that,
// is added to every TLS connection this process opens that names no CA.
const extraCas = new Set<string>();
function trust(certificate: string) {
  if (extraCas.size === 0) {
    const connect = tls.connect;
    (tls as { connect: typeof tls.connect }).connect = ((...args: unknown[]) => {
      const [first] = args;
      if (first && typeof first === "object" && !("ca" in first))
        args[0] = { ...first, ca: [...tls.rootCertificates, ...extraCas] };
      return (connect as (...a: unknown[]) => tls.TLSSocket).apply(tls, args);
    }) as typeof tls.connect;
  }
  extraCas.add(certificate);
}

export interface XmppSession {
  /** Resolves with the reason the server ended the session (a stream error's condition and text). */
  ended: Promise<string>;
  send(to: string, body: string): Promise<void>;
  /** The next chat message this session receives (waits for one when none has come yet). */
  nextMessage(): Promise<{ from: string; body: string }>;
  close(): Promise<void>;
}

/**
 * A real XMPP client (@xmpp/client) signed in over STARTTLS, as a member's
 * device would be. Reconnection is off, so a disconnect by the server stays
 * visible. Rejects with the server's reason when the sign-in is refused.
 */
export async function signInXmpp(opts: {
  port: number;
  domain: string;
  username: string;
  password: string;
  resource: string;
  /** The server's certificate (a test's own), trusted for this connection's STARTTLS. */
  certificate: string;
}): Promise<XmppSession> {
  trust(opts.certificate);
  const xmpp = client({
    service: `xmpp://127.0.0.1:${opts.port}`,
    domain: opts.domain,
    username: opts.username,
    password: opts.password,
    resource: opts.resource,
  });
  xmpp.reconnect.stop();
  let resolveEnded!: (reason: string) => void;
  const ended = new Promise<string>((r) => (resolveEnded = r));
  xmpp.on("error", (err: Error & { condition?: string; text?: string }) =>
    resolveEnded(`${err.condition ?? err.name}${err.text ? ` ${err.text}` : ""}`),
  );
  xmpp.on("offline", () => resolveEnded("offline"));
  const inbox: { from: string; body: string }[] = [];
  const waiting: ((m: { from: string; body: string }) => void)[] = [];
  xmpp.on(
    "stanza",
    (stanza: { is(name: string): boolean; attrs: { from?: string }; getChildText(n: string): string | null }) => {
      const body = stanza.is("message") ? stanza.getChildText("body") : null;
      if (body === null) return;
      const m = { from: stanza.attrs.from ?? "", body };
      const waiter = waiting.shift();
      if (waiter) waiter(m);
      else inbox.push(m);
    },
  );
  try {
    await xmpp.start();
  } catch (err) {
    await xmpp.stop().catch(() => {});
    const e = err as Error & { condition?: string };
    throw new Error(`sign-in refused: ${e.condition ?? e.message}`);
  }
  // Available, as a device is: the server routes messages to a bare address only to available sessions.
  await xmpp.send(xml("presence"));
  return {
    ended,
    send: (to, body) => xmpp.send(xml("message", { to, type: "chat" }, xml("body", {}, body))),
    nextMessage: () => {
      const m = inbox.shift();
      return m ? Promise.resolve(m) : new Promise((r) => waiting.push(r));
    },
    close: async () => {
      await xmpp.stop().catch(() => {});
    },
  };
}
