import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDb, getDb } from '@/db';
import { resetEnvCache } from '@/lib/env';
import { resetClock } from '@/lib/clock';

/**
 * Points the process-wide database at a new temporary file (migrated on open) and returns a
 * cleanup function. Integration tests call it in beforeEach so each case starts empty.
 */
export function openTempDb(): { dir: string; file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kai-test-'));
  const file = path.join(dir, 'kai.db');
  closeDb();
  process.env.DATABASE_PATH = file;
  process.env.DATA_DIR = dir;
  resetEnvCache();
  resetClock();
  getDb();
  return {
    dir,
    file,
    cleanup: () => {
      closeDb();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
