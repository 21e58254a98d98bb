"use client";
// Light / system / dark switch. The choice is saved (lib/store/theme) and applied at once; the
// inline script in <head> applies it on the next load before the first paint.
import { useSyncExternalStore, type ReactNode } from "react";
import {
  getThemePreference,
  subscribeTheme,
  writeThemePreference,
  type ThemePreference,
} from "@/lib/store/theme";

const OPTIONS: { value: ThemePreference; label: string; icon: ReactNode }[] = [
  {
    value: "light",
    label: "Light theme",
    icon: (
      <>
        <circle cx="10" cy="10" r="3.5" />
        <path d="M10 1.5v2M10 16.5v2M1.5 10h2M16.5 10h2M4 4l1.4 1.4M14.6 14.6L16 16M4 16l1.4-1.4M14.6 5.4L16 4" />
      </>
    ),
  },
  {
    value: "system",
    label: "System theme",
    icon: (
      <>
        <rect x="2.5" y="3.5" width="15" height="10" rx="1.5" />
        <path d="M7 17h6M10 13.5V17" />
      </>
    ),
  },
  {
    value: "dark",
    label: "Dark theme",
    icon: <path d="M16.5 12.5A7 7 0 0 1 7.5 3.5a7 7 0 1 0 9 9z" />,
  },
];

// On the server and during hydration the saved choice is unknown: no option is shown as chosen.
const unknownOnServer = () => null;

export function ThemeToggle() {
  const preference = useSyncExternalStore(subscribeTheme, getThemePreference, unknownOnServer);
  return (
    <div
      role="group"
      aria-label="Colour theme"
      className="inline-flex shrink-0 rounded-lg border border-slate-300 p-0.5 dark:border-slate-700"
    >
      {OPTIONS.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-label={option.label}
          aria-pressed={preference === option.value}
          title={option.label}
          onClick={() => writeThemePreference(option.value)}
          className="inline-flex size-8 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-950 aria-pressed:bg-slate-900 aria-pressed:text-white dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-white dark:aria-pressed:bg-slate-100 dark:aria-pressed:text-slate-950"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-[18px]" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
            {option.icon}
          </svg>
        </button>
      ))}
    </div>
  );
}
