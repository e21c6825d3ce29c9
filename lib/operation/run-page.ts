import { notFound } from "next/navigation";
import type { z } from "zod";
import type { Operation } from "./define-operation";
import { OperationError } from "./operation-error";
import type { Ctx } from "@/lib/rbac/actor";

/**
 * The page door: runs a read for a server component. A page the caller may not
 * see answers 404, exactly like one that does not exist, so probing ids reveals
 * nothing. (The denial is still audited by the operation.)
 */
export async function runPage<S extends z.ZodType, T>(
  operation: Operation<S, T>,
  ctx: Ctx,
  input: z.input<S>,
): Promise<T> {
  try {
    return await operation(ctx, input);
  } catch (err) {
    if (
      err instanceof OperationError &&
      (err.kind === "forbidden" || err.kind === "not_found" || err.kind === "validation")
    )
      notFound();
    throw err;
  }
}
