import Link from 'next/link';
import { getI18n } from '@/lib/i18n';
import { requireUser } from '@/lib/auth/session';
import { listApiTokens } from '@/lib/kaipay/api-tokens';
import { TokenForm } from '@/components/kaipay/token-form';
import { createToken, revokeToken } from './actions';
import { formatWibStamp } from '@/lib/dates';

export const dynamic = 'force-dynamic';

export default async function TokenPage() {
  const user = await requireUser('/account/token');
  const { t } = await getI18n();
  const p = t.kaipay.tokensPage;
  const tokens = await listApiTokens(user.id);
  return (
    <div className="mx-auto grid max-w-xl gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">{p.title}</h1>
      <p className="text-slate-700">{p.lead}</p>
      <section className="card">
        <TokenForm
          action={createToken}
          errors={{ ...t.errors, ...t.kaipay.errors }}
          labels={{ name: p.name, create: p.create, creating: p.creating, created: p.created }}
        />
      </section>
      <section className="card">
        {tokens.length === 0 ? (
          <p>{p.none}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {tokens.map((tok) => (
              <li key={tok.id} className="flex items-center justify-between gap-3 py-2">
                <div className="min-w-0">
                  <p className="truncate font-medium">
                    {tok.name}{' '}
                    <span className="text-sm text-slate-600">{p.endsWith(tok.hint)}</span>
                  </p>
                  <p className="text-xs text-slate-600">
                    {p.lastUsed}: {tok.lastUsedAt ? formatWibStamp(tok.lastUsedAt) : p.never}
                  </p>
                </div>
                <form action={revokeToken}>
                  <input type="hidden" name="id" value={tok.id} />
                  <button
                    type="submit"
                    className="btn-secondary"
                    aria-label={`${p.revoke} ${tok.name}`}
                  >
                    {p.revoke}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Link href="/account" className="link">
        {p.backToAccount}
      </Link>
    </div>
  );
}
