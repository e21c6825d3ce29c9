// Runs once when the server starts: resume member imports that a crash or a
// restart interrupted (each continues from its last committed batch).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { resumeMemberImports } = await import("@/lib/members/import/run-member-import");
  setTimeout(() => void resumeMemberImports().catch(() => {}), 1000);
}
