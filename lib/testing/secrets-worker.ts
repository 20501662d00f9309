/**
 * Prints the development secrets this process settles on. lib/env.test.ts starts several, all
 * reading the environment at the instant given as the argument, to race for a new secrets.json.
 */
import { env } from '@/lib/env';

const at = Number(process.argv[2]);
while (Date.now() < at) {
  // spin: a timer is too coarse to line the processes up
}
process.stdout.write(JSON.stringify({ authSecret: env().AUTH_SECRET }) + '\n');
