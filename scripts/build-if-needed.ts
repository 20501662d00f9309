/**
 * Builds the app only when its sources changed since the last build: a hash of every tracked
 * source file is kept beside the build output.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const SOURCE_DIRS = ['app', 'components', 'lib', 'db', 'public'];
const SOURCE_FILES = ['next.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json'];

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

function sourceHash(): string {
  const hash = crypto.createHash('sha256');
  const files = [
    ...SOURCE_DIRS.flatMap(listFiles),
    ...SOURCE_FILES.filter((f) => fs.existsSync(f)),
  ].sort();
  for (const file of files) hash.update(file).update('\0').update(fs.readFileSync(file));
  return hash.digest('hex');
}

/** Runs `next build` unless the current build was made from these exact sources. */
export function buildIfNeeded(): void {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const stamp = path.join(distDir, 'source-hash');
  const hash = sourceHash();
  if (
    fs.existsSync(path.join(distDir, 'BUILD_ID')) &&
    fs.existsSync(stamp) &&
    fs.readFileSync(stamp, 'utf8') === hash
  ) {
    process.stdout.write('Build is up to date.\n');
    return;
  }
  process.stdout.write('Building the app (next build)…\n');
  execFileSync(
    process.execPath,
    [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'],
    {
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    },
  );
  fs.writeFileSync(stamp, hash);
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();
