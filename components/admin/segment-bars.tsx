/** Seats sold per segment of a trip as small bars, each with its numbers in words. */
export function SegmentBars({
  segments,
  capacity,
  label,
}: {
  segments: { seq: number; from: string; to: string; sold: number }[];
  capacity: number;
  label: (from: string, to: string, sold: number, seats: number) => string;
}) {
  return (
    <ul className="grid gap-1">
      {segments.map((s) => {
        const pct = capacity ? Math.min(100, Math.round((s.sold / capacity) * 100)) : 0;
        return (
          <li
            key={s.seq}
            className="grid grid-cols-[minmax(0,1fr)_6rem] items-center gap-2 text-xs"
          >
            <span>{label(s.from, s.to, s.sold, capacity)}</span>
            <span className="h-2 rounded bg-slate-200" aria-hidden="true">
              <span className="block h-2 rounded bg-kai-orange" style={{ width: `${pct}%` }} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
