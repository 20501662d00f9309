import { describe, expect, it } from 'vitest';
import { clientAllowed, compareVersions, parseClientVersion } from './client-version';

describe('client versions', () => {
  it('parse "4.7.4 (104)", "4.7.4+104", "4.7.4 build 104" and a bare "4.7.4"', () => {
    const v = { major: 4, minor: 7, patch: 4, build: 104 };
    expect(parseClientVersion('4.7.4 (104)')).toEqual(v);
    expect(parseClientVersion('4.7.4+104')).toEqual(v);
    expect(parseClientVersion('4.7.4 build 104')).toEqual(v);
    expect(parseClientVersion('4.7.4')).toEqual({ ...v, build: 0 });
    for (const bad of ['', 'v4.7.4', '4.7', '4.7.4 (abc)', '4.7.4-104', null])
      expect(parseClientVersion(bad)).toBeNull();
  });
  it('compare numerically, not as text', () => {
    expect(
      compareVersions(parseClientVersion('4.10.0')!, parseClientVersion('4.9.9 (999)')!),
    ).toBeGreaterThan(0);
  });
  it('allow 4.7.4 build 104 and newer only', () => {
    const min = '4.7.4 (104)';
    expect(clientAllowed('4.7.4 (104)', min)).toBe(true);
    expect(clientAllowed('4.7.4+105', min)).toBe(true);
    expect(clientAllowed('4.8.0', min)).toBe(true);
    expect(clientAllowed('4.7.4 (103)', min)).toBe(false);
    expect(clientAllowed('4.7.3 (999)', min)).toBe(false);
    expect(clientAllowed(null, min)).toBe(false);
    expect(clientAllowed('rubbish', min)).toBe(false);
  });
});
