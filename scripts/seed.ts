// npm run db:seed — seeds the demo organization once (idempotent).
import { seedDemo } from "@/prisma/seed";
import { db } from "@/lib/db";
import { withDatabase } from "./with-database";

await withDatabase(async (url) => {
  process.env.DATABASE_URL = url;
  console.log(`demo organization: ${await seedDemo()}`);
  await db.$disconnect();
});
