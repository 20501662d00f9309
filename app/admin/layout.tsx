import { requireAdmin } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

/** Every admin page sits behind this check; pages and actions check again themselves. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireAdmin();
  return <div className="grid gap-6">{children}</div>;
}
