'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

type Props = { fromId: string; toId: string; label: string };

/**
 * Swaps origin and destination in the search form. Shown only once JavaScript runs (it moves the
 * typed values); without it the results page offers the same as a link.
 */
export function SwapStations({ fromId, toId, label }: Props) {
  // False while rendered on the server (and before hydration), true in the browser.
  const ready = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!ready) return null;
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      data-testid="swap-stations"
      className="grid size-11 place-items-center rounded-full border border-kai-navy bg-white text-xl text-kai-navy hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-kai-navy"
      onClick={() => {
        const from = document.getElementById(fromId) as HTMLInputElement | null;
        const to = document.getElementById(toId) as HTMLInputElement | null;
        if (!from || !to) return;
        [from.value, to.value] = [to.value, from.value];
      }}
    >
      <span aria-hidden="true">⇅</span>
    </button>
  );
}
