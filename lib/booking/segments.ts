/** The segments a journey from stop `originSeq` to stop `destinationSeq` occupies: i..j-1. */
export function segmentsOf(originSeq: number, destinationSeq: number): number[] {
  if (!(destinationSeq > originSeq)) throw new Error('A journey must end after it starts');
  return Array.from({ length: destinationSeq - originSeq }, (_, k) => originSeq + k);
}

/** Two journeys on one seat conflict when they share a segment. */
export function journeysOverlap(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}
