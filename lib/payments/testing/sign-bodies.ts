/** Writes signed settlement notifications (one per VA in argv JSON, amount argv[3]) to a file. */
import fs from 'node:fs';
import crypto from 'node:crypto';
import { signNotification } from '../notification';
import { openVaOrderId } from '../order-ids';

const [numbersJson, out, amount = '100000'] = process.argv.slice(2);
const bodies = (JSON.parse(numbersJson!) as string[]).map((number) => {
  const transactionId = crypto.randomUUID();
  const base = {
    order_id: openVaOrderId(number, transactionId),
    status_code: '200',
    gross_amount: `${amount}.00`,
    transaction_status: 'settlement',
    transaction_id: transactionId,
    payment_type: 'bank_transfer',
    va_numbers: [{ bank: 'bca', va_number: number }],
  };
  return { ...base, signature_key: signNotification(base, process.env.PAYMENT_SERVER_KEY!) };
});
fs.writeFileSync(out!, JSON.stringify(bodies));
process.stdout.write(JSON.stringify({ count: bodies.length }) + '\n');
