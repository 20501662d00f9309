import type { Metadata, Viewport } from 'next';
import { getI18n } from '@/lib/i18n';
import { SiteHeader } from './site-header';
import { sandboxInProduction } from '@/lib/sandbox';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return {
    title: { default: t.meta.title, template: `%s · ${t.meta.title}` },
    description: t.meta.description,
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1b2a6b' };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale, t } = await getI18n();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        {sandboxInProduction() && (
          // Loud on purpose: a production server with the sandbox on hands out money and OTPs.
          <p
            data-testid="sandbox-banner"
            className="bg-red-700 px-4 py-2 text-center text-sm font-semibold text-white"
          >
            {t.kaipay.inbox.productionBanner}
          </p>
        )}
        <SiteHeader />
        <main id="main" className="mx-auto max-w-5xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
