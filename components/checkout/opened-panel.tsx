'use client';

import { useEffect, useRef } from 'react';

type Props = { labelledBy: string; focus: boolean; children: React.ReactNode };

/**
 * The next step of the chosen payment method, opened right under its tile. It takes the focus when
 * it opens (a screen reader reads its heading; the page scrolls to it), unless a field inside it
 * takes the focus itself (the PIN input). Without JavaScript the URL's #pay-panel scrolls to it.
 */
export function OpenedPanel({ labelledBy, focus, children }: Props) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <section
      ref={ref}
      id="pay-panel"
      tabIndex={-1}
      aria-labelledby={labelledBy}
      className="scroll-mt-4 scroll-mb-28 rounded-b-xl border border-t-0 border-kai-navy bg-white p-4 outline-none focus-visible:ring-2 focus-visible:ring-kai-navy/50"
    >
      {children}
    </section>
  );
}
