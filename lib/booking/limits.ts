/** Per booking: at most 4 adults and 4 infants, never more infants than adults (DOMAIN.md). */
export const MAX_ADULTS = 4;
export const MAX_INFANTS = 4;

export type PartyProblem = 'adults_range' | 'infants_range' | 'infants_exceed' | null;

/** Why a party of adults and infants cannot be booked together, or null. */
export function partyProblem(adults: number, infants: number): PartyProblem {
  if (!Number.isInteger(adults) || adults < 1 || adults > MAX_ADULTS) return 'adults_range';
  if (!Number.isInteger(infants) || infants < 0 || infants > MAX_INFANTS) return 'infants_range';
  if (infants > adults) return 'infants_exceed';
  return null;
}
