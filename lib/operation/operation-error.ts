export type OperationErrorKind =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "validation"
  | "conflict"
  // An If-Match that no longer matches: someone else changed the object first.
  | "precondition_failed"
  // The object exists but what it stands for does not any more (an export whose file is lost).
  | "gone";

/** A failure the caller can act on. Doors turn it into a form error or problem+json. */
export class OperationError extends Error {
  constructor(
    readonly kind: OperationErrorKind,
    message: string,
    /** Field path → messages, for "validation". */
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "OperationError";
  }
}

export const forbidden = () => new OperationError("forbidden", "You do not have permission to do this.");
export const gone = (message: string) => new OperationError("gone", message);
export const notFound = (what: string) => new OperationError("not_found", `${what} was not found.`);
