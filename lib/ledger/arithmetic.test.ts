import { describe, expect, it } from 'vitest';
import { applyToWallet, countsAsIncoming, entriesProblem, transferAmount } from './arithmetic';

const wallet = {
  balance: 500_000,
  maxBalance: 2_000_000,
  monthKey: '2026-11',
  monthIn: 19_000_000,
  monthlyInLimit: 20_000_000,
};

describe('transfer entries', () => {
  it('accept balanced integer entries and measure the transfer by its positive side', () => {
    const entries = [
      { accountId: 1, amount: -150_000 },
      { accountId: 2, amount: 100_000 },
      { accountId: 3, amount: 50_000 },
    ];
    expect(entriesProblem(entries)).toBeNull();
    expect(transferAmount(entries)).toBe(150_000);
  });
  it('refuse unbalanced, fractional, zero, single and repeated-account entries', () => {
    expect(
      entriesProblem([
        { accountId: 1, amount: -100 },
        { accountId: 2, amount: 99 },
      ]),
    ).toBe('unbalanced');
    expect(
      entriesProblem([
        { accountId: 1, amount: -0.5 },
        { accountId: 2, amount: 0.5 },
      ]),
    ).toBe('amount_not_integer');
    expect(
      entriesProblem([
        { accountId: 1, amount: 0 },
        { accountId: 2, amount: 0 },
      ]),
    ).toBe('amount_not_integer');
    expect(entriesProblem([{ accountId: 1, amount: 0 }])).toBe('too_few_entries');
    expect(
      entriesProblem([
        { accountId: 1, amount: -5 },
        { accountId: 1, amount: 5 },
      ]),
    ).toBe('account_repeated');
  });
});

describe('wallet arithmetic', () => {
  it('never goes below zero', () => {
    expect(applyToWallet(wallet, -500_000, 'payment', '2026-11')).toMatchObject({
      ok: true,
      balance: 0,
    });
    expect(applyToWallet(wallet, -500_001, 'payment', '2026-11')).toEqual({
      ok: false,
      code: 'insufficient_balance',
    });
  });
  it('never goes above the tier maximum', () => {
    expect(applyToWallet({ ...wallet, monthIn: 0 }, 1_500_000, 'topup', '2026-11')).toMatchObject({
      ok: true,
      balance: 2_000_000,
    });
    expect(applyToWallet({ ...wallet, monthIn: 0 }, 1_500_001, 'topup', '2026-11')).toEqual({
      ok: false,
      code: 'over_max_balance',
    });
  });
  it('keeps incoming money within the monthly limit, and a new month starts from zero', () => {
    expect(applyToWallet(wallet, 1_000_000, 'topup', '2026-11')).toMatchObject({
      ok: true,
      monthIn: 20_000_000,
    });
    expect(applyToWallet(wallet, 1_000_001, 'topup', '2026-11')).toEqual({
      ok: false,
      code: 'over_monthly_limit',
    });
    expect(applyToWallet(wallet, 1_000_001, 'topup', '2026-12')).toMatchObject({
      ok: true,
      monthKey: '2026-12',
      monthIn: 1_000_001,
    });
  });
  it('does not count refunds or payments as incoming', () => {
    expect(countsAsIncoming('refund', 100)).toBe(false);
    expect(countsAsIncoming('topup', 100)).toBe(true);
    expect(applyToWallet(wallet, 1_200_000, 'refund', '2026-11')).toMatchObject({
      ok: true,
      monthIn: 19_000_000,
    });
  });
});
