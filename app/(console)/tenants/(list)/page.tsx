import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreateTenantForm } from "@/components/tenants/create-tenant-form";
import { TenantsTable } from "@/components/tenants/tenants-table";
import { allows } from "@/lib/operation/allows";
import { createTenant } from "@/lib/tenants/create-tenant";
import { REGIONS } from "@/lib/tenants/tenant-input";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { listTenants } from "@/lib/tenants/list-tenants";
import { listTenantsParams } from "@/lib/tenants/list-tenants-schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tenants"))("title") };
}

export default async function TenantsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const { ctx } = await requireCurrentUser();
  const params = listTenantsParams.lenient.parse(await searchParams);
  const [t, page] = await Promise.all([getTranslations("tenants"), listTenants(ctx, params)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {allows(ctx, createTenant) && <CreateTenantForm regions={[...REGIONS]} />}
      <TenantsTable
        rows={page.rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }))}
        total={page.total}
        params={params}
      />
    </div>
  );
}
