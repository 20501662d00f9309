/**
 * Seats sold per segment of a trip in one line: a cell per segment holding its count, shaded by
 * load, each named in full for assistive technology ("BD–CMI: 12 dari 476 kursi"). Compact enough
 * for a day of forty trains on a tablet; the trip's own page has the bars.
 */
export function SegmentStrip({
  segments,
  capacity,
  label,
  caption,
}: {
  segments: { seq: number; from: string; to: string; sold: number }[];
  capacity: number;
  label: (from: string, to: string, sold: number, seats: number) => string;
  caption: string;
}) {
  const shade = (sold: number) => {
    const load = capacity ? sold / capacity : 0;
    if (load >= 0.8) return 'bg-kai-navy text-white';
    if (load >= 0.5) return 'bg-orange-200 text-slate-900';
    if (sold > 0) return 'bg-orange-100 text-slate-900';
    return 'bg-slate-100 text-slate-800';
  };
  return (
    <div className="grid gap-1">
      <p className="text-xs text-slate-700">{caption}</p>
      <ol className="flex gap-px overflow-hidden rounded">
        {segments.map((s) => (
          <li
            key={s.seq}
            className={`min-w-7 flex-1 py-1 text-center text-xs tabular-nums ${shade(s.sold)}`}
            title={label(s.from, s.to, s.sold, capacity)}
          >
            <span aria-hidden="true">{s.sold}</span>
            <span className="sr-only">{label(s.from, s.to, s.sold, capacity)}</span>
          </li>
        ))}
      </ol>
      <p className="flex justify-between text-xs text-slate-600" aria-hidden="true">
        <span>{segments[0]?.from}</span>
        <span>{segments.at(-1)?.to}</span>
      </p>
    </div>
  );
}
