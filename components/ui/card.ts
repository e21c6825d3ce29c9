/**
 * The console's one card surface: white, rounded, a hairline ring and a soft
 * shadow. Every panel, form and table frame takes its look from here, with its
 * own layout (padding, width, spacing) added, so the surface changes in one place.
 */
export const CARD = "rounded-lg bg-white shadow-sm ring-1 ring-slate-200";

export function card(layout = ""): string {
  return layout ? `${CARD} ${layout}` : CARD;
}
