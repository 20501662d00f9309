import { notFound } from 'next/navigation';
import { sandboxEnabled } from '@/lib/notify/inbox';

export const dynamic = 'force-dynamic';

/** The sandbox (phone inbox, sandbox bank) exists only while it is on (lib/sandbox.ts). */
export default function SandboxLayout({ children }: { children: React.ReactNode }) {
  if (!sandboxEnabled()) notFound();
  return <>{children}</>;
}
