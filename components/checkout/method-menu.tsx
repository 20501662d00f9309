import Link from 'next/link';
import { formatRupiah } from '@/lib/money';
import type { Messages } from '@/lib/i18n';
import type { KaipayOption } from '@/lib/checkout/view';
import { RETAIL_FORMATS, RETAIL_OUTLETS, VA_BANKS, VA_FORMATS } from '@/lib/payments/banks';

type Props = { t: Messages; code: string; selected?: string; kaipay: KaipayOption };

/**
 * The payment method menu: KAIPay first, as the source article says ("KAIPay akan muncul menjadi
 * salah satu opsi pada menu metode pembayaran"), with its balance; then Virtual Account per bank,
 * then retail outlets.
 */
export function MethodMenu({ t, code, selected, kaipay }: Props) {
  const c = t.checkout;
  const href = (m: string) => `/checkout/${code}?method=${m}`;
  const tile = (m: string) =>
    `card flex min-h-12 items-center justify-between gap-2 hover:border-kai-navy ${m === selected ? 'border-kai-navy bg-sky-50' : ''}`;
  const here = `/checkout/${code}`;
  return (
    <nav aria-labelledby="methods-heading" className="grid gap-3">
      <h2 id="methods-heading" className="text-lg font-semibold">
        {c.methods}
      </h2>
      <div className="grid gap-2" data-testid="method-kaipay">
        <Link
          href={href('kaipay')}
          className={tile('kaipay')}
          aria-current={selected === 'kaipay' ? 'true' : undefined}
        >
          <span className="font-semibold text-kai-navy">{c.kaipay}</span>
          {kaipay.state !== 'inactive' && (
            <span className="text-sm">
              {c.balance}{' '}
              <strong data-testid="checkout-balance">{formatRupiah(kaipay.balance)}</strong>
            </span>
          )}
        </Link>
        {kaipay.state === 'inactive' && (
          <p className="text-sm">
            {c.notActive}{' '}
            <Link className="link" href={`/kaipay/aktivasi?next=${encodeURIComponent(here)}`}>
              {c.activate}
            </Link>
          </p>
        )}
        {kaipay.state === 'short' && (
          <p className="text-sm" data-testid="kaipay-shortfall">
            {c.shortfall(formatRupiah(kaipay.shortfall))}{' '}
            <Link className="link" href="/kaipay/isi-saldo" target="_blank">
              {c.topUp}
            </Link>{' '}
            · {c.topUpHint}{' '}
            <Link className="link" href={href('kaipay')}>
              {c.refresh}
            </Link>
          </p>
        )}
        {kaipay.state === 'locked' && <p className="text-sm text-red-700">{c.locked}</p>}
      </div>
      <h3 className="font-semibold">{c.va}</h3>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        {VA_BANKS.map((b) => (
          <li key={b}>
            <Link
              href={href(b)}
              className={tile(b)}
              aria-current={selected === b ? 'true' : undefined}
            >
              {VA_FORMATS[b].name}
            </Link>
          </li>
        ))}
      </ul>
      <h3 className="font-semibold">{c.retail}</h3>
      <ul className="grid grid-cols-2 gap-2">
        {RETAIL_OUTLETS.map((b) => (
          <li key={b}>
            <Link
              href={href(b)}
              className={tile(b)}
              aria-current={selected === b ? 'true' : undefined}
            >
              {RETAIL_FORMATS[b].name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
