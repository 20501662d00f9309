import { checkAll, type Seen } from './check';
import { newModel } from './model';
import { runStep } from './run';
import type { Step } from './steps';
import { freshWorld } from './world';

/** Runs a sequence of steps on a fresh database, checking every invariant after each step. */
export async function runSequence(steps: Step[]): Promise<void> {
  const { world, cleanup } = await freshWorld();
  try {
    const m = newModel(world);
    const seen: Seen = new Map();
    await checkAll(m, seen);
    for (const step of steps) {
      await runStep(m, step);
      await checkAll(m, seen);
    }
  } finally {
    await cleanup();
  }
}
