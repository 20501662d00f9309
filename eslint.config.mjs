import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'node_modules/**',
      'data/**',
      'db/migrations/**',
      'db/pg/migrations/**',
      'test-results/**',
      'test-results-*/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  {
    // Database work is asynchronous on both engines: a call whose promise is dropped would run
    // outside its transaction or after the response. Type-aware rules catch a missing await.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/await-thenable': 'error',
      'no-restricted-syntax': [
        'error',
        {
          // SQLite-only terminators: on PostgreSQL the same chain is awaited instead.
          selector:
            'CallExpression[arguments.length=0] > MemberExpression.callee[property.name=/^(all|get|run)$/]',
          message:
            'Await the query instead (`.all()`, `.get()`, `.run()` exist on SQLite only); for raw SQL use rows()/row()/execute() from @/db.',
        },
      ],
    },
  },
  {
    // The SQLite opener and the schema introspection speak to better-sqlite3 itself, on purpose.
    files: ['db/sqlite/**', 'db/schema-introspection.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
];

export default config;
