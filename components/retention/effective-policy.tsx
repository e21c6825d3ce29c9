import { getTranslations } from "next-intl/server";
import type { EffectiveRetention } from "@/lib/retention/effective-retention";

/** Each effective value with the rule that produced it. */
export async function EffectivePolicy({ policy }: { policy: EffectiveRetention }) {
  const t = await getTranslations("retention.effective");
  const lines = [
    policy.expiration.kind === "retain"
      ? t("retain", { holds: policy.expiration.holds.join(", ") })
      : t("expireIn", { minutes: policy.expiration.minutes, source: t(`sources.${policy.expiration.source}`) }),
    policy.burnOnRead.kind === "burn"
      ? t("burn", { minutes: policy.burnOnRead.minutes, source: t(`sources.${policy.burnOnRead.source}`) })
      : policy.burnOnRead.kind === "suspended"
        ? t("burnSuspended")
        : t("burnOff"),
    policy.archive.kind === "days"
      ? t("archiveDays", { days: policy.archive.days })
      : policy.archive.kind === "retain"
        ? t("archiveHold")
        : t("archiveNone"),
  ];
  return (
    <section aria-labelledby="effective-title" className="space-y-2">
      <h2 id="effective-title" className="font-medium">
        {t("title")}
      </h2>
      <ul className="list-inside list-disc space-y-1 text-sm text-slate-700">
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </section>
  );
}
