import { beforeEach, describe, expect, it, vi } from 'vitest';

const config = vi.hoisted(() => ({ APP_ENV: 'development' }));
vi.mock('@/lib/env', () => ({ env: () => config }));
vi.mock('@/lib/network/station-count', () => ({ stationCount: async () => 42 }));
vi.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('NOT_FOUND');
  },
}));

const { default: BenchBaselinePage } = await import('./page');

describe('the bench baseline page', () => {
  beforeEach(() => {
    config.APP_ENV = 'development';
  });

  it('is a 404 in production: it exists only for the benchmark', async () => {
    config.APP_ENV = 'production';
    await expect(BenchBaselinePage()).rejects.toThrow('NOT_FOUND');
  });

  it('renders its one database read elsewhere', async () => {
    expect(JSON.stringify(await BenchBaselinePage())).toContain('42');
  });
});
