import { spawn } from 'node:child_process';
import path from 'node:path';

/**
 * Runs a TypeScript worker script in its own OS process against the same database file, with
 * `server-only` resolved the way Next resolves it on the server. Resolves with its JSON output.
 */
export function runWorker<T>(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', path.resolve(script), ...args],
      {
        env: { ...process.env, ...env, LOG_LEVEL: 'error' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`worker exited ${code}: ${err}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1)!) as T);
      } catch {
        reject(new Error(`worker printed no JSON: ${out} ${err}`));
      }
    });
  });
}
