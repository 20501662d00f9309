import fs from 'node:fs';
import path from 'node:path';

/** Every page route of the app, from its page.tsx files (route groups dropped), sorted. */
export function pageRoutes(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'page.tsx') found.push(path.relative('app', dir));
    }
  };
  walk('app');
  return found
    .map(
      (r) =>
        '/' +
        r
          .split(path.sep)
          .filter((s) => !/^\(.*\)$/.test(s))
          .join('/'),
    )
    .map((r) => (r === '/' ? r : r.replace(/\/$/, '')))
    .sort();
}
