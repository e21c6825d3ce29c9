// npm run db:migrate — applies prisma/migrations to DATABASE_URL (or the embedded database).
import { applyMigrations } from "./schema-engine/apply-migrations";
import { withDatabase } from "./with-database";

await withDatabase(async (url) => {
  const applied = await applyMigrations(url);
  console.log(
    applied.length ? `applied ${applied.length} migration(s): ${applied.join(", ")}` : "database is up to date",
  );
});
