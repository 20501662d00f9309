type Props = {
  totalLabel: string;
  total: string;
  /** A short line under the total, e.g. the deadline's clock time. */
  note?: string;
  children: React.ReactNode;
};

/**
 * The bar fixed to the bottom of the screen at checkout: the total and the next action, always in
 * reach on a phone however far the method list scrolls. Fixed (not sticky), so it can live inside
 * the PIN form and its submit button keeps the form's pending state.
 */
export function PayBar({ totalLabel, total, note, children }: Props) {
  return (
    <div
      data-testid="pay-bar"
      className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-300 bg-white/95 shadow-[0_-4px_12px_rgba(0,0,0,0.08)] backdrop-blur"
    >
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-2">
        <p className="grid leading-tight">
          <span className="text-xs text-slate-700">{totalLabel}</span>
          <strong className="text-lg text-kai-navy" data-testid="pay-bar-total">
            {total}
          </strong>
          {note && <span className="text-xs text-slate-700">{note}</span>}
        </p>
        {children}
      </div>
    </div>
  );
}
