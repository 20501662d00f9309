'use client';

/** Opens the browser's print dialog (print CSS leaves only the tickets). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="btn-secondary print:hidden">
      {label}
    </button>
  );
}
