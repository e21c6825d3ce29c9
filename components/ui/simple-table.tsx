import { card } from "@/components/ui/card";

/**
 * A list as a table: fixed column headings, the rows the caller renders, one
 * line when there are none, and an optional footer (the cursor links of a list
 * paged on the server). Lists sorted by the user use the DataTable.
 */
export function SimpleTable({
  headings,
  empty,
  isEmpty,
  children,
  footer,
}: {
  headings: string[];
  empty: string;
  isEmpty: boolean;
  children: React.ReactNode;
  footer?: React.ReactNode;
}) {
  return (
    <div className={card("overflow-x-auto relative")}>
      <table className="min-w-full text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            {headings.map((h) => (
              <th key={h} scope="col" className="px-4 py-2.5">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {isEmpty ? (
            <tr>
              <td colSpan={headings.length} className="px-4 py-8 text-center text-slate-500">
                {empty}
              </td>
            </tr>
          ) : (
            children
          )}
        </tbody>
      </table>
      {footer}
    </div>
  );
}
