"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ProgressBar } from "@/components/ui/progress-bar";
import { useEffect } from "react";
import { applyImportAction } from "@/lib/actions/members/apply-import-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

interface Job {
  id: string;
  status: string;
  total: number;
  applied: number;
  created: number;
  updated: number;
  unchanged: number;
  error: string | null;
  errors: number;
}

/** Apply, then a progress bar that follows the background run until it ends. */
export function ImportProgress({ tenantId, job }: { tenantId: string; job: Job }) {
  const t = useTranslations("import");
  const router = useRouter();
  const [state, onSubmit, pending] = useFormAction(applyImportAction);
  const running = job.status === "applying";
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), 1000);
    return () => clearInterval(timer);
  }, [running, router]);
  if (job.status === "done") {
    return (
      <p role="status" className="text-sm font-medium text-emerald-700">
        {t("done", { created: job.created, updated: job.updated, unchanged: job.unchanged })}
      </p>
    );
  }
  if (running) {
    return (
      <ProgressBar
        done={job.applied}
        total={job.total}
        label={t("progressLabel")}
        figures={t("applying", { applied: job.applied, total: job.total })}
        running
        className="w-full"
      />
    );
  }
  return (
    <form onSubmit={onSubmit} className="flex items-center gap-4">
      <input type="hidden" name="tenantId" value={tenantId} />
      <input type="hidden" name="importId" value={job.id} />
      {job.status === "failed" && <p className="text-sm text-red-700">{t("failed", { error: job.error ?? "" })}</p>}
      {job.errors === 0 && (job.status === "validated" || job.status === "failed") && (
        <Button type="submit" disabled={pending}>
          {t("apply")}
        </Button>
      )}
      <FormMessage state={state} />
    </form>
  );
}
