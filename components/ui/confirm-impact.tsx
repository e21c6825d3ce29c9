/**
 * What a change would do, said before it is saved, with the checkbox that
 * confirms it. The form sends `name` = "on" once it is ticked.
 */
export function ConfirmImpact({
  name,
  message,
  sample,
  confirmLabel,
  className = "",
}: {
  name: string;
  message: string;
  /** Already worded, e.g. "For example: a@x, b@x"; omitted when there is none. */
  sample?: string | null;
  confirmLabel: string;
  className?: string;
}) {
  return (
    <div
      role="alert"
      className={`space-y-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200 ${className}`}
    >
      <p>{message}</p>
      {sample && <p className="font-mono text-xs">{sample}</p>}
      <label className="flex items-center gap-2 font-medium">
        <input type="checkbox" name={name} className="rounded border-amber-400" />
        {confirmLabel}
      </label>
    </div>
  );
}
