import { registerAuditJobs } from "@/lib/audit/audit-jobs";
import { registerRetentionJobs } from "@/lib/retention/enforcement/retention-jobs";
import { getJobQueue } from "@/lib/jobs/get-job-queue";
import { startMessagingConnector } from "@/lib/connector/start-messaging-connector";

/** Starts every background worker of this process. Called once at server start. */
export async function startJobWorkers() {
  const boss = await getJobQueue();
  await registerRetentionJobs(boss);
  await registerAuditJobs(boss);
  startMessagingConnector();
}
