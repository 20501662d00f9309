'use client';

import { useState } from 'react';

/** Copies a number to the clipboard and says so (politely, for screen readers too). */
export function CopyButton({
  value,
  label,
  copiedLabel,
}: {
  value: string;
  label: string;
  copiedLabel: string;
}) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // Without clipboard permission, select-and-copy by hand still works: the number is plain text.
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2500);
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="btn-secondary min-h-9 px-3 py-1 text-sm"
        aria-label={`${label} ${value}`}
      >
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-emerald-800">
        {copied ? copiedLabel : ''}
      </span>
    </span>
  );
}
