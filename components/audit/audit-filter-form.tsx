"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { useTableUrl } from "@/components/data-table/use-table-url";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { ExplorerParams } from "@/lib/audit/explorer/explorer-query";
import { localToUtc, utcToLocal } from "@/lib/audit/explorer/zoned-time";
import { card } from "@/components/ui/card";

export interface FilterOptions {
  actionGroups: { group: string; actions: string[] }[];
  targetTypes: string[];
  /** For the operator's view across networks. */
  networks?: { id: string; name: string }[];
}

const FIELDS = ["actor", "action", "targetType", "targetId", "outcome", "q", "tenantId"] as const;

/**
 * The explorer's filters. Times are typed as wall-clock times in the chosen
 * zone and sent as UTC instants; the zone stays in the URL so the table shows
 * the same clock.
 */
export function AuditFilterForm({
  params,
  tz,
  options,
  errors,
}: {
  params: ExplorerParams;
  tz: string;
  options: FilterOptions;
  errors: Record<string, string[]>;
}) {
  const t = useTranslations("audit.filters");
  const { update, pending } = useTableUrl();
  const zones = useMemo(() => ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")], []);
  const [zone, setZone] = useState(tz);
  const toLocal = (iso?: string) => (iso && !Number.isNaN(Date.parse(iso)) ? utcToLocal(iso, tz) : "");
  const [from, setFrom] = useState(toLocal(params.from));
  const [to, setTo] = useState(toLocal(params.to));
  const [timeError, setTimeError] = useState<{ from?: string; to?: string }>({});

  // First visit: show the reader's own zone unless the link chose one.
  useEffect(() => {
    const mine = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!new URLSearchParams(window.location.search).has("tz") && mine && mine !== tz) update({ tz: mine }, false);
    // Only once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const fromUtc = from ? localToUtc(from, zone) : undefined;
    const toUtc = to ? localToUtc(to, zone) : undefined;
    if (fromUtc === null || toUtc === null) {
      setTimeError({
        from: fromUtc === null ? t("badTime") : undefined,
        to: toUtc === null ? t("badTime") : undefined,
      });
      return;
    }
    setTimeError({});
    const changes: Record<string, string | undefined> = { from: fromUtc, to: toUtc, tz: zone };
    for (const k of FIELDS) changes[k] = form.get(k)?.toString().trim() || undefined;
    update({ ...changes, cursor: undefined, back: undefined });
  }

  const err = (k: string) => errors[k]?.[0];
  const field = (k: (typeof FIELDS)[number], input: React.ReactNode) => (
    <div>
      <Label htmlFor={`f-${k}`}>{t(k)}</Label>
      {input}
      <FieldError id={`f-${k}-error`} message={err(k)} />
    </div>
  );
  return (
    <form onSubmit={submit} aria-label={t("title")} className={card("p-4")}>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <Label htmlFor="f-from">{t("from")}</Label>
          <Input
            id="f-from"
            type="datetime-local"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            aria-invalid={!!(timeError.from ?? err("from"))}
          />
          <FieldError id="f-from-error" message={timeError.from ?? err("from")} />
        </div>
        <div>
          <Label htmlFor="f-to">{t("to")}</Label>
          <Input
            id="f-to"
            type="datetime-local"
            value={to}
            onChange={(e) => setTo(e.target.value)}
            aria-invalid={!!(timeError.to ?? err("to"))}
          />
          <FieldError id="f-to-error" message={timeError.to ?? err("to")} />
        </div>
        <div>
          <Label htmlFor="f-tz">{t("timezone")}</Label>
          <Select id="f-tz" value={zone} onChange={(e) => setZone(e.target.value)}>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </Select>
        </div>
        {field(
          "outcome",
          <Select id="f-outcome" name="outcome" defaultValue={params.outcome ?? ""} aria-invalid={!!err("outcome")}>
            <option value="">{t("any")}</option>
            {(["success", "denied", "failed"] as const).map((o) => (
              <option key={o} value={o}>
                {t(`outcomes.${o}`)}
              </option>
            ))}
          </Select>,
        )}
        {field(
          "action",
          <Select id="f-action" name="action" defaultValue={params.action ?? ""} aria-invalid={!!err("action")}>
            <option value="">{t("anyAction")}</option>
            {options.actionGroups.map((g) => (
              <optgroup key={g.group} label={g.group}>
                <option value={`${g.group}.*`}>{t("allOf", { group: g.group })}</option>
                {g.actions.map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>,
        )}
        {field(
          "actor",
          <Input id="f-actor" name="actor" defaultValue={params.actor ?? ""} placeholder={t("actorHint")} />,
        )}
        {field(
          "targetType",
          <Select id="f-targetType" name="targetType" defaultValue={params.targetType ?? ""}>
            <option value="">{t("any")}</option>
            {options.targetTypes.map((tt) => (
              <option key={tt} value={tt}>
                {tt}
              </option>
            ))}
          </Select>,
        )}
        {field("targetId", <Input id="f-targetId" name="targetId" defaultValue={params.targetId ?? ""} />)}
        {field("q", <Input id="f-q" name="q" type="search" defaultValue={params.q ?? ""} placeholder={t("qHint")} />)}
        {options.networks &&
          field(
            "tenantId",
            <Select id="f-tenantId" name="tenantId" defaultValue={params.tenantId ?? ""}>
              <option value="">{t("allNetworks")}</option>
              <option value="platform">{t("platformChain")}</option>
              {options.networks.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.name}
                </option>
              ))}
            </Select>,
          )}
      </div>
      <div className="mt-3 flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("apply")}
        </Button>
        <Button
          type="button"
          variant="ghost"
          onClick={() => {
            setFrom("");
            setTo("");
            update({ ...Object.fromEntries([...FIELDS, "from", "to", "cursor", "back"].map((k) => [k, undefined])) });
          }}
        >
          {t("clear")}
        </Button>
        <p className="text-xs text-slate-500">{t("utcNote")}</p>
      </div>
    </form>
  );
}
