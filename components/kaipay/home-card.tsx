import Link from 'next/link';
import { formatRupiah } from '@/lib/money';

type Props = { title: string; body: string; balanceLabel?: string; balance?: number };

/** The KAIPay icon on the home page, as in the app: the balance once active, else what KAIPay is. */
export function KaipayHomeCard({ title, body, balanceLabel, balance }: Props) {
  return (
    <Link
      href="/kaipay"
      className="card flex items-center gap-4 hover:border-kai-navy"
      data-testid="home-kaipay"
    >
      <span
        aria-hidden="true"
        className="grid size-12 shrink-0 place-items-center rounded-2xl bg-kai-orange text-sm font-extrabold tracking-tight text-white"
      >
        KAI
        <br />
        Pay
      </span>
      <span className="min-w-0">
        <span className="block font-semibold text-kai-navy">{title}</span>
        {balance === undefined ? (
          <span className="block text-sm text-slate-700">{body}</span>
        ) : (
          <span className="block text-sm text-slate-700">
            {balanceLabel}: <strong className="text-slate-900">{formatRupiah(balance)}</strong>
          </span>
        )}
      </span>
    </Link>
  );
}
