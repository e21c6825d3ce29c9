"use client";

import { useTranslations } from "next-intl";
import { deleteTenantAction, tenantStatusAction, updateTenantAction } from "@/app/(console)/tenants/[tenantId]/actions";
import { TenantFields } from "@/components/tenants/tenant-fields";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

interface Props {
  tenant: {
    id: string;
    slug: string;
    name: string;
    plan: string;
    trialEndsAt: string | null;
    region: string;
    status: string;
  };
  regions: string[];
}

export function ManageTenant({ tenant, regions }: Props) {
  const t = useTranslations("tenant.manage");
  const [saved, save, saving] = useFormAction(updateTenantAction);
  const [status, setStatus, changing] = useFormAction(tenantStatusAction);
  const [deleted, remove, deleting] = useFormAction(deleteTenantAction);
  return (
    <section
      aria-labelledby="manage-title"
      className="max-w-3xl space-y-6 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200"
    >
      <h2 id="manage-title" className="font-medium">
        {t("title")}
      </h2>
      <form onSubmit={save} noValidate className="grid items-start gap-4 sm:grid-cols-2">
        <input type="hidden" name="tenantId" value={tenant.id} />
        <TenantFields state={saved} regions={regions} idPrefix="manage-tenant" initial={tenant} />
        <div className="flex items-center gap-4 sm:col-span-2">
          <Button type="submit" disabled={saving}>
            {t("save")}
          </Button>
          <FormMessage state={saved} success={t("saved")} />
        </div>
      </form>
      <form onSubmit={setStatus} className="flex items-center gap-4 border-t border-slate-100 pt-4">
        <input type="hidden" name="tenantId" value={tenant.id} />
        {tenant.status === "active" ? (
          <Button
            type="submit"
            name="op"
            value="suspend"
            variant="secondary"
            disabled={changing}
            onClick={(e) => {
              if (!window.confirm(t("confirmSuspend"))) e.preventDefault();
            }}
          >
            {t("suspend")}
          </Button>
        ) : (
          <Button type="submit" name="op" value="reactivate" variant="secondary" disabled={changing}>
            {t("reactivate")}
          </Button>
        )}
        <FormMessage state={status} />
      </form>
      <form onSubmit={remove} noValidate className="space-y-3 border-t border-slate-100 pt-4">
        <input type="hidden" name="tenantId" value={tenant.id} />
        <p className="text-sm text-slate-600">{t("deleteHint")}</p>
        <div className="flex items-end gap-3">
          <TextField
            id="confirm-slug"
            name="confirmSlug"
            label={t("confirmSlug")}
            placeholder={tenant.slug}
            error={fieldError(deleted, "confirmSlug")}
          />
          <Button type="submit" variant="secondary" className="text-red-700" disabled={deleting}>
            {t("delete")}
          </Button>
        </div>
        <FormMessage state={deleted} />
      </form>
    </section>
  );
}
