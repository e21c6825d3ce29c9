// Every operation, by name: generated from lib/ (scripts/generate-registry.ts
// writes lib/generated/operations.ts at build, typecheck, start and test), so
// no operation is listed by hand. The isolation test walks this registry, and
// it checks that every operation defineOperation recorded is here, so none can
// escape the permission matrix tests.
import { OPERATIONS } from "@/lib/generated/operations";

export { OPERATIONS };

export type OperationName = keyof typeof OPERATIONS;
