/** The three activation steps, the current one marked for screen readers (aria-current="step"). */
export function StepIndicator({
  steps,
  current,
  label,
}: {
  steps: string[];
  current: number;
  label: string;
}) {
  return (
    <ol aria-label={label} className="grid grid-cols-3 gap-2 text-xs sm:text-sm">
      {steps.map((step, i) => (
        <li
          key={step}
          aria-current={i === current ? 'step' : undefined}
          className={`rounded-md border px-2 py-2 text-center ${i === current ? 'border-kai-navy bg-kai-navy font-semibold text-white' : i < current ? 'border-emerald-600 text-emerald-800' : 'border-slate-300 text-slate-600'}`}
        >
          <span aria-hidden="true">{i < current ? '✓ ' : `${i + 1}. `}</span>
          {step}
        </li>
      ))}
    </ol>
  );
}
