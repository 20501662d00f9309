/** A seat in a coach drawn from its layout: row number, letter, and its column in the grid. */
export type SeatCell = { label: string; row: number; letter: string; column: number };

/**
 * The seats of a layout such as "2-2" (A B | C D), "2-3" (A B | C D E) or "1-1" (A | B), row by
 * row from row 1; the last row holds whatever is left of the seat count. `column` counts the aisle
 * as one column, so a grid can draw it.
 */
export function seatsOf(pattern: string, rows: number, seatCount: number): SeatCell[] {
  const [left, right] = pattern.split('-').map(Number) as [number, number];
  const perRow = left + right;
  const seats: SeatCell[] = [];
  for (let row = 1; row <= rows && seats.length < seatCount; row++) {
    for (let i = 0; i < perRow && seats.length < seatCount; i++) {
      const letter = String.fromCharCode(65 + i);
      seats.push({ label: `${row}${letter}`, row, letter, column: i < left ? i : i + 1 });
    }
  }
  return seats;
}

/** Number of grid columns including the aisle. */
export function gridColumns(pattern: string): number {
  const [left, right] = pattern.split('-').map(Number) as [number, number];
  return left + right + 1;
}
