import type { ApiMethod, ApiRouteSpec, Operation } from "@/lib/operation/define-operation";
import { OPERATIONS, type OperationName } from "@/lib/operations";

export type { ApiMethod };

/** An admin API route: an operation's own `api` spec, under its name. */
export interface ApiRoute extends Omit<ApiRouteSpec, "version"> {
  operation: OperationName;
  version?: { operation: OperationName; path: string };
}

const isOperation = (name: string): name is OperationName => Object.hasOwn(OPERATIONS, name);

/**
 * The admin API, one route per operation, read from each operation's spec
 * (`api` in its defineOperation): nothing here is kept by hand. Served by one
 * door (app/api/v1/[...path]) through the same operations as the UI, except
 * routes with a file of their own (streamed downloads, exports), in
 * EXPLICIT_ROUTES. The OpenAPI document is generated from these and each
 * operation's zod schema.
 */
const ALL_ROUTES: ApiRoute[] = (Object.entries(OPERATIONS) as [OperationName, Operation][]).flatMap(
  ([operation, op]) => {
    const { api } = op.spec;
    if ("none" in api) return [];
    const { version, ...rest } = api;
    const route: ApiRoute = { ...rest, operation };
    if (version) {
      const read = version.operation;
      // A misspelt version read would fail only at the first If-Match: fail at start instead.
      if (!isOperation(read)) throw new Error(`${operation}: its api.version names ${read}, which is not an operation`);
      route.version = { operation: read, path: version.path };
    }
    return [route];
  },
);

export const API_ROUTES: ApiRoute[] = ALL_ROUTES.filter((r) => !r.file);

/** Routes that have a file of their own, outside the shared door. */
export const EXPLICIT_ROUTES = ALL_ROUTES.filter((r): r is ApiRoute & { file: string } => r.file !== undefined);
