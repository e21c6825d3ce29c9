"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { createHoldAction } from "@/lib/actions/holds/create-hold-action";
import { Button } from "@/components/ui/button";
import { FieldError, Label, TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { FormPanel } from "@/components/ui/form-panel";
import { useFormAction } from "@/components/ui/use-form-action";

export function CreateHoldForm({ tenantId, groups }: { tenantId: string; groups: { id: string; name: string }[] }) {
  const t = useTranslations("holds.create");
  const [state, onSubmit, pending] = useFormAction(createHoldAction);
  // Two steps: the first submit previews who the hold would cover; the next one places it.
  // Any edit after the preview goes back to the first step.
  const preview =
    state?.ok && "preview" in (state.value as object)
      ? (state.value as { preview: { members: number; groups: number; sample: string[] } }).preview
      : null;
  // The answer the user edited after; a new answer starts clean.
  const [editedAfter, setEditedAfter] = useState<typeof state>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const placed = state?.ok && !preview;
  useEffect(() => {
    if (placed) formRef.current?.reset();
  }, [placed]);
  const confirming = !!preview && editedAfter !== state;
  return (
    <FormPanel title={t("title")} state={state} success={t("done")} open={!!preview}>
      <form
        ref={formRef}
        onSubmit={onSubmit}
        onChange={() => setEditedAfter(state)}
        noValidate
        className="grid items-start gap-4 border-t border-slate-200 p-5 sm:grid-cols-2"
      >
        <input type="hidden" name="tenantId" value={tenantId} />
        <input type="hidden" name="step" value={confirming ? "place" : "preview"} />
        <TextField id="hold-name" name="name" label={t("name")} error={fieldError(state, "name")} />
        <TextField id="hold-matter" name="matter" label={t("matter")} error={fieldError(state, "matter")} />
        <TextField
          id="hold-starts"
          name="startsAt"
          type="date"
          label={t("startsAt")}
          error={fieldError(state, "startsAt")}
        />
        <TextField id="hold-ends" name="endsAt" type="date" label={t("endsAt")} error={fieldError(state, "endsAt")} />
        <div>
          <Label htmlFor="hold-members">{t("members")}</Label>
          <textarea
            id="hold-members"
            name="memberEmails"
            rows={4}
            className="block w-full rounded-md border-0 px-3 py-2 font-mono text-sm shadow-sm ring-1 ring-slate-300 ring-inset aria-[invalid=true]:ring-red-500"
            aria-invalid={!!fieldError(state, "memberEmails")}
          />
          <FieldError id="hold-members-error" message={fieldError(state, "memberEmails")} />
        </div>
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-slate-700">{t("groups")}</legend>
          {groups.map((g) => (
            <label key={g.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="groupIds" value={g.id} className="rounded border-slate-300" />
              {g.name}
            </label>
          ))}
        </fieldset>
        {confirming && (
          <div
            role="status"
            className="space-y-1 rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200 sm:col-span-2"
          >
            <p>{t("preview", { members: preview.members, groups: preview.groups })}</p>
            {preview.sample.length > 0 && (
              <p className="font-mono text-xs">{t("sample", { emails: preview.sample.join(", ") })}</p>
            )}
          </div>
        )}
        <div className="flex items-center gap-4 sm:col-span-2">
          <Button type="submit" disabled={pending}>
            {confirming ? t("submit") : t("previewButton")}
          </Button>
          <FormMessage state={state?.ok ? null : state} />
        </div>
      </form>
    </FormPanel>
  );
}
