import { AppShell } from "@/components/shell/app-shell";
import { requireCurrentUser } from "@/lib/auth/get-current-user";

// Every console page reads the session and the database per request.
export const dynamic = "force-dynamic";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const { user, mfaPending } = await requireCurrentUser();
  return (
    <AppShell
      user={{ name: user.name, email: user.email, isPlatformOperator: user.isPlatformOperator }}
      networks={mfaPending ? [] : user.roleGrants.map((g) => ({ id: g.tenant.id, name: g.tenant.name, role: g.role }))}
      mfaPending={mfaPending}
    >
      {children}
    </AppShell>
  );
}
