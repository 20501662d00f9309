import { z } from 'zod';
import { SEAT_CLASSES, type SeatClass } from '@/db/sqlite/schema/network';

export type CoachLine = {
  seq: number;
  code: string;
  seatClass: SeatClass;
  subClass: string;
  layoutCode: string;
};
export type CoachProblemCode =
  'coaches_line_format' | 'coaches_too_few' | 'coaches_code_twice' | 'coaches_class_unknown';

/**
 * Reads a composition written one coach per line, front to back: `EKS-1 eksekutif A EKS-50`
 * (code, class, sub-class letter, layout). Layout existence and class match are checked against the
 * database by the caller.
 */
export function parseCoaches(
  text: string,
):
  | { ok: true; coaches: CoachLine[] }
  | { ok: false; problem: { line: number; code: CoachProblemCode } } {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const fail = (line: number, code: CoachProblemCode) =>
    ({ ok: false, problem: { line, code } }) as const;
  if (lines.length < 1) return fail(0, 'coaches_too_few');
  if (lines.length > 30) return fail(31, 'coaches_line_format');
  const coaches: CoachLine[] = [];
  const seen = new Set<string>();
  for (const [i, line] of lines.entries()) {
    const parts = line.split(/\s+/);
    if (parts.length !== 4) return fail(i + 1, 'coaches_line_format');
    const [code, cls, sub, layout] = [
      parts[0]!.toUpperCase(),
      parts[1]!.toLowerCase(),
      parts[2]!.toUpperCase(),
      parts[3]!.toUpperCase(),
    ];
    if (
      !/^[A-Z]{2,4}-\d{1,2}$/.test(code) ||
      !/^[A-Z]$/.test(sub) ||
      !/^[A-Z0-9-]{2,20}$/.test(layout)
    )
      return fail(i + 1, 'coaches_line_format');
    if (!(SEAT_CLASSES as readonly string[]).includes(cls))
      return fail(i + 1, 'coaches_class_unknown');
    if (seen.has(code)) return fail(i + 1, 'coaches_code_twice');
    seen.add(code);
    coaches.push({
      seq: i + 1,
      code,
      seatClass: cls as SeatClass,
      subClass: sub,
      layoutCode: layout,
    });
  }
  return { ok: true, coaches };
}

export function formatCoaches(coaches: readonly CoachLine[]): string {
  return coaches.map((c) => `${c.code} ${c.seatClass} ${c.subClass} ${c.layoutCode}`).join('\n');
}

export const CoachesFormSchema = z.object({
  trainId: z.coerce.number().int().positive(),
  coaches: z.string().max(3000, { error: 'coaches_line_format' }),
});
