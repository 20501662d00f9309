import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps same-site paths with their query', () => {
    expect(safeNext('/checkout/ABC1234?method=kaipay')).toBe('/checkout/ABC1234?method=kaipay');
    expect(safeNext('/')).toBe('/');
  });
  it('refuses anything that could leave the site', () => {
    for (const bad of [
      'https://evil.com',
      '//evil.com',
      '/\\evil.com',
      '/\t/evil.com',
      '/\n/evil.com',
      'evil.com',
      'javascript:alert(1)',
    ]) {
      expect(safeNext(bad)).toBe('/');
    }
  });
});
