"use client";

import { useParams, useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { type PaletteHit, searchPaletteAction } from "@/lib/actions/search/search-palette-action";

export interface PalettePage {
  label: string;
  href: string;
  /** Where it is, e.g. the network's name. */
  detail: string;
}

type Item = { key: string; label: string; detail: string; href: string; kind: string };

/**
 * Ctrl/Cmd-K: jump to a page, or to a member or group of the network you are
 * in, by typing part of its name. Arrow keys move, Enter opens, Escape closes.
 */
export function CommandPalette({
  pages,
  labels,
}: {
  pages: PalettePage[];
  labels: {
    open: string;
    shortcut: string;
    title: string;
    placeholder: string;
    empty: string;
    kinds: Record<string, string>;
  };
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const { tenantId } = useParams<{ tenantId?: string }>();
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<PaletteHit[]>([]);
  const [active, setActive] = useState(0);
  const asked = useRef(0);
  const listId = useId();

  const open = () => {
    setQ("");
    setHits([]);
    setActive(0);
    dialog.current?.showModal();
    input.current?.focus();
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === "k") {
        e.preventDefault();
        if (dialog.current?.open) dialog.current.close();
        else open();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const search = (value: string) => {
    setQ(value);
    setActive(0);
    const ticket = ++asked.current;
    if (!tenantId || value.trim().length < 2) {
      setHits([]);
      return;
    }
    // Only the latest question's answer is shown.
    void searchPaletteAction(tenantId, value).then((found) => {
      if (ticket === asked.current) setHits(found);
    });
  };

  const needle = q.trim().toLowerCase();
  const items: Item[] = [
    ...pages
      .filter((p) => !needle || `${p.label} ${p.detail}`.toLowerCase().includes(needle))
      .slice(0, 8)
      .map((p) => ({ key: `page:${p.href}`, label: p.label, detail: p.detail, href: p.href, kind: "page" })),
    ...hits.map((h) => ({ key: `${h.kind}:${h.href}`, label: h.label, detail: h.detail, href: h.href, kind: h.kind })),
  ];

  const go = (item: Item | undefined) => {
    if (!item) return;
    dialog.current?.close();
    router.push(item.href);
  };

  return (
    <>
      <button
        type="button"
        onClick={open}
        className="flex items-center gap-3 rounded-md px-3 py-1.5 text-sm text-slate-600 ring-1 ring-slate-300 hover:bg-slate-50"
      >
        {labels.open}
        <kbd className="rounded bg-slate-100 px-1.5 font-sans text-xs text-slate-600">{labels.shortcut}</kbd>
      </button>
      <dialog
        ref={dialog}
        aria-label={labels.title}
        className="m-auto mt-24 w-full max-w-xl rounded-lg bg-white p-0 shadow-xl ring-1 ring-slate-200 backdrop:bg-brand-950/50"
        onClick={(e) => e.target === dialog.current && dialog.current?.close()}
      >
        <input
          ref={input}
          role="combobox"
          aria-expanded={items.length > 0}
          aria-controls={listId}
          aria-activedescendant={items[active] ? `${listId}-${active}` : undefined}
          aria-label={labels.title}
          placeholder={labels.placeholder}
          value={q}
          onChange={(e) => search(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown") {
              e.preventDefault();
              setActive((a) => Math.min(a + 1, items.length - 1));
            } else if (e.key === "ArrowUp") {
              e.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (e.key === "Enter") {
              e.preventDefault();
              go(items[active]);
            }
          }}
          className="block w-full border-0 border-b border-slate-200 px-4 py-3 text-base outline-none focus:ring-0"
        />
        <ul id={listId} role="listbox" aria-label={labels.title} className="max-h-80 overflow-y-auto py-2">
          {items.length === 0 && <li className="px-4 py-3 text-sm text-slate-500">{labels.empty}</li>}
          {items.map((item, i) => (
            <li
              key={item.key}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseEnter={() => setActive(i)}
              onClick={() => go(item)}
              className={`flex cursor-pointer items-center justify-between gap-3 px-4 py-2 text-sm ${
                i === active ? "bg-brand-50 text-brand-700" : "text-slate-700"
              }`}
            >
              <span className="truncate">
                <span className="font-medium">{item.label}</span>
                {item.detail && <span className="ml-2 text-xs text-slate-500">{item.detail}</span>}
              </span>
              <span className="shrink-0 text-xs text-slate-500">{labels.kinds[item.kind]}</span>
            </li>
          ))}
        </ul>
      </dialog>
    </>
  );
}
