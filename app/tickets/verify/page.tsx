import { getI18n } from '@/lib/i18n';
import { requireStaff } from '@/lib/auth/session';
import { ticketPublicKey } from '@/lib/tickets/keys';
import { VerifyForm } from './verify-form';
import { checkTicket } from './actions';

export const dynamic = 'force-dynamic';

/**
 * Gate check for gate staff (`petugas`) and admins (anyone else: 404): paste a scanned QR payload;
 * also shows the public key gates use offline.
 */
export default async function VerifyTicketPage() {
  await requireStaff();
  const { t } = await getI18n();
  const k = t.checkout.tickets;
  return (
    <div className="mx-auto grid max-w-2xl gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">{k.verifyTitle}</h1>
      <p className="text-slate-700">{k.verifyLead}</p>
      <section className="card">
        <VerifyForm
          action={checkTicket}
          labels={{
            payload: k.payload,
            verify: k.verify,
            verifying: k.verifying,
            valid: k.valid,
            refusals: {
              bad_signature: k.invalid,
              void: k.voided,
              cancelled: k.cancelledTicket,
              revoked: k.revokedTicket,
              not_yet_valid: k.notYetValid,
              expired: k.expiredTicket,
              // Only a gate told which trip it boards (or with an old list) refuses for these.
              revocation_list_stale: k.invalid,
              wrong_date: k.expiredTicket,
              wrong_train: k.invalid,
              wrong_station: k.invalid,
            },
            passenger: k.passenger,
            seat: k.seat,
            train: k.train,
          }}
        />
      </section>
      <section className="card grid gap-1 text-sm">
        <h2 className="font-semibold">{k.publicKey}</h2>
        <code className="break-all text-xs">{ticketPublicKey()}</code>
      </section>
    </div>
  );
}
