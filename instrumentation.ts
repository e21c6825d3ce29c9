// Runs once when the server starts: resume member imports that a crash or a
// restart interrupted (each continues from its last committed batch), and start
// the background job workers (retention enforcement), which requeue any run a
// crash left behind; and, when CUSTODIAN_SERVICE_PORT is set, the federation
// decision listener.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { resumeMemberImports } = await import("@/lib/members/import/run-member-import");
  setTimeout(() => void resumeMemberImports().catch(() => {}), 1000);
  // And, while running, those of another replica that died (its instance lock is gone).
  setInterval(() => void resumeMemberImports().catch(() => {}), 30_000).unref();
  const { getConfig } = await import("@/lib/config/read-config");
  const config = getConfig();
  if (config.CUSTODIAN_SERVICE_PORT) {
    const { startDecisionListener } = await import("@/lib/federation/serve-decisions");
    await startDecisionListener(config.CUSTODIAN_SERVICE_PORT, config.HOSTNAME);
  }
  if (!config.CUSTODIAN_JOBS) return;
  const { startJobWorkers } = await import("@/lib/doors/start-job-workers");
  setTimeout(
    () =>
      void startJobWorkers().catch((err: unknown) =>
        console.error(`jobs: workers did not start: ${err instanceof Error ? err.message : String(err)}`),
      ),
    1000,
  );
}
