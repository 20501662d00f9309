import { seatsOf } from './seat-layout';

export type CoachSeats = {
  id: number;
  pattern: string;
  rows: number;
  seatCount: number;
  taken: Set<string>;
};
export type SeatChoice = { coachId: number; seatLabel: string };

/**
 * Picks `count` free seats for a party, together where possible: first consecutive seats in one
 * row, then in two neighbouring rows, else the coach with the most free seats, else
 * spread over coaches. Returns null when the class has too few free seats.
 */
export function autoAssign(coaches: CoachSeats[], count: number): SeatChoice[] | null {
  if (count === 0) return [];
  // Each free seat keeps its position in the full layout, so "together" means no seat in between.
  const free = coaches.map((c) => ({
    id: c.id,
    seats: seatsOf(c.pattern, c.rows, c.seatCount)
      .map((s, position) => ({ ...s, position }))
      .filter((s) => !c.taken.has(s.label)),
  }));
  if (free.reduce((n, c) => n + c.seats.length, 0) < count) return null;
  // First a run inside one row, then one spilling into the next row.
  for (const rowSpan of [0, 1]) {
    for (const coach of free) {
      for (let i = 0; i + count <= coach.seats.length; i++) {
        const run = coach.seats.slice(i, i + count);
        if (
          run.at(-1)!.row - run[0]!.row <= rowSpan &&
          run.at(-1)!.position - run[0]!.position === count - 1
        ) {
          return run.map((s) => ({ coachId: coach.id, seatLabel: s.label }));
        }
      }
    }
  }
  const roomiest = [...free].sort((a, b) => b.seats.length - a.seats.length);
  if (roomiest[0]!.seats.length >= count)
    return roomiest[0]!.seats
      .slice(0, count)
      .map((s) => ({ coachId: roomiest[0]!.id, seatLabel: s.label }));
  return roomiest
    .flatMap((c) => c.seats.map((s) => ({ coachId: c.id, seatLabel: s.label })))
    .slice(0, count);
}
