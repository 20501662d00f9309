import type { InboxMessage } from '@/lib/notify/inbox';

const TIME = new Intl.DateTimeFormat('id-ID', {
  timeZone: 'Asia/Jakarta',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

/** A verified tick, as WhatsApp shows next to an official business account. */
function VerifiedTick({ label }: { label: string }) {
  return (
    <svg role="img" aria-label={label} viewBox="0 0 24 24" className="size-5 shrink-0">
      <title>{label}</title>
      <circle cx="12" cy="12" r="11" fill="#16a34a" />
      <path
        d="M7 12.5l3.2 3.2L17 9"
        fill="none"
        stroke="white"
        strokeWidth="2.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

type Props = {
  sender: string;
  messages: InboxMessage[];
  labels: { verified: string; channels: Record<InboxMessage['channel'], string>; empty: string };
};

/** Messages from one sender to the phone, as a chat. */
export function ChatThread({ sender, messages, labels }: Props) {
  return (
    <section
      aria-label={sender}
      className="overflow-hidden rounded-xl border border-slate-200 bg-[#efeae2]"
    >
      <header className="flex items-center gap-3 bg-emerald-800 px-4 py-3 text-white">
        <span
          aria-hidden="true"
          className="grid size-10 place-items-center rounded-full bg-white font-bold text-emerald-800"
        >
          K
        </span>
        <span className="flex items-center gap-1 font-semibold" data-testid="chat-sender">
          {sender} <VerifiedTick label={labels.verified} />
        </span>
      </header>
      {messages.length === 0 ? (
        <p className="p-4 text-slate-800">{labels.empty}</p>
      ) : (
        <ol className="grid gap-2 p-3" aria-live="polite">
          {messages.map((m) => (
            <li
              key={m.id}
              className="max-w-[85%] justify-self-start rounded-lg bg-white px-3 py-2 shadow-sm"
              data-testid="chat-message"
            >
              <p className="whitespace-pre-wrap break-words text-slate-900">{m.body}</p>
              <p className="mt-1 text-right text-xs text-slate-600">
                {labels.channels[m.channel]} ·{' '}
                <time dateTime={new Date(m.createdAt).toISOString()}>
                  {TIME.format(m.createdAt)}
                </time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
