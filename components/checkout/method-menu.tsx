import Link from 'next/link';
import { formatRupiah } from '@/lib/money';
import type { Messages } from '@/lib/i18n';
import type { KaipayOption } from '@/lib/checkout/view';
import { RETAIL_FORMATS, RETAIL_OUTLETS, VA_BANKS, VA_FORMATS } from '@/lib/payments/banks';

type Props = {
  t: Messages;
  code: string;
  selected?: string;
  kaipay: KaipayOption;
  /** Creates the booking's VA or retail code for the posted `method`, then shows it. */
  choose: (form: FormData) => void | Promise<void>;
  /** The chosen method's next step, opened right under its tile. */
  panel?: React.ReactNode;
};

const tile = (open: boolean) =>
  `flex min-h-12 w-full items-center justify-between gap-2 border bg-white px-4 py-3 text-left hover:border-kai-navy focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-kai-navy ${
    open ? 'rounded-t-xl border-kai-navy bg-sky-50' : 'rounded-xl border-slate-300'
  }`;

/**
 * The payment method menu: KAIPay first, as the source article says ("KAIPay akan muncul menjadi
 * salah satu opsi pada menu metode pembayaran"), with its balance; then Virtual Account per bank,
 * then retail outlets. A list, one method per row, so the chosen one opens in place (a phone shows
 * the PIN pad where the thumb was, not three screens down). KAIPay is a link (choosing it writes
 * nothing); a bank or outlet is a form post, since choosing one creates a payment number.
 */
export function MethodMenu({ t, code, selected, kaipay, choose, panel }: Props) {
  const c = t.checkout;
  const bankRow = (m: string, name: string) => (
    <li key={m}>
      <form action={choose}>
        <input type="hidden" name="code" value={code} />
        <button
          type="submit"
          name="method"
          value={m}
          className={tile(m === selected)}
          aria-expanded={m === selected}
          aria-controls={m === selected ? 'pay-panel' : undefined}
        >
          <span className="font-semibold">{name}</span>
          <span aria-hidden="true">{m === selected ? '▾' : '›'}</span>
        </button>
      </form>
      {m === selected && panel}
    </li>
  );
  return (
    <nav aria-labelledby="methods-heading" className="grid gap-3">
      <h2 id="methods-heading" className="scroll-mt-4 text-lg font-semibold">
        {c.methods}
      </h2>
      <div className="grid gap-2" data-testid="method-kaipay">
        <Link
          href={`/checkout/${code}?method=kaipay#pay-panel`}
          className={tile(selected === 'kaipay')}
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
        {selected === 'kaipay' && panel}
        {kaipay.state === 'inactive' && (
          <p className="text-sm">
            {c.notActive}{' '}
            <Link
              className="link"
              href={`/kaipay/aktivasi?next=${encodeURIComponent(`/checkout/${code}`)}`}
            >
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
            <Link className="link" href={`/checkout/${code}?method=kaipay#pay-panel`}>
              {c.refresh}
            </Link>
          </p>
        )}
        {kaipay.state === 'locked' && <p className="text-sm text-red-700">{c.locked}</p>}
      </div>
      <h3 className="font-semibold">{c.va}</h3>
      <ul className="grid gap-2">{VA_BANKS.map((b) => bankRow(b, VA_FORMATS[b].name))}</ul>
      <h3 className="font-semibold">{c.retail}</h3>
      <ul className="grid gap-2">
        {RETAIL_OUTLETS.map((b) => bankRow(b, RETAIL_FORMATS[b].name))}
      </ul>
    </nav>
  );
}
