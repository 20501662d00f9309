import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getI18n } from '@/lib/i18n';
import { requireAdmin } from '@/lib/auth/session';
import { passengerDetail } from '@/lib/admin/passengers';
import { formatWibDateTime } from '@/lib/dates';
import { formatRupiah } from '@/lib/money';
import { ActionForm } from '@/components/admin/action-form';
import { CardSection } from '@/components/admin/card-section';
import {
  endPassengerSessions,
  freezePassengerWallet,
  grantGateStaff,
  revokeGateStaff,
  unfreezePassengerWallet,
  unlockPassengerPin,
} from '../actions';

type Params = Promise<{ id: string }>;

/** One account for an officer: identity (masked), KAIPay, bookings; freeze, unlock, sessions, role. */
export default async function AdminPassengerPage({ params }: { params: Params }) {
  await requireAdmin();
  const id = Number((await params).id);
  const u = Number.isSafeInteger(id) && id > 0 ? await passengerDetail(id) : null;
  if (!u) notFound();
  const { t, locale } = await getI18n();
  const m = t.adminMoney;
  const p = m.passengers;
  const errors = { ...t.admin.errors, ...m.errors };
  const reauth = { label: t.admin.common.adminPassword, hint: t.admin.common.adminPasswordHint };
  const w = u.wallet;
  const form = (
    key: string,
    action: Parameters<typeof ActionForm>[0]['action'],
    label: string,
    opts: { reauth?: boolean; reason?: boolean; danger?: boolean } = {},
  ) => (
    <div key={key} className="grid gap-2 border-t border-slate-100 pt-3">
      <h3 id={`h-${key}`} className="font-semibold">
        {label}
      </h3>
      <ActionForm
        action={action}
        labelledBy={`h-${key}`}
        errors={errors}
        reauth={opts.reauth ? reauth : undefined}
        submit={{ label, busy: p.working, danger: opts.danger }}
        fields={[
          { name: 'userId', label: 'id', type: 'hidden', defaultValue: String(u.id) },
          ...(opts.reason === false
            ? []
            : [{ name: `reason`, label: m.bookings.reason, required: true }]),
        ]}
      />
    </div>
  );
  return (
    <>
      <p>
        <Link href="/admin/penumpang" className="link">
          ← {p.title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-kai-navy">{u.name}</h1>
      <section className="card grid gap-2 text-sm sm:grid-cols-2" aria-label={u.name}>
        <p>
          {p.email}: {u.email}
        </p>
        <p>
          {p.phone}: {u.phone}
        </p>
        <p>
          {p.nik}: <span className="font-mono">{u.nik}</span>
        </p>
        <p>
          {p.birthDate}: {u.birthDate}
        </p>
        <p>
          {p.role}: <strong data-testid="passenger-role">{m.role[u.role]}</strong>
        </p>
      </section>

      <CardSection id="passenger-wallet" title={p.wallet}>
        {!w ? (
          <p className="text-sm">{p.noWallet}</p>
        ) : (
          <dl className="grid gap-1 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-slate-600">{p.balance}</dt>
              <dd>
                {formatRupiah(w.balance)} / {formatRupiah(w.maxBalance)} · {w.step} · {p.tier}{' '}
                {w.tier}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{p.monthIn}</dt>
              <dd>
                {formatRupiah(w.monthIn)} / {formatRupiah(w.monthlyInLimit)}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{p.pin}</dt>
              <dd>
                {w.pinLocked ? p.pinLocked : w.pinFailures ? p.pinFailures(w.pinFailures) : p.pinOk}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{m.bookings.status}</dt>
              <dd data-testid="wallet-frozen">{w.frozen ? p.frozen : p.walletFilter.active}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{p.kyc}</dt>
              <dd>
                {u.kyc?.status ?? '—'} ·{' '}
                <Link href="/admin/kaipay" className="link">
                  {p.kycQueue}
                </Link>
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{p.ledger}</dt>
              <dd>
                <Link href={`/admin/penumpang/${u.id}/buku-besar`} className="link">
                  {p.openLedger}
                </Link>
              </dd>
            </div>
          </dl>
        )}
      </CardSection>

      <CardSection id="passenger-bookings" title={p.bookings}>
        {u.bookings.length === 0 ? (
          <p className="text-sm">{m.bookings.none}</p>
        ) : (
          <ul className="grid gap-1 text-sm">
            {u.bookings.map((b) => (
              <li key={b.code}>
                <Link href={`/admin/pemesanan/${b.code}`} className="link font-mono">
                  {b.code}
                </Link>{' '}
                · {b.train} · {formatWibDateTime(b.departsAt, locale)} · {formatRupiah(b.total)} ·{' '}
                {m.status[b.status] ?? b.status}
              </li>
            ))}
          </ul>
        )}
      </CardSection>

      <section className="card grid gap-3" aria-labelledby="passenger-actions">
        <h2 id="passenger-actions" className="text-lg font-semibold">
          {p.actions}
        </h2>
        {w && <p className="text-sm">{p.freezeLead}</p>}
        {w &&
          (w.frozen
            ? form('unfreeze', unfreezePassengerWallet, p.unfreeze, { reauth: true })
            : form('freeze', freezePassengerWallet, p.freeze, { reauth: true, danger: true }))}
        {w && (w.pinLocked || w.pinFailures > 0) && form('unlock', unlockPassengerPin, p.unlockPin)}
        <p className="text-sm">{p.endSessionsLead}</p>
        {form('sessions', endPassengerSessions, p.endSessions)}
        {u.role !== 'admin' && (
          <>
            <p className="text-sm">{p.staffLead}</p>
            {u.role === 'petugas'
              ? form('revoke', revokeGateStaff, p.revoke, { reauth: true, reason: false })
              : form('grant', grantGateStaff, p.grant, { reauth: true, reason: false })}
          </>
        )}
      </section>
    </>
  );
}
