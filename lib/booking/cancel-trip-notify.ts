import 'server-only';
import { log } from '@/lib/log';
import { formatRupiah } from '@/lib/money';
import { sendMessage } from '@/lib/notify/sender';

/** What one passenger is told after their trip was cancelled. */
export type TripNotice =
  | { kind: 'hold_released'; phone: string; code: string; label: string }
  | {
      kind: 'refunded';
      phone: string;
      code: string;
      label: string;
      amount: number;
      to: 'kaipay' | 'bank';
    };

/** The message text (Indonesian, as every passenger message). */
export function tripNoticeBody(n: TripNotice): string {
  if (n.kind === 'hold_released')
    return `Perjalanan ${n.label} dibatalkan oleh KAI. Pemesanan ${n.code} yang belum dibayar dilepas; tidak ada biaya.`;
  const where =
    n.to === 'kaipay'
      ? 'ke saldo KAIPay Anda'
      : 'lewat transfer bank oleh petugas KAI Access (diproses)';
  return `Perjalanan ${n.label} dibatalkan oleh KAI. Pemesanan ${n.code} dikembalikan penuh ${formatRupiah(n.amount)} ${where}. Mohon maaf atas ketidaknyamanannya.`;
}

/**
 * Tells each passenger, after the cancellation committed. One failed delivery does not stop the
 * others (the money has already moved; the message is the courtesy).
 */
export async function notifyTripCancelled(notices: readonly TripNotice[]): Promise<void> {
  for (const n of notices) {
    try {
      await sendMessage({ phone: n.phone, body: tripNoticeBody(n) });
    } catch (error) {
      log.error('trip.notice_failed', {
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
}
