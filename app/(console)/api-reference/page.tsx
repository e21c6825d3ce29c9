import { getMessages, getTranslations } from "next-intl/server";
import { requireCurrentUser } from "@/lib/auth/get-current-user";
import { buildOpenApi } from "@/lib/api/build-openapi";
import { card } from "@/components/ui/card";

interface Operation {
  operationId: string;
  summary: string;
  tags: string[];
  "x-permission": string;
  parameters: { name: string; in: string; required: boolean; schema: unknown }[];
  requestBody?: { content: { "application/json": { schema: unknown } } };
}

const METHOD_TONE: Record<string, string> = {
  get: "bg-sky-100 text-sky-800",
  post: "bg-emerald-100 text-emerald-800",
  put: "bg-amber-100 text-amber-800",
  patch: "bg-amber-100 text-amber-800",
  delete: "bg-red-100 text-red-800",
};

// The admin API's reference, rendered here from the same generated OpenAPI document (no CDN, no script).
export default async function ApiReferencePage() {
  await requireCurrentUser();
  const [t, messages] = await Promise.all([getTranslations("apiReference"), getMessages()]);
  // A route's English summary is its spec's (the document's own); other catalogues translate it by operation id.
  const translated = (messages as { apiSummaries?: Record<string, string> }).apiSummaries ?? {};
  const doc = buildOpenApi();
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op: op as Operation })),
  );
  const tags = [...new Set(ops.map((o) => o.op.tags[0]!))];
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("intro")}</p>
        <a href="/api/v1/openapi.json" className="mt-2 inline-block text-sm text-brand-700 hover:underline">
          {t("download")}
        </a>
      </div>
      <nav aria-label={t("sections")} className="flex flex-wrap gap-2 text-sm">
        {tags.map((tag) => (
          <a key={tag} href={`#${tag}`} className="rounded-md px-2 py-1 ring-1 ring-slate-300 hover:bg-slate-50">
            {tag}
          </a>
        ))}
      </nav>
      {tags.map((tag) => (
        <section key={tag} id={tag} aria-labelledby={`h-${tag}`} className="space-y-3">
          <h2 id={`h-${tag}`} className="text-lg font-medium">
            {tag}
          </h2>
          {ops
            .filter((o) => o.op.tags[0] === tag)
            .map(({ path, method, op }) => {
              const line = `${method.toUpperCase()} ${path}`;
              const body = op.requestBody?.content["application/json"].schema;
              return (
                <details key={line} data-operation={op.operationId} className={card("p-4 text-sm")}>
                  <summary className="flex cursor-pointer flex-wrap items-center gap-3">
                    <span
                      className={`rounded px-2 py-0.5 font-mono text-xs font-semibold uppercase ${METHOD_TONE[method]}`}
                    >
                      {method}
                    </span>
                    <code className="font-mono text-xs">{line}</code>
                    <span className="text-slate-600">
                      {/* The document itself is English; the page names each route in the reader's language. */}
                      {translated[op.operationId] ?? op.summary}
                    </span>
                  </summary>
                  <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[10rem_1fr]">
                    <dt className="text-slate-600">{t("operation")}</dt>
                    <dd className="font-mono text-xs">{op.operationId}</dd>
                    <dt className="text-slate-600">{t("permission")}</dt>
                    <dd className="font-mono text-xs">{op["x-permission"]}</dd>
                    {op.parameters.length > 0 && (
                      <>
                        <dt className="text-slate-600">{t("parameters")}</dt>
                        <dd className="font-mono text-xs">
                          {op.parameters.map((p) => (
                            <div key={`${p.in}:${p.name}`}>
                              {t("parameter", { name: p.name, in: p.in, required: p.required ? "yes" : "no" })}
                            </div>
                          ))}
                        </dd>
                      </>
                    )}
                    {body !== undefined && (
                      <>
                        <dt className="text-slate-600">{t("body")}</dt>
                        <dd>
                          <pre className="overflow-x-auto relative rounded bg-slate-50 p-2 font-mono text-xs">
                            {JSON.stringify(body, null, 2)}
                          </pre>
                        </dd>
                      </>
                    )}
                  </dl>
                </details>
              );
            })}
        </section>
      ))}
    </div>
  );
}
