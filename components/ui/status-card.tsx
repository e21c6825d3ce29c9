/** The full-page card of the sign-in, 404 and error pages: the console's name, a title, a line, and what to do next. */
export function StatusCard({
  brand,
  title,
  body,
  children,
}: {
  brand: string;
  title: string;
  body?: string | undefined;
  children?: React.ReactNode;
}) {
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-brand-900 to-brand-950 px-4">
      <div className="w-full max-w-sm rounded-xl bg-white p-8 shadow-2xl">
        <div className="mb-6">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{brand}</p>
          <h1 className="mt-1 text-2xl font-semibold text-slate-900">{title}</h1>
          {body && <p className="mt-1 text-sm text-slate-500">{body}</p>}
        </div>
        {children}
      </div>
    </main>
  );
}
