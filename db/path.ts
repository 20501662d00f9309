/** Where the SQLite file lives unless DATABASE_PATH says otherwise (lib/env.ts reads the same). */
export const DEFAULT_DATABASE_PATH = 'data/kai.db';
