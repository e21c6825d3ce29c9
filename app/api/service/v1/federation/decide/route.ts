import { answerDecideRequest } from "@/lib/federation/answer-decide-request";
import { apiHandler } from "@/lib/http/api-handler";

// POST /api/service/v1/federation/decide - may these two sides talk? (messaging service)
// One question as the body, or { "decisions": [...] } for up to 1,000 at once.
export const POST = apiHandler(async ({ ctx, request }) =>
  answerDecideRequest(ctx, await request.json().catch(() => undefined)),
);
