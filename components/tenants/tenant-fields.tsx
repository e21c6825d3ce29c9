"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldError, Label, TextField } from "@/components/ui/field";
import { fieldError } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import type { ActionState } from "@/lib/doors/run-action";

const PLANS = ["standard", "premium", "trial"] as const;

/** Name, plan (with the trial's end date), region and XMPP domain: the create and manage forms share them. */
export function TenantFields({
  state,
  regions,
  idPrefix,
  initial,
}: {
  state: ActionState;
  regions: string[];
  idPrefix: string;
  initial?: { name: string; plan: string; trialEndsAt: string | null; region: string; xmppDomain: string | null };
}) {
  const t = useTranslations("tenants");
  const [plan, setPlan] = useState(initial?.plan ?? "standard");
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        name="name"
        label={t("create.name")}
        defaultValue={initial?.name}
        error={fieldError(state, "name")}
      />
      <div>
        <Label htmlFor={`${idPrefix}-plan`}>{t("create.plan")}</Label>
        <Select id={`${idPrefix}-plan`} name="plan" value={plan} onChange={(e) => setPlan(e.target.value)}>
          {PLANS.map((p) => (
            <option key={p} value={p}>
              {t(`plan.${p}`)}
            </option>
          ))}
        </Select>
        <FieldError id={`${idPrefix}-plan-error`} message={fieldError(state, "plan")} />
      </div>
      {plan === "trial" && (
        <TextField
          id={`${idPrefix}-trial`}
          name="trialEndsAt"
          type="date"
          label={t("create.trialEndsAt")}
          defaultValue={initial?.trialEndsAt?.slice(0, 10)}
          error={fieldError(state, "trialEndsAt")}
        />
      )}
      <div>
        <Label htmlFor={`${idPrefix}-region`}>{t("create.region")}</Label>
        <Select id={`${idPrefix}-region`} name="region" defaultValue={initial?.region ?? regions[0]}>
          {regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </Select>
        <FieldError id={`${idPrefix}-region-error`} message={fieldError(state, "region")} />
      </div>
      <TextField
        id={`${idPrefix}-xmpp-domain`}
        name="xmppDomain"
        label={t("create.xmppDomain")}
        placeholder={t("create.xmppDomainPlaceholder")}
        autoCapitalize="none"
        spellCheck={false}
        defaultValue={initial?.xmppDomain ?? ""}
        error={fieldError(state, "xmppDomain")}
      />
    </>
  );
}
