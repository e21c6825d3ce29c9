"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { deleteTenantAction } from "@/lib/actions/tenants/delete-tenant-action";
import { tenantStatusAction } from "@/lib/actions/tenants/tenant-status-action";
import { updateTenantAction } from "@/lib/actions/tenants/update-tenant-action";
import { TenantFields } from "@/components/tenants/tenant-fields";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextField } from "@/components/ui/field";
import { FormMessage, fieldError } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { card } from "@/components/ui/card";

interface Props {
  tenant: {
    id: string;
    slug: string;
    name: string;
    plan: string;
    trialEndsAt: string | null;
    region: string;
    xmppDomain: string | null;
    status: string;
  };
  regions: string[];
}

export function ManageTenant({ tenant, regions }: Props) {
  const t = useTranslations("tenant.manage");
  const [saved, save, saving] = useFormAction(updateTenantAction);
  const [status, setStatus, changing] = useFormAction(tenantStatusAction);
  const [deleted, remove, deleting] = useFormAction(deleteTenantAction);
  const [asking, setAsking] = useState<"suspend" | "delete" | null>(null);
  const named = { name: tenant.name, slug: tenant.slug };
  return (
    <section aria-labelledby="manage-title" className={card("max-w-3xl space-y-6 p-6")}>
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
      <form
        onSubmit={(e) => {
          setAsking(null);
          setStatus(e);
        }}
        className="flex items-center gap-4 border-t border-slate-100 pt-4"
      >
        <input type="hidden" name="tenantId" value={tenant.id} />
        {tenant.status === "active" ? (
          <Button type="button" variant="secondary" disabled={changing} onClick={() => setAsking("suspend")}>
            {t("suspend")}
          </Button>
        ) : (
          <Button type="submit" name="op" value="reactivate" variant="secondary" disabled={changing}>
            {t("reactivate")}
          </Button>
        )}
        <FormMessage state={status} />
        <ConfirmDialog
          open={asking === "suspend"}
          title={t("confirmSuspend.title", named)}
          confirmLabel={t("confirmSuspend.submit")}
          destructive
          confirmProps={{ type: "submit", name: "op", value: "suspend", disabled: changing }}
          onClose={() => setAsking(null)}
        >
          <p>{t("confirmSuspend.body")}</p>
        </ConfirmDialog>
      </form>
      <form
        onSubmit={(e) => {
          setAsking(null);
          remove(e);
        }}
        noValidate
        className="space-y-3 border-t border-slate-100 pt-4"
      >
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
          <Button
            type="submit"
            variant="secondary"
            className="text-red-700"
            disabled={deleting}
            onClick={(e) => {
              // A slug that does not match goes straight to the server, which names the field;
              // a matching one is asked about once more, with the network named.
              const typed = e.currentTarget.form?.elements.namedItem("confirmSlug") as HTMLInputElement | null;
              if (typed?.value.trim() !== tenant.slug) return;
              e.preventDefault();
              setAsking("delete");
            }}
          >
            {t("delete")}
          </Button>
        </div>
        <FormMessage state={deleted} />
        <ConfirmDialog
          open={asking === "delete"}
          title={t("confirmDelete.title", named)}
          confirmLabel={t("confirmDelete.submit")}
          destructive
          confirmProps={{ type: "submit", disabled: deleting }}
          onClose={() => setAsking(null)}
        >
          <p>{t("confirmDelete.body")}</p>
        </ConfirmDialog>
      </form>
    </section>
  );
}
