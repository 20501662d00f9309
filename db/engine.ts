/** Which database the process runs on: PostgreSQL when DATABASE_URL names one, else SQLite. */
export type Engine = 'sqlite' | 'pg';

export function engine(): Engine {
  return /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '') ? 'pg' : 'sqlite';
}
