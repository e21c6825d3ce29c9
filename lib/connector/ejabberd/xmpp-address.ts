// XEP-0106 (JID Escaping): a member signs in with their email as the username,
// and the client escapes it into a localpart, so alice@acme.com on the network
// chat.acme.com is alice\40acme.com@chat.acme.com. Unique in the network because
// the email is, and no column of its own to keep in step.
const ESCAPES: Record<string, string> = {
  " ": "\\20",
  '"': "\\22",
  "&": "\\26",
  "'": "\\27",
  "/": "\\2f",
  ":": "\\3a",
  "<": "\\3c",
  ">": "\\3e",
  "@": "\\40",
  "\\": "\\5c",
};

export function xmppLocalpart(email: string): string {
  return [...email.toLowerCase()].map((c) => ESCAPES[c] ?? c).join("");
}

export function memberJid(email: string, domain: string): string {
  return `${xmppLocalpart(email)}@${domain}`;
}

const UNESCAPES = new Map(Object.entries(ESCAPES).map(([c, e]) => [e, c]));

/** The email a localpart was escaped from (the inverse of xmppLocalpart). */
export function emailOfLocalpart(localpart: string): string {
  return localpart.replace(/\\[0-9a-f]{2}/g, (e) => UNESCAPES.get(e) ?? e);
}

/** The API's { user, host } of an address. */
export function splitJid(jid: string): { user: string; host: string } {
  const at = jid.lastIndexOf("@");
  return { user: jid.slice(0, at), host: jid.slice(at + 1) };
}
