import { notFound } from "next/navigation";
import { OperationError } from "./operation-error";
import type { Ctx } from "@/lib/rbac/actor";

/**
 * The page door: runs a read for a server component. A page the caller may not
 * see answers 404, exactly like one that does not exist, so probing ids reveals
 * nothing. (The denial is still audited by the operation.)
 */
export async function runPage<T>(
  operation: (ctx: Ctx, raw: unknown) => Promise<T>,
  ctx: Ctx,
  input: unknown,
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
