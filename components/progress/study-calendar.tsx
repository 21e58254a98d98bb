// Study days as a grid of weeks (Monday at the top), shaded by how many answers were given.
import type { StudyCalendar } from "@/lib/review/progress";
import { isoDay } from "@/lib/srs/days";

const CELL = 14;
const GAP = 3;
const LEFT = 28;

function shade(count: number): string {
  if (count === 0) return "fill-slate-200 dark:fill-slate-800";
  if (count < 10) return "fill-emerald-300 dark:fill-emerald-800";
  if (count < 30) return "fill-emerald-500 dark:fill-emerald-600";
  return "fill-emerald-700 dark:fill-emerald-400";
}

export function StudyCalendarGrid({ calendar, weeks }: { calendar: StudyCalendar; weeks: number }) {
  const width = LEFT + weeks * (CELL + GAP);
  const height = 7 * (CELL + GAP);
  const label = `Studied on ${calendar.studiedDays} of the last ${calendar.days.length} days. Current streak ${calendar.streak} day${calendar.streak === 1 ? "" : "s"}; longest ${calendar.longest}.`;
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label} className="h-auto max-w-full">
        {["Mon", "Wed", "Fri"].map((name, i) => (
          <text key={name} x={0} y={i * 2 * (CELL + GAP) + CELL - 3} className="fill-slate-600 text-[10px] dark:fill-slate-400">
            {name}
          </text>
        ))}
        {calendar.days.map(({ day, count }) => {
          const offset = day - calendar.firstDay;
          return (
            <rect
              key={day}
              x={LEFT + Math.floor(offset / 7) * (CELL + GAP)}
              y={(offset % 7) * (CELL + GAP)}
              width={CELL}
              height={CELL}
              rx={2}
              className={shade(count)}
            >
              <title>{`${isoDay(day)}: ${count} answer${count === 1 ? "" : "s"}`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
