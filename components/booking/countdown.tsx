'use client';

import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';

type Props = { deadline: number; serverNow: number; label: string; expiredText: string };

/**
 * A live mm:ss countdown to a deadline. The server's "now" is passed in so a wrong clock on the
 * phone does not change the deadline; at zero the page is refreshed to show the server's verdict.
 */
export function Countdown({ deadline, serverNow, label, expiredText }: Props) {
  const [skew] = useState(() => serverNow - Date.now());
  const [left, setLeft] = useState(() => deadline - serverNow);
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      const remaining = deadline - (Date.now() + skew);
      setLeft(remaining);
      if (remaining <= 0) {
        clearInterval(timer);
        router.refresh();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [deadline, skew, router]);
  if (left <= 0)
    return (
      <p role="status" className="font-semibold text-red-700">
        {expiredText}
      </p>
    );
  const total = Math.ceil(left / 1000);
  const text = `${String(Math.floor(total / 3600)).padStart(2, '0')}:${String(Math.floor((total % 3600) / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  return (
    <p className="flex items-baseline gap-2">
      <span className="text-sm text-slate-700">{label}</span>
      {/* Announced on demand only: a screen reader reading every second would be unusable. */}
      <span
        className="font-mono text-2xl font-bold text-kai-orange"
        role="timer"
        aria-live="off"
        data-testid="countdown"
      >
        {text}
      </span>
    </p>
  );
}
