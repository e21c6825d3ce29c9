"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart as Chart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface Bar {
  label: string;
  value: number;
  /** The filtered list behind the bar; a bar without one is not clickable. */
  href?: string | undefined;
}

/**
 * A bar chart of labelled figures. The chart is a picture for sighted users
 * (its figures are also listed, with their links, beside it); clicking a bar
 * opens the list behind it.
 */
export function BarChart({ bars, label, height = 180 }: { bars: Bar[]; label: string; height?: number }) {
  const router = useRouter();
  return (
    <div role="img" aria-label={label} style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <Chart data={bars} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.12} />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: "currentColor" }} tickLine={false} minTickGap={12} />
          <YAxis
            allowDecimals={false}
            tick={{ fontSize: 11, fill: "currentColor" }}
            tickLine={false}
            axisLine={false}
          />
          <Tooltip
            cursor={{ fillOpacity: 0.06 }}
            contentStyle={{
              fontSize: 12,
              background: "var(--color-white)",
              borderColor: "var(--color-slate-200)",
              color: "var(--color-slate-900)",
            }}
          />
          <Bar
            dataKey="value"
            fill="var(--color-brand-600)"
            radius={[3, 3, 0, 0]}
            onClick={(d: { payload?: Bar }) => d.payload?.href && router.push(d.payload.href)}
            style={{ cursor: "pointer" }}
          />
        </Chart>
      </ResponsiveContainer>
    </div>
  );
}
