import type { Messages } from '@/lib/i18n';

type Props = {
  t: Messages;
  /** The passenger's step, from 0: Pilih kereta, Data penumpang, Pembayaran, E-tiket. */
  current: 0 | 1 | 2 | 3;
};

/**
 * Where the passenger is in the booking (as KAI Access, Traveloka and tiket.com show it): a numbered
 * list, the current step marked with aria-current so a screen reader says it.
 */
export function ProgressSteps({ t, current }: Props) {
  const {
    steps,
    stepsLabel: label,
    stepDone: doneLabel,
    stepCurrent: currentLabel,
  } = t.booking.book;
  return (
    <nav aria-label={label} data-testid="progress-steps">
      <ol className="grid grid-cols-4 gap-1 text-center text-xs sm:text-sm">
        {steps.map((step, i) => {
          const done = i < current;
          const here = i === current;
          return (
            <li
              key={step}
              aria-current={here ? 'step' : undefined}
              className={`grid justify-items-center gap-1 border-t-4 pt-1 ${
                done || here ? 'border-kai-orange' : 'border-slate-300'
              } ${here ? 'font-semibold text-kai-navy' : 'text-slate-700'}`}
            >
              <span
                aria-hidden="true"
                className={`grid size-6 place-items-center rounded-full text-xs ${
                  here
                    ? 'bg-kai-navy text-white'
                    : done
                      ? 'bg-kai-orange text-white'
                      : 'border border-slate-400 bg-white'
                }`}
              >
                {done ? '✓' : i + 1}
              </span>
              <span>
                {step}
                {(done || here) && (
                  <span className="sr-only"> ({done ? doneLabel : currentLabel})</span>
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
