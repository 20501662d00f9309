import Link from 'next/link';
import type { Messages } from '@/lib/i18n';
import type { KaipayOption } from '@/lib/checkout/view';
import { formatRupiah } from '@/lib/money';
import { PinPad } from '@/components/checkout/pin-pad';
import { payBookingWithKaipay } from './actions';
import { pinPadLabels } from '@/components/checkout/pin-pad-labels';

type Props = {
  t: Messages;
  code: string;
  kaipay: KaipayOption;
  total: number;
  bar: { totalLabel: string; total: string; note?: string };
};

/** KAIPay's next step under its tile: the PIN pad, or why KAIPay cannot pay yet. */
export function KaipayPanel({ t, code, kaipay, total, bar }: Props) {
  const c = t.checkout;
  if (kaipay.state !== 'ready')
    return (
      <h3 id="kaipay-panel-heading" className="text-sm font-medium">
        {c.flow.kaipayNotReady}
      </h3>
    );
  return (
    <div className="grid gap-3">
      <span id="kaipay-panel-heading" className="sr-only">
        {c.pinTitle}
      </span>
      <PinPad
        action={payBookingWithKaipay}
        hidden={{ code }}
        amount={formatRupiah(total)}
        errors={{ ...c.errors, generic: t.errors.generic }}
        bar={bar}
        labels={pinPadLabels(c, c.amount)}
      />
      <Link
        href={`/kaipay/pin/lupa?next=${encodeURIComponent(`/checkout/${code}?method=kaipay`)}`}
        className="link text-sm"
      >
        {c.forgotPin}
      </Link>
    </div>
  );
}
