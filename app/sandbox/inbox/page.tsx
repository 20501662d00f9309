import { getI18n } from '@/lib/i18n';
import { normalizePhone } from '@/lib/identity/phone';
import { inboxOf } from '@/lib/notify/inbox';
import { SENDER_NAME } from '@/lib/notify/channels';
import { ChatThread } from '@/components/kaipay/chat-thread';

export const dynamic = 'force-dynamic';

/**
 * The sandbox phone: messages sent to one number, read like a chat, so a person or a test can read
 * an OTP. Open to anyone on purpose (it stands in for the phone itself), so it is gone when the
 * sandbox is off (SANDBOX=off, and by default with APP_ENV=production).
 */
export default async function SandboxInboxPage({
  searchParams,
}: {
  searchParams: Promise<{ phone?: string }>;
}) {
  const { t } = await getI18n();
  const p = t.kaipay.inbox;
  const typed = (await searchParams).phone ?? '';
  const phone = typed ? normalizePhone(typed) : null;
  return (
    <div className="mx-auto grid max-w-md gap-4">
      <h1 className="text-2xl font-bold text-kai-navy">{p.title}</h1>
      <p className="text-slate-700">{p.lead}</p>
      <form method="get" className="flex items-end gap-2">
        <div className="grid flex-1 gap-1">
          <label htmlFor="phone" className="text-sm font-medium">
            {p.phone}
          </label>
          <input
            id="phone"
            name="phone"
            type="tel"
            defaultValue={typed}
            placeholder="0812 3456 7890"
            className="input"
            required
            aria-invalid={typed && !phone ? true : undefined}
            aria-describedby={typed && !phone ? 'phone-error' : undefined}
          />
        </div>
        <button type="submit" className="btn-primary">
          {typed && phone ? p.refresh : p.show}
        </button>
      </form>
      {typed && !phone && (
        <p id="phone-error" role="alert" className="text-sm text-red-700">
          {t.errors.phone_invalid}
        </p>
      )}
      {phone && (
        <ChatThread
          sender={SENDER_NAME}
          messages={await inboxOf(phone)}
          labels={{ verified: p.verified, channels: p.channels, empty: p.empty }}
        />
      )}
    </div>
  );
}
