'use client';

/** Unexpected failures land here; details stay in the server log, never on screen. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="grid justify-items-start gap-3">
      <h1 className="text-2xl font-bold text-kai-navy">Terjadi kesalahan / Something went wrong</h1>
      <button type="button" onClick={reset} className="btn-secondary">
        Coba lagi / Try again
      </button>
    </div>
  );
}
