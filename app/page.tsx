import { getI18n } from '@/lib/i18n';
import { SearchForm } from '@/components/search/search-form';
import { searchFormData } from '@/lib/search/page-data';
import { currentUser } from '@/lib/auth/session';
import { walletSummary } from '@/lib/wallet/queries';
import { KaipayHomeCard } from '@/components/kaipay/home-card';
import { listOwnBookings } from '@/lib/booking/queries';
import { now } from '@/lib/clock';
import { UnpaidBooking } from '@/components/booking/unpaid-booking';

export const dynamic = 'force-dynamic';

type Search = Promise<Record<string, string | string[] | undefined>>;

/** The search form, pre-filled when coming back from results to change the search. */
export default async function HomePage({ searchParams }: { searchParams: Search }) {
  const values = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const { t, locale } = await getI18n();
  const form = await searchFormData();
  const user = await currentUser();
  const wallet = user ? await walletSummary(user.id) : null;
  // An unpaid booking is the one thing a passenger must not miss: it comes before a new search.
  const unpaid = user ? (await listOwnBookings(user.id)).awaiting : [];
  return (
    <div className="grid gap-6">
      <section aria-labelledby="home-heading" className="grid gap-2">
        <h1 id="home-heading" className="text-2xl font-bold text-kai-navy sm:text-3xl">
          {t.home.heading}
        </h1>
        <p className="text-slate-700">{t.home.lead}</p>
      </section>
      {unpaid.length > 0 && (
        <section aria-labelledby="unpaid-heading" className="grid gap-2">
          <h2 id="unpaid-heading" className="text-lg font-semibold">
            {t.booking.tickets.unpaidTitle}
          </h2>
          {unpaid.map((b) => (
            <UnpaidBooking key={b.code} t={t} locale={locale} booking={b} serverNow={now()} />
          ))}
        </section>
      )}
      <SearchForm t={t} {...form} values={values} />
      <KaipayHomeCard
        title={t.home.kaipayTitle}
        body={t.home.kaipayBody}
        balanceLabel={t.kaipay.balance}
        balance={wallet?.step === 'active' ? wallet.balance : undefined}
      />
    </div>
  );
}
