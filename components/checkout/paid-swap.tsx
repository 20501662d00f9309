'use client';

import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

const ShowPaid = createContext<((view: ReactNode) => void) | null>(null);

/**
 * The checkout's content until the payment succeeds, then what the pay action answered with (the
 * receipt and the way to the e-tickets) in its place: the countdown, the methods and the pay bar
 * no longer apply. The new content takes the focus, so a keyboard or screen reader continues there.
 */
export function PaidSwap({ children }: { children: ReactNode }) {
  const [view, setView] = useState<ReactNode>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (view) ref.current?.focus();
  }, [view]);
  return (
    <ShowPaid value={setView}>
      {view ? (
        <div ref={ref} tabIndex={-1} className="outline-none" data-testid="paid-view">
          {view}
        </div>
      ) : (
        children
      )}
    </ShowPaid>
  );
}

/** For a form inside PaidSwap: shows a succeeded action's view in place of the checkout. */
export function useShowPaid(view: ReactNode | undefined): void {
  const show = useContext(ShowPaid);
  useEffect(() => {
    if (view && show) show(view);
  }, [view, show]);
}
