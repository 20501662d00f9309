type Point = { date: string; value: number };

/**
 * A server-rendered SVG bar chart of a daily series. The SVG scales to its box (readable on a
 * phone); it is one image to assistive technology, described by its label, and the numbers are in
 * a table behind a disclosure for anyone who wants them exactly.
 */
export function BarChart({
  title,
  points,
  label,
  format,
  formatDay,
  labels,
  color = '#1b2a6b',
}: {
  title: string;
  points: Point[];
  label: string;
  format: (n: number) => string;
  formatDay: (date: string) => string;
  labels: { showTable: string; date: string; amount: string };
  color?: string;
}) {
  const width = 300;
  const height = 120;
  const max = Math.max(1, ...points.map((p) => p.value));
  const step = width / Math.max(1, points.length);
  const bar = Math.max(1, step * 0.7);
  return (
    <figure className="card grid gap-2">
      <figcaption className="font-semibold text-kai-navy">{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height + 14}`}
        role="img"
        aria-label={label}
        className="h-auto w-full"
        preserveAspectRatio="none"
      >
        <line x1="0" y1={height} x2={width} y2={height} stroke="#94a3b8" strokeWidth="1" />
        {points.map((p, i) => {
          const h = (p.value / max) * (height - 4);
          return (
            <rect
              key={p.date}
              x={i * step + (step - bar) / 2}
              y={height - h}
              width={bar}
              height={h}
              fill={color}
            >
              <title>{`${formatDay(p.date)}: ${format(p.value)}`}</title>
            </rect>
          );
        })}
        <text x="0" y={height + 12} fontSize="9" fill="#334155">
          {formatDay(points[0]?.date ?? '')}
        </text>
        <text x={width} y={height + 12} fontSize="9" fill="#334155" textAnchor="end">
          {formatDay(points.at(-1)?.date ?? '')}
        </text>
      </svg>
      <details>
        <summary className="cursor-pointer text-sm text-kai-navy underline">
          {labels.showTable}
        </summary>
        <div className="max-h-64 overflow-y-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col">{labels.date}</th>
                <th scope="col" className="text-right">
                  {labels.amount}
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.date} className="border-t border-slate-100">
                  <td>{formatDay(p.date)}</td>
                  <td className="text-right">{format(p.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
