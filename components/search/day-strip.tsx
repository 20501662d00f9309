import { addDays, formatShortDate } from '@/lib/dates';

type Props = {
  date: string;
  today: string;
  lastDate: string;
  locale: 'id' | 'en';
  /** The results URL for another date (keeps stations, passengers, sort and filters). */
  hrefFor: (date: string) => string;
  labels: { otherDates: string; prevDay: string; nextDay: string };
};

/**
 * The day before and the day after, one tap away (as travel apps show it), without going back to
 * the form. A day outside the booking window (before today, after H+45) is shown but not a link.
 */
export function DayStrip({ date, today, lastDate, locale, hrefFor, labels }: Props) {
  const days = [
    { date: addDays(date, -1), label: labels.prevDay, arrow: '‹' },
    { date, label: '', arrow: '' },
    { date: addDays(date, 1), label: labels.nextDay, arrow: '›' },
  ];
  return (
    <nav aria-label={labels.otherDates} data-testid="day-strip">
      <ul className="grid grid-cols-3 gap-1 text-center text-sm">
        {days.map((d) => {
          const text = formatShortDate(d.date, locale);
          if (d.date === date)
            return (
              <li
                key={d.date}
                aria-current="date"
                className="rounded-md border-2 border-kai-navy bg-sky-50 px-2 py-2 font-semibold text-kai-navy"
              >
                {text}
              </li>
            );
          const inWindow = d.date >= today && d.date <= lastDate;
          const body = (
            <>
              {d.arrow === '‹' && <span aria-hidden="true">‹ </span>}
              {text}
              {d.arrow === '›' && <span aria-hidden="true"> ›</span>}
            </>
          );
          return (
            <li key={d.date}>
              {inWindow ? (
                <a
                  href={hrefFor(d.date)}
                  aria-label={`${d.label}: ${text}`}
                  className="block rounded-md border border-slate-300 bg-white px-2 py-2 hover:border-kai-navy"
                >
                  {body}
                </a>
              ) : (
                <span className="block rounded-md border border-slate-200 px-2 py-2 text-slate-600">
                  {body}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
