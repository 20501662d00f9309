import type { SeatClass } from '../schema';

/** Coach layouts from DOMAIN.md: seats per coach, pattern across the aisle, rows. */
export const LAYOUTS: {
  code: string;
  seatClass: SeatClass;
  pattern: string;
  rows: number;
  seatCount: number;
}[] = [
  { code: 'EKS-50', seatClass: 'eksekutif', pattern: '2-2', rows: 13, seatCount: 50 },
  { code: 'BIS-64', seatClass: 'bisnis', pattern: '2-2', rows: 16, seatCount: 64 },
  { code: 'EKO-106', seatClass: 'ekonomi', pattern: '2-3', rows: 22, seatCount: 106 },
  { code: 'EKO-NG-72', seatClass: 'ekonomi', pattern: '2-2', rows: 18, seatCount: 72 },
  { code: 'LUX-18', seatClass: 'luxury', pattern: '1-1', rows: 9, seatCount: 18 },
  { code: 'PAN-38', seatClass: 'panoramic', pattern: '2-2', rows: 10, seatCount: 38 },
];

/** Fare per class: a base plus a rate per kilometre, rounded to Rp 5.000 (KAI prices end in 000). */
export const FARE_RULES: Record<SeatClass, { subClass: string; base: number; perKm: number }> = {
  luxury: { subClass: 'A', base: 150_000, perKm: 2_600 },
  panoramic: { subClass: 'A', base: 100_000, perKm: 1_800 },
  eksekutif: { subClass: 'A', base: 60_000, perKm: 1_050 },
  bisnis: { subClass: 'B', base: 40_000, perKm: 620 },
  ekonomi: { subClass: 'C', base: 30_000, perKm: 430 },
};
