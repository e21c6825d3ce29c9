"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { addPartnerAction } from "@/lib/actions/federation/add-partner-action";
import { Button } from "@/components/ui/button";
import { FieldError, Label, TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { FormPanel } from "@/components/ui/form-panel";
import { Select } from "@/components/ui/select";
import { useFormAction } from "@/components/ui/use-form-action";

// An external network with its out-of-band agreement, or any network on the deny-list.
export function AddPartnerForm({ tenantId }: { tenantId: string }) {
  const t = useTranslations("federation.add");
  const [state, onSubmit, pending] = useFormAction(addPartnerAction, { resetOnSuccess: true });
  const [relation, setRelation] = useState("allow");
  const field = (name: string, type = "text") => (
    <TextField
      id={`partner-${name}`}
      name={name}
      type={type}
      label={t(`fields.${name}` as never)}
      error={fieldError(state, name)}
    />
  );
  return (
    <FormPanel title={t("title")} state={state} success={t("done")}>
      <form
        onSubmit={onSubmit}
        noValidate
        className="grid items-start gap-4 border-t border-slate-200 p-5 sm:grid-cols-2"
      >
        <input type="hidden" name="tenantId" value={tenantId} />
        <div>
          <Label htmlFor="partner-relation">{t("fields.relation")}</Label>
          <Select id="partner-relation" name="relation" value={relation} onChange={(e) => setRelation(e.target.value)}>
            <option value="allow">{t("relations.allow")}</option>
            <option value="deny">{t("relations.deny")}</option>
          </Select>
          <FieldError id="partner-relation-error" message={fieldError(state, "relation")} />
        </div>
        {field("displayName")}
        {field("externalKey")}
        {relation === "deny" ? field("partnerSlug") : field("fingerprint")}
        {relation === "allow" && (
          <>
            {field("region")}
            {field("agreedBy")}
            {field("agreedAt", "date")}
            {field("agreementRef")}
          </>
        )}
        <div className="flex items-center gap-4 sm:col-span-2">
          <Button type="submit" disabled={pending}>
            {t("submit")}
          </Button>
          <FormMessage state={state?.ok ? null : state} />
        </div>
      </form>
    </FormPanel>
  );
}
