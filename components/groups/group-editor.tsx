"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { updateGroupAction } from "@/lib/actions/groups/update-group-action";
import { Button } from "@/components/ui/button";
import { ConfirmImpact } from "@/components/ui/confirm-impact";
import { FieldError, Label, TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { useFormAction } from "@/components/ui/use-form-action";
import { GROUP_SECTIONS, type GroupSection, type GroupSettings } from "@/lib/settings/group-settings";
import type { SettingField } from "@/lib/settings/setting-fields";
import { UnsavedChangesGuard } from "./unsaved-changes-guard";
import { card } from "@/components/ui/card";

const TABS = ["general", "messaging", "calling", "security", "federation"] as const;
type Tab = (typeof TABS)[number];

interface Props {
  tenantId: string;
  group: { id: string; name: string; version: number; isDefault: boolean; settings: GroupSettings };
  readOnly: boolean;
}

function SettingInput({
  section,
  field,
  value,
  error,
  readOnly,
}: {
  section: GroupSection;
  field: SettingField;
  value: unknown;
  error?: string;
  readOnly: boolean;
}) {
  const t = useTranslations("groupSettings");
  const id = `${section}-${field.key}`;
  const name = `${section}.${field.key}`;
  const label = t(`${section}.${field.key}.label` as never);
  const help = t(`${section}.${field.key}.help` as never);
  const described = { "aria-describedby": `${id}-help${error ? ` ${id}-error` : ""}`, "aria-invalid": !!error };
  let input: React.ReactNode;
  if (field.kind === "boolean") {
    return (
      <div className="py-3">
        {/* Only the name labels the box; the help describes it, so labels stay distinct. */}
        <div className="flex items-start gap-3 text-sm">
          <input
            id={id}
            type="checkbox"
            name={name}
            defaultChecked={value === true}
            disabled={readOnly}
            className="mt-0.5 rounded border-slate-300"
            {...described}
          />
          <div>
            <label htmlFor={id} className="font-medium text-slate-800">
              {label}
            </label>
            <p id={`${id}-help`} className="text-slate-500">
              {help}
            </p>
          </div>
        </div>
        <FieldError id={`${id}-error`} message={error} />
      </div>
    );
  }
  if (field.kind === "integer") {
    input = (
      <div className="flex items-center gap-2">
        <input
          id={id}
          name={name}
          type="number"
          inputMode="numeric"
          defaultValue={String(value)}
          disabled={readOnly}
          className="block w-40 rounded-md border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600 aria-[invalid=true]:ring-red-500"
          {...described}
        />
        {field.unit && <span className="text-sm text-slate-500">{t(`units.${field.unit}`)}</span>}
      </div>
    );
  } else if (field.kind === "choice") {
    input = (
      <div className="w-40">
        <Select id={id} name={name} defaultValue={String(value)} disabled={readOnly} {...described}>
          {field.options.map((o) => {
            const optionKey = `${section}.${field.key}.options.${o}` as never;
            return (
              <option key={o} value={o}>
                {t.has(optionKey) ? t(optionKey) : o}
              </option>
            );
          })}
        </Select>
      </div>
    );
  } else {
    input = (
      <textarea
        id={id}
        name={name}
        rows={4}
        defaultValue={(value as string[]).join("\n")}
        disabled={readOnly}
        className="block w-full rounded-md border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600 aria-[invalid=true]:ring-red-500"
        {...described}
      />
    );
  }
  return (
    <div className="py-3">
      <Label htmlFor={id}>{label}</Label>
      {input}
      <p id={`${id}-help`} className="mt-1 text-xs text-slate-500">
        {help}
      </p>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function GroupEditor({ tenantId, group, readOnly }: Props) {
  const t = useTranslations("groups.editor");
  const ts = useTranslations("groupSettings.sections");
  const [tab, setTab] = useState<Tab>("general");
  const [state, onSubmit, pending] = useFormAction(updateGroupAction);
  // Edits since load, and how many of them the last submit carried: after a
  // successful save only later edits count as unsaved.
  const [edits, setEdits] = useState(0);
  const [submitted, setSubmitted] = useState(0);
  const dirty = state?.ok ? edits > submitted : edits > 0;
  // Errors come back keyed by path: settings.messaging.burnOnReadMaxMinutes.
  const errorFor = (section: GroupSection, key: string) => fieldError(state, `settings.${section}.${key}`);
  const tabHasError = (s: Tab) =>
    !!state &&
    !state.ok &&
    Object.keys(state.fieldErrors ?? {}).some((k) => (s === "general" ? k === "name" : k.startsWith(`settings.${s}.`)));
  const version = state?.ok ? (state.value as { version: number }).version : group.version;
  // A change that shortens anyone's message lifetime comes back with its impact, to confirm.
  const impactJson = fieldError(state, "confirmShortening");
  const impact = impactJson
    ? (JSON.parse(impactJson) as { members: number; shortened: number; lengthened: number; sample: string[] })
    : null;
  const changed = state?.ok ? (state.value as { changed: boolean }).changed : null;

  return (
    <form
      onSubmit={(e) => {
        setSubmitted(edits);
        onSubmit(e);
      }}
      onChange={() => setEdits((n) => n + 1)}
      noValidate
      className={card()}
      aria-label={group.name}
    >
      <input type="hidden" name="tenantId" value={tenantId} />
      <input type="hidden" name="groupId" value={group.id} />
      <input type="hidden" name="expectedVersion" value={version} />
      <div role="tablist" aria-label={group.name} className="flex gap-1 border-b border-slate-200 px-4">
        {TABS.map((s) => (
          <button
            key={s}
            type="button"
            role="tab"
            aria-selected={tab === s}
            aria-controls={`panel-${s}`}
            onClick={() => setTab(s)}
            className={`-mb-px border-b-2 px-3 py-2.5 text-sm font-medium ${tab === s ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {ts(s)}
            {tabHasError(s) && <span aria-hidden className="ml-1.5 inline-block h-2 w-2 rounded-full bg-red-500" />}
          </button>
        ))}
      </div>
      {/* Every panel stays in the form (hidden, not unmounted): switching tabs loses nothing and saves everything. */}
      <div id="panel-general" role="tabpanel" hidden={tab !== "general"} className="max-w-xl px-6 py-4">
        <TextField
          id="group-name"
          name="name"
          label={t("name")}
          defaultValue={group.name}
          disabled={readOnly}
          error={fieldError(state, "name")}
        />
      </div>
      {(Object.keys(GROUP_SECTIONS) as GroupSection[]).map((section) => (
        <div
          key={section}
          id={`panel-${section}`}
          role="tabpanel"
          hidden={tab !== section}
          className="divide-y divide-slate-100 px-6 py-2"
        >
          {(GROUP_SECTIONS[section] as readonly SettingField[]).map((field) => (
            <SettingInput
              key={field.key}
              section={section}
              field={field}
              value={(group.settings[section] as Record<string, unknown>)[field.key]}
              error={errorFor(section, field.key)}
              readOnly={readOnly}
            />
          ))}
        </div>
      ))}
      {impact && (
        <ConfirmImpact
          name="confirmShortening"
          className="mx-6 mb-4"
          message={t("preview", {
            members: impact.members,
            shortened: impact.shortened,
            lengthened: impact.lengthened,
          })}
          sample={impact.sample.length > 0 ? t("sample", { emails: impact.sample.join(", ") }) : null}
          confirmLabel={t("confirmShortening")}
        />
      )}
      {!readOnly && (
        <div className="flex items-center gap-4 border-t border-slate-200 px-6 py-4">
          <Button type="submit" disabled={pending}>
            {t("save")}
          </Button>
          {dirty && <span className="text-sm text-amber-700">{t("dirty")}</span>}
          {!impact && <FormMessage state={state} success={changed === false ? t("unchanged") : t("saved")} />}
        </div>
      )}
      <UnsavedChangesGuard dirty={dirty} name={group.name} />
    </form>
  );
}
