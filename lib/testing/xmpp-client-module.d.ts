// @xmpp/client 0.14 ships no types: the little of it the tests use.
declare module "@xmpp/client" {
  import type { EventEmitter } from "node:events";

  interface Element {
    name: string;
    attrs: Record<string, string>;
  }
  interface XmppClient extends EventEmitter {
    reconnect: { stop(): void };
    start(): Promise<unknown>;
    stop(): Promise<unknown>;
    send(element: Element): Promise<void>;
  }
  export function client(options: {
    service: string;
    domain: string;
    username: string;
    password: string;
    resource?: string;
  }): XmppClient;
  export function xml(name: string, attrs?: Record<string, string>, ...children: (Element | string)[]): Element;
}
