'use client';

import { useMemo, useState, type KeyboardEvent } from 'react';
import { gridColumns, seatsOf } from '@/lib/booking/seat-layout';

type Coach = {
  id: number;
  code: string;
  pattern: string;
  rows: number;
  seatCount: number;
  taken: string[];
};
type Choice = { coachId: number; seatLabel: string };
type Labels = {
  title: string;
  hint: string;
  coach: string;
  seatFor: string;
  free: string;
  taken: string;
  selected: string;
  seat: string;
  freeCount: string;
};

type Props = {
  coaches: Coach[];
  initial: Choice[];
  passengers: string[];
  labels: Labels;
  /** '' for the first train, '2' for a connection's second train (fields `adult_N_seat2`). */
  suffix?: string;
};

/**
 * The seat map: pick a passenger, then a seat. Seats are buttons (Tab, Enter/Space) and arrow keys
 * move between them. The choices travel as hidden `adult_N_seat` fields (`adult_N_seat2` on a
 * connection's second train); the server checks them.
 */
export function SeatPicker({ coaches, initial, passengers, labels, suffix = '' }: Props) {
  const [choices, setChoices] = useState(initial);
  const [active, setActive] = useState(0);
  const [coachId, setCoachId] = useState(initial[0]?.coachId ?? coaches[0]!.id);
  const coach = coaches.find((c) => c.id === coachId)!;
  const seats = useMemo(() => seatsOf(coach.pattern, coach.rows, coach.seatCount), [coach]);
  const taken = new Set(coach.taken);
  const holder = (label: string) =>
    choices.findIndex((c) => c.coachId === coachId && c.seatLabel === label);

  function choose(label: string) {
    setChoices((current) => {
      const next = [...current];
      const other = holder(label);
      // Clicking a seat another passenger holds swaps the two passengers' seats.
      if (other >= 0) next[other] = current[active]!;
      next[active] = { coachId, seatLabel: label };
      return next;
    });
    setActive((a) => (a + 1) % passengers.length);
  }

  function move(event: KeyboardEvent<HTMLDivElement>) {
    const deltas: Record<string, [number, number]> = {
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
    };
    const delta = deltas[event.key];
    const from = (event.target as HTMLElement).dataset;
    if (!delta || !from.row) return;
    event.preventDefault();
    let [row, col] = [Number(from.row) + delta[0], Number(from.col) + delta[1]];
    for (let step = 0; step < 8; step++, row += delta[0], col += delta[1]) {
      const target = event.currentTarget.querySelector<HTMLButtonElement>(
        `[data-row="${row}"][data-col="${col}"]`,
      );
      if (target) return target.focus();
    }
  }

  const freeIn = (c: Coach) => c.seatCount - c.taken.length;
  return (
    <fieldset className="grid gap-3">
      <legend className="text-lg font-semibold">{labels.title}</legend>
      <p className="text-sm text-slate-700">{labels.hint}</p>
      {choices.map((c, i) => (
        <input
          key={i}
          type="hidden"
          name={`adult_${i}_seat${suffix}`}
          value={`${c.coachId}:${c.seatLabel}`}
        />
      ))}
      <div role="radiogroup" aria-label={labels.seatFor} className="flex flex-wrap gap-2">
        {passengers.map((name, i) => {
          const code = coaches.find((c) => c.id === choices[i]!.coachId)?.code;
          return (
            <button
              key={name}
              type="button"
              role="radio"
              aria-checked={active === i}
              onClick={() => {
                setActive(i);
                setCoachId(choices[i]!.coachId);
              }}
              className={`rounded-full border px-3 py-1.5 text-sm ${active === i ? 'border-kai-navy bg-kai-navy text-white' : 'border-slate-400'}`}
            >
              {name}: {code} {choices[i]!.seatLabel}
            </button>
          );
        })}
      </div>
      <label className="grid max-w-xs gap-1 text-sm font-medium">
        {labels.coach}
        <select
          className="input"
          value={coachId}
          onChange={(e) => setCoachId(Number(e.target.value))}
        >
          {coaches.map((c) => (
            <option key={c.id} value={c.id}>
              {c.code} ({labels.freeCount.replace('{n}', String(freeIn(c)))})
            </option>
          ))}
        </select>
      </label>
      <div
        onKeyDown={move}
        className="overflow-x-auto rounded-lg border border-slate-300 bg-slate-100 p-3"
      >
        <div
          className="mx-auto grid w-max gap-1.5"
          style={{ gridTemplateColumns: `repeat(${gridColumns(coach.pattern)}, 2.75rem)` }}
        >
          {seats.map((s) => {
            const owner = holder(s.label);
            const isTaken = taken.has(s.label) && owner < 0;
            const state =
              owner >= 0
                ? `${labels.selected}: ${passengers[owner]}`
                : isTaken
                  ? labels.taken
                  : labels.free;
            return (
              <button
                key={s.label}
                type="button"
                disabled={isTaken}
                onClick={() => choose(s.label)}
                data-row={s.row}
                data-col={s.column}
                aria-pressed={owner >= 0}
                aria-label={`${labels.seat} ${s.label}, ${state}`}
                style={{ gridRow: s.row, gridColumn: s.column + 1 }}
                className={`h-11 rounded-md border text-xs font-semibold ${owner >= 0 ? 'border-kai-orange bg-kai-orange text-white' : isTaken ? 'cursor-not-allowed border-slate-300 bg-slate-300 text-slate-600 line-through' : 'border-kai-navy bg-white text-kai-navy hover:bg-sky-50'}`}
              >
                {s.label}
              </button>
            );
          })}
        </div>
      </div>
      <p className="flex flex-wrap gap-4 text-xs text-slate-700" aria-hidden="true">
        <span>
          <span className="mr-1 inline-block size-3 rounded-sm border border-kai-navy bg-white" />
          {labels.free}
        </span>
        <span>
          <span className="mr-1 inline-block size-3 rounded-sm bg-slate-300" />
          {labels.taken}
        </span>
        <span>
          <span className="mr-1 inline-block size-3 rounded-sm bg-kai-orange" />
          {labels.selected}
        </span>
      </p>
    </fieldset>
  );
}
