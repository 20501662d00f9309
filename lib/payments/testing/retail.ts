import type { RetailOutlet } from '../banks';
import { createRetailTopUpCode } from '../accounts';

/** Tests: a retail top-up code for an active wallet, or the refusal thrown as an error. */
export async function retailCodeFor(
  userId: number,
  outlet: RetailOutlet,
  amount: number,
): Promise<{ code: string; expiresAt: number }> {
  const result = await createRetailTopUpCode(userId, outlet, amount);
  if (!result.ok) throw new Error(`retail code refused: ${result.code}`);
  return { code: result.paymentCode, expiresAt: result.expiresAt };
}
