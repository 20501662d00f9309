import { afterAll, describe, it } from 'vitest';
import { runSequence } from './sequences';
import { dropTemplate } from './world';

afterAll(() => dropTemplate());

/**
 * Counterexamples the property runs found (fast-check's shrunk step lists), kept as fixed cases.
 */
describe('property regressions', () => {
  it('a hold with a closed VA expires by the sweep and a late pending notification changes nothing', async () => {
    await runSequence([
      { k: 'hold', u: 0, trip: 0, pair: 0, seats: [0] },
      { k: 'bookingCode', b: 0, bank: 'BCA' },
      { k: 'expire', minutes: 61 },
      { k: 'bookingPay', account: 0, status: 'pending' },
    ]);
  });
});
