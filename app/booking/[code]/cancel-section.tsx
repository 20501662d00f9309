import { formatRupiah } from '@/lib/money';
import type { Messages } from '@/lib/i18n';
import { SubmitButton } from '@/components/ui/submit-button';
import { cancelMyBooking } from './actions';

type Props = {
  t: Messages;
  code: string;
  quote: { ticketPrice: number; fee: number; refund: number };
};

/**
 * Cancellation as a secondary action: folded behind "Batalkan pemesanan", it opens on the fee and the
 * refund (25% kept, the rest back to KAIPay) and asks for a confirmation before the red button.
 */
export function CancelSection({ t, code, quote }: Props) {
  const c = t.checkout.cancel;
  const j = t.checkout.journey;
  return (
    <details className="card group" data-testid="cancel-section">
      <summary className="btn-secondary cursor-pointer list-none border-red-700 text-red-800 [&::-webkit-details-marker]:hidden">
        {j.cancelOpen}
      </summary>
      <section className="mt-4 grid gap-3" aria-labelledby="cancel-heading">
        <h2 id="cancel-heading" className="sr-only">
          {c.title}
        </h2>
        <p className="text-sm text-slate-700">{c.lead}</p>
        <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
          <dt>{c.ticketPrice}</dt>
          <dd className="text-right">{formatRupiah(quote.ticketPrice)}</dd>
          <dt>{c.fee}</dt>
          <dd className="text-right" data-testid="cancel-fee">
            -{formatRupiah(quote.fee)}
          </dd>
          <dt className="font-semibold">{c.refund}</dt>
          <dd className="text-right font-semibold" data-testid="cancel-refund">
            {formatRupiah(quote.refund)}
          </dd>
        </dl>
        <form action={cancelMyBooking} className="grid gap-3">
          <input type="hidden" name="code" value={code} />
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="confirm" value="yes" required className="mt-1 size-4" />
            <span>{c.confirm}</span>
          </label>
          <SubmitButton
            label={c.submit}
            busyLabel={c.busy}
            className="w-full bg-red-700 hover:bg-red-800 sm:w-auto sm:justify-self-start"
          />
        </form>
      </section>
    </details>
  );
}
