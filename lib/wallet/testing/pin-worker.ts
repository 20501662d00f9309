/**
 * One guesser in the parallel wrong-PIN race: waits for the shared start instant, tries a PIN and
 * prints the result as JSON. Run by lib/wallet/pin-race.test.ts in several OS processes.
 */
import { verifyWalletPin } from '../pin';

const [userId, pin, startAt] = process.argv.slice(2);
setTimeout(
  () => {
    verifyWalletPin(Number(userId), pin!).then((result) =>
      process.stdout.write(JSON.stringify(result) + '\n'),
    );
  },
  Math.max(0, Number(startAt) - Date.now()),
);
