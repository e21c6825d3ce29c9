import { getTranslations } from "next-intl/server";
import { card } from "@/components/ui/card";

/** A grey block standing in for content that is on its way. */
function Bone({ className = "" }: { className?: string }) {
  return <div className={`animate-pulse rounded bg-slate-200 motion-reduce:animate-none ${className}`} />;
}

/**
 * A page's loading state, shaped like what is coming (stat cards and charts,
 * or a filter bar and a table) so the page does not jump when it arrives.
 * Screen readers hear one "Loading" instead of the shapes.
 */
export async function PageSkeleton({ shape }: { shape: "dashboard" | "table" | "form" }) {
  const t = await getTranslations("shell");
  return (
    <div aria-busy="true" className="space-y-6" data-testid="page-skeleton">
      <p role="status" className="sr-only">
        {t("loading")}
      </p>
      <div aria-hidden="true" className="space-y-6">
        {shape === "dashboard" && (
          <>
            <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
              {[0, 1, 2, 3].map((i) => (
                <div key={i} className={card("space-y-3 p-5")}>
                  <Bone className="h-3 w-24" />
                  <Bone className="h-7 w-16" />
                </div>
              ))}
            </div>
            <div className="grid gap-4 lg:grid-cols-2">
              {[0, 1, 2, 3].map((i) => (
                <div key={i} className={card("space-y-4 p-5")}>
                  <Bone className="h-4 w-40" />
                  <Bone className="h-40 w-full" />
                </div>
              ))}
            </div>
          </>
        )}
        {shape === "table" && (
          <>
            <div className="flex flex-wrap gap-3">
              <Bone className="h-9 w-64" />
              <Bone className="h-9 w-36" />
              <Bone className="h-9 w-36" />
            </div>
            <div className={card("overflow-hidden")}>
              <div className="bg-slate-50 px-5 py-3">
                <Bone className="h-3 w-1/2" />
              </div>
              {[0, 1, 2, 3, 4, 5, 6, 7].map((i) => (
                <div key={i} className="flex gap-6 border-t border-slate-100 px-5 py-3.5">
                  <Bone className="h-4 w-1/4" />
                  <Bone className="h-4 w-1/3" />
                  <Bone className="h-4 w-1/6" />
                </div>
              ))}
            </div>
          </>
        )}
        {shape === "form" &&
          [0, 1].map((i) => (
            <div key={i} className={card("max-w-3xl space-y-4 p-6")}>
              <Bone className="h-4 w-48" />
              <div className="grid gap-4 sm:grid-cols-2">
                <Bone className="h-9 w-full" />
                <Bone className="h-9 w-full" />
              </div>
              <Bone className="h-9 w-28" />
            </div>
          ))}
      </div>
    </div>
  );
}
