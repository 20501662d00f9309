import { describe, expect, it } from 'vitest';
import { formatRupiah, parseRupiah, RupiahSchema } from './money';

describe('money', () => {
  it('formats integer rupiah with dots', () => {
    expect(formatRupiah(150000)).toBe('Rp 150.000');
    expect(formatRupiah(0)).toBe('Rp 0');
    expect(formatRupiah(1_500_000)).toBe('Rp 1.500.000');
    expect(formatRupiah(-25000)).toBe('-Rp 25.000');
  });
  it('refuses fractions', () => {
    expect(() => formatRupiah(10.5)).toThrow();
  });
  it('parses what people type and refuses decimals', () => {
    expect(parseRupiah('Rp 150.000')).toBe(150000);
    expect(parseRupiah('150000')).toBe(150000);
    expect(parseRupiah('150.00')).toBeNull();
    expect(parseRupiah('15,5')).toBeNull();
  });
  it('reads a typed amount as positive integer rupiah, refusing what is not one', () => {
    expect(RupiahSchema.parse('Rp 150.000')).toBe(150000);
    for (const bad of ['0', '-5000', '10.5', '1e309', 'NaN', '', '1'.repeat(30), '1000000000000'])
      expect(RupiahSchema.safeParse(bad).success, bad).toBe(false);
  });
});
