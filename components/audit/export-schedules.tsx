"use client";

import { useTranslations } from "next-intl";
import { createScheduleAction } from "@/lib/actions/audit/create-schedule-action";
import { deleteScheduleAction } from "@/lib/actions/audit/delete-schedule-action";
import { SimpleTable } from "@/components/ui/simple-table";
import { Button } from "@/components/ui/button";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { DateTime } from "@/components/ui/date-time";
import { FieldError, Label, TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { useFormAction } from "@/components/ui/use-form-action";
import { card } from "@/components/ui/card";

export interface ScheduleRow {
  id: string;
  name: string;
  format: "csv" | "jsonl";
  cadence: "hourly" | "daily" | "weekly";
  target: string;
  keepDays: number;
  filter: Record<string, string>;
  nextRunAt: string;
  lastRunAt: string | null;
}

function CreateScheduleForm({ tenantId, targetsRoot }: { tenantId: string; targetsRoot: string }) {
  const t = useTranslations("audit.schedules");
  const [state, onSubmit, pending] = useFormAction(createScheduleAction, { resetOnSuccess: true });
  const err = (k: string) => fieldError(state, k);
  return (
    <form onSubmit={onSubmit} aria-label={t("create")} className={card("space-y-3 p-4")}>
      <input type="hidden" name="tenantId" value={tenantId} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <TextField id="s-name" name="name" label={t("name")} error={err("name")} required maxLength={100} />
        <div>
          <Label htmlFor="s-cadence">{t("cadence")}</Label>
          <Select id="s-cadence" name="cadence" defaultValue="daily">
            {(["hourly", "daily", "weekly"] as const).map((c) => (
              <option key={c} value={c}>
                {t(`cadences.${c}`)}
              </option>
            ))}
          </Select>
          <FieldError id="s-cadence-error" message={err("cadence")} />
        </div>
        <div>
          <Label htmlFor="s-format">{t("format")}</Label>
          <Select id="s-format" name="format" defaultValue="jsonl">
            <option value="csv">{t("csv")}</option>
            <option value="jsonl">{t("jsonl")}</option>
          </Select>
        </div>
        <TextField
          id="s-target"
          name="target"
          label={t("target")}
          error={err("target")}
          placeholder={t("targetPlaceholder")}
          required
          aria-description={t("targetHint", { root: targetsRoot })}
        />
        <TextField
          id="s-keepDays"
          name="keepDays"
          type="number"
          min={1}
          max={3650}
          defaultValue={90}
          label={t("keepDays")}
          error={err("keepDays")}
          required
        />
        <TextField
          id="s-action"
          name="action"
          label={t("action")}
          error={err("action")}
          placeholder={t("actionPlaceholder")}
        />
      </div>
      <p className="text-xs text-slate-500">{t("targetHint", { root: targetsRoot })}</p>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("create")}
        </Button>
        <FormMessage state={state} success={t("created")} />
      </div>
    </form>
  );
}

/** Recurring exports into a directory the console can write, each file with its manifest, pruned after keepDays. */
export function ExportSchedules({
  tenantId,
  schedules,
  targetsRoot,
  canManage,
}: {
  tenantId: string;
  schedules: ScheduleRow[];
  targetsRoot: string;
  /** Schedules are configuration: auditors see them, only compliance officers and admins change them. */
  canManage: boolean;
}) {
  const t = useTranslations("audit.schedules");
  return (
    <section aria-labelledby="schedules-title" className="space-y-3">
      <div>
        <h2 id="schedules-title" className="font-medium">
          {t("title")}
        </h2>
        <p className="text-sm text-slate-600">{t("hint")}</p>
      </div>
      <SimpleTable
        headings={(["name", "cadence", "target", "keepDays", "nextRun", "actions"] as const).map((c) =>
          t(`columns.${c}`),
        )}
        empty={t("empty")}
        isEmpty={schedules.length === 0}
      >
        {schedules.map((s) => (
          <tr key={s.id}>
            <td className="px-4 py-2.5 font-medium">{s.name}</td>
            <td className="px-4 py-2.5">
              {t("cadenceFormat", { cadence: t(`cadences.${s.cadence}`), format: s.format })}
            </td>
            <td className="px-4 py-2.5 font-mono text-xs">{s.target}</td>
            <td className="px-4 py-2.5 tabular-nums">{t("days", { count: s.keepDays })}</td>
            <td className="px-4 py-2.5">
              <DateTime iso={s.nextRunAt} />
            </td>
            {canManage && (
              <td className="px-4 py-2.5">
                <ConfirmActionButton
                  action={deleteScheduleAction}
                  values={{ tenantId, scheduleId: s.id }}
                  label={t("delete")}
                  ariaLabel={`${t("delete")} ${s.name}`}
                  confirm={{
                    title: t("deleteConfirm.title", { name: s.name }),
                    body: t("deleteConfirm.body", { target: s.target, keepDays: s.keepDays }),
                    confirmLabel: t("deleteConfirm.submit"),
                    destructive: true,
                  }}
                />
              </td>
            )}
          </tr>
        ))}
      </SimpleTable>
      {canManage && <CreateScheduleForm tenantId={tenantId} targetsRoot={targetsRoot} />}
    </section>
  );
}
