/** Applies one notification body (argv[2], JSON) at a shared start instant; prints the result. */
import { applyNotification } from '../apply';
import { NotificationSchema } from '../notification';

const [body, startAt] = process.argv.slice(2);
setTimeout(
  () => {
    process.stdout.write(
      JSON.stringify(applyNotification(NotificationSchema.parse(JSON.parse(body!)), body!)) + '\n',
    );
  },
  Math.max(0, Number(startAt) - Date.now()),
);
