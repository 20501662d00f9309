/** Numbered steps, as the bank shows them. */
export function StepList({ title, steps }: { title: string; steps: string[] }) {
  return (
    <section aria-label={title} className="grid gap-2">
      <h2 className="font-semibold">{title}</h2>
      <ol className="ml-5 list-decimal space-y-1" lang="id">
        {steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
    </section>
  );
}
