"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { signOut } from "next-auth/react";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect } from "react";
import { revokeSessionAction } from "@/lib/actions/account/revoke-session-action";
import { signOutEverywhereAction } from "@/lib/actions/account/sign-out-everywhere-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { card } from "@/components/ui/card";

interface SessionRow {
  id: string;
  ip: string | null;
  userAgent: string | null;
  method: string;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

function RevokeSession({ id, label }: { id: string; label: string }) {
  const [state, action, pending] = useFormAction(revokeSessionAction);
  return (
    <form onSubmit={action}>
      <input type="hidden" name="sessionId" value={id} />
      <Button type="submit" variant="ghost" disabled={pending}>
        {label}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

/** A short description of a browser from its user agent, for people to recognise. */
function describeDevice(ua: string | null, fallback: string): string {
  if (!ua) return fallback;
  const browser = /Edg\//.test(ua)
    ? "Edge"
    : /Chrome\//.test(ua)
      ? "Chrome"
      : /Firefox\//.test(ua)
        ? "Firefox"
        : /Safari\//.test(ua)
          ? "Safari"
          : null;
  const os = /Windows/.test(ua)
    ? "Windows"
    : /Mac OS X/.test(ua)
      ? "macOS"
      : /Android/.test(ua)
        ? "Android"
        : /iPhone|iPad/.test(ua)
          ? "iOS"
          : /Linux/.test(ua)
            ? "Linux"
            : null;
  return [browser, os].filter(Boolean).join(", ") || ua.slice(0, 60);
}

export function SessionsList({ sessions }: { sessions: SessionRow[] }) {
  const t = useTranslations("account");
  const format = useFormatter();
  const [everywhere, signOutAll, pending] = useFormAction(signOutEverywhereAction);
  useEffect(() => {
    // This browser's session went too: clear its cookie and go to sign-in.
    if (everywhere?.ok) void signOut({ callbackUrl: "/sign-in" });
  }, [everywhere]);
  return (
    <section className="space-y-3" aria-labelledby="sessions-title">
      <div className="flex items-center justify-between">
        <h2 id="sessions-title" className="font-medium">
          {t("sessions")}
        </h2>
        <form onSubmit={signOutAll}>
          <Button type="submit" variant="secondary" disabled={pending}>
            {t("signOutEverywhere")}
          </Button>
        </form>
      </div>
      <div className={card("overflow-x-auto relative")}>
        <table className="min-w-full text-sm">
          <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <tr>
              {(["device", "ip", "method", "createdAt", "lastSeenAt"] as const).map((c) => (
                <th key={c} scope="col" className="px-4 py-2.5">
                  {t(`sessionColumns.${c}`)}
                </th>
              ))}
              <th scope="col" className="px-4 py-2.5" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {sessions.map((s) => (
              <tr key={s.id} data-session-id={s.id}>
                <td className="px-4 py-2.5">
                  {describeDevice(s.userAgent, t("unknownDevice"))}
                  {s.current && (
                    <span className="ml-2">
                      <Badge tone="blue">{t("thisSession")}</Badge>
                    </span>
                  )}
                </td>
                <td className="px-4 py-2.5 font-mono text-xs">{s.ip}</td>
                <td className="px-4 py-2.5">{s.method}</td>
                <td className="px-4 py-2.5">
                  {format.dateTime(new Date(s.createdAt), { dateStyle: "medium", timeStyle: "short" })}
                </td>
                <td className="px-4 py-2.5">
                  {format.dateTime(new Date(s.lastSeenAt), { dateStyle: "medium", timeStyle: "short" })}
                </td>
                <td className="px-4 py-2.5">{!s.current && <RevokeSession id={s.id} label={t("revoke")} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormMessage state={everywhere} />
    </section>
  );
}
