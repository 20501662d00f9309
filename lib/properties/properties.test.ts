import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { tally } from './run';
import { runSequence } from './sequences';
import { stepsArb } from './steps';
import { dropTemplate } from './world';

/** Runs per property; CI keeps the default small, PROPERTY_RUNS=500 for a long local search. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);
const STEPS = Number(process.env.PROPERTY_STEPS ?? 60);

afterAll(async () => {
  await dropTemplate();
  if (process.env.PROPERTY_STATS)
    console.log(
      [...tally]
        .sort()
        .map(([k, n]) => `${String(n).padStart(6)}  ${k}`)
        .join('\n'),
    );
});

describe('random sequences of passenger, bank and admin steps against the model', () => {
  it(
    'keep the ledger balanced, wallets within their tier, seats single, statuses forward and the model equal to the database',
    async () => {
      await fc.assert(
        fc.asyncProperty(stepsArb(STEPS), (steps) => runSequence(steps)),
        { numRuns: RUNS },
      );
      // About 16 s for the default 100 runs on an idle 2-core machine on SQLite, about 75 s on
      // PostgreSQL (each run's database copy costs most of it); long searches scale with it.
    },
    Math.max(300_000, RUNS * STEPS * 100),
  );
});
