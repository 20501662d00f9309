import { describe, expect, it } from 'vitest';
import {
  grossAmountRupiah,
  NotificationSchema,
  signatureValid,
  signNotification,
  statusRank,
} from './notification';

const KEY = 'server-key-for-tests-0123456789';
function notification(overrides: Record<string, unknown> = {}) {
  const base = {
    order_id: 'TOPUP-3935881234567890-0b0c6a52-5d52-4a0e-9b7e-2f1f3c4d5e6f',
    status_code: '200',
    gross_amount: '150000.00',
    transaction_status: 'settlement',
    transaction_id: '0b0c6a52-5d52-4a0e-9b7e-2f1f3c4d5e6f',
    payment_type: 'bank_transfer',
    va_numbers: [{ bank: 'bca', va_number: '3935881234567890' }],
    ...overrides,
  };
  return { ...base, signature_key: signNotification(base, KEY), ...overrides };
}

describe('notification signature', () => {
  it('accepts the SHA512 of order_id + status_code + gross_amount + server key', () => {
    expect(signatureValid(notification(), KEY)).toBe(true);
  });
  it('refuses another key, a changed amount, a changed status code, and junk', () => {
    expect(signatureValid(notification(), `${KEY}x`)).toBe(false);
    expect(signatureValid({ ...notification(), gross_amount: '1500000.00' }, KEY)).toBe(false);
    expect(signatureValid({ ...notification(), status_code: '201' }, KEY)).toBe(false);
    expect(signatureValid({ ...notification(), signature_key: 'abc' }, KEY)).toBe(false);
    expect(signatureValid(null, KEY)).toBe(false);
    expect(signatureValid('x', KEY)).toBe(false);
  });
});

describe('notification body', () => {
  it('parses a valid body and reads the amount as integer rupiah', () => {
    const parsed = NotificationSchema.parse(notification());
    expect(grossAmountRupiah(parsed.gross_amount)).toBe(150000);
  });
  it('refuses cents, unknown statuses, and a body naming both a VA and a payment code', () => {
    expect(NotificationSchema.safeParse(notification({ gross_amount: '150000.50' })).success).toBe(
      false,
    );
    expect(
      NotificationSchema.safeParse(notification({ transaction_status: 'refund' })).success,
    ).toBe(false);
    expect(
      NotificationSchema.safeParse(notification({ payment_code: '88011234567890' })).success,
    ).toBe(false);
  });
  it('ranks statuses so they only move forward', () => {
    expect(statusRank('pending')).toBeLessThan(statusRank('settlement'));
    expect(statusRank('settlement')).toBe(statusRank('expire'));
  });
});
