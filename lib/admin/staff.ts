import 'server-only';
import { and, eq, isNotNull, isNull, ne } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '@/db/schema';
import { refuser, transact, type Tx } from '@/lib/transaction';
import { recordAudit } from './audit';

export const StaffSchema = z.object({ userId: z.coerce.number().int().positive() });

export type StaffRefusal = 'user_not_found' | 'already_staff' | 'not_staff' | 'is_admin';
type Result = { ok: true } | { ok: false; code: StaffRefusal };
const refuse = refuser<StaffRefusal>();

async function load(tx: Tx, userId: number) {
  const [u] = await tx
    .select({ id: users.id, role: users.role, staffRole: users.staffRole })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return u;
}

/**
 * Makes a user gate staff (`petugas`): from their next request they may open the ticket check and
 * the revocation list, nothing else of the back office. An admin already can; granting to one is
 * refused so the role list stays honest. Audited in the same transaction.
 */
export async function grantPetugas(actorUserId: number, userId: number): Promise<Result> {
  return transact<Result>(async (tx) => {
    const u = await load(tx, userId);
    if (!u) return refuse('user_not_found');
    if (u.role === 'admin') return refuse('is_admin');
    const moved = await tx
      .update(users)
      .set({ staffRole: 'petugas' })
      .where(and(eq(users.id, userId), isNull(users.staffRole), ne(users.role, 'admin')))
      .returning({ id: users.id });
    if (moved.length !== 1) return refuse('already_staff');
    await recordAudit(tx, {
      actorUserId,
      action: 'role.grant',
      subject: `user:${userId}`,
      before: { role: u.role, staffRole: null },
      after: { role: u.role, staffRole: 'petugas' },
    });
    return { ok: true };
  });
}

/** Takes the gate staff role away; effective on the user's next request (the role is read each time). */
export async function revokePetugas(actorUserId: number, userId: number): Promise<Result> {
  return transact<Result>(async (tx) => {
    const u = await load(tx, userId);
    if (!u) return refuse('user_not_found');
    const moved = await tx
      .update(users)
      .set({ staffRole: null })
      .where(and(eq(users.id, userId), isNotNull(users.staffRole)))
      .returning({ id: users.id });
    if (moved.length !== 1) return refuse('not_staff');
    await recordAudit(tx, {
      actorUserId,
      action: 'role.revoke',
      subject: `user:${userId}`,
      before: { role: u.role, staffRole: u.staffRole },
      after: { role: u.role, staffRole: null },
    });
    return { ok: true };
  });
}
