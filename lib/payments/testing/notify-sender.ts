/**
 * A bank that retries: sends every notification in argv (a JSON file of bodies) to the app, each
 * `copies` times in parallel (body i starting i × stagger ms late), retrying connection errors and non-2xx answers with backoff until one
 * copy of each gets a 2xx or the deadline passes. Prints how many were acknowledged.
 */
import fs from 'node:fs';

const [file, url, copies = '3', deadlineMs = '90000', staggerMs = '0'] = process.argv.slice(2);
const bodies = JSON.parse(fs.readFileSync(file!, 'utf8')) as object[];
const until = Date.now() + Number(deadlineMs);

async function sendUntilAcknowledged(body: object, delay: number): Promise<boolean> {
  await new Promise((r) => setTimeout(r, delay));
  for (let attempt = 0; Date.now() < until; attempt++) {
    try {
      const response = await fetch(url!, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(5000),
      });
      if (response.ok) return true;
    } catch {
      // The app is down (killed) or slow: retry as a bank would.
    }
    await new Promise((r) => setTimeout(r, Math.min(2000, 100 * 2 ** attempt)));
  }
  return false;
}

const results = await Promise.all(
  bodies.flatMap((b, i) =>
    Array.from({ length: Number(copies) }, () => sendUntilAcknowledged(b, i * Number(staggerMs))),
  ),
);
process.stdout.write(
  JSON.stringify({ acknowledged: results.filter(Boolean).length, sent: results.length }) + '\n',
);
