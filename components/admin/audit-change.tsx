/** The before/after JSON of an audit record, compact, wrapping inside its cell. */
export function AuditChange({
  before,
  after,
  labels,
}: {
  before: string | null;
  after: string | null;
  labels: { before: string; after: string };
}) {
  return (
    <dl className="grid max-w-md gap-1 font-mono text-xs break-all">
      {before && (
        <div>
          <dt className="inline font-sans font-semibold text-slate-700">{labels.before}: </dt>
          <dd className="inline">{before}</dd>
        </div>
      )}
      {after && (
        <div>
          <dt className="inline font-sans font-semibold text-slate-700">{labels.after}: </dt>
          <dd className="inline">{after}</dd>
        </div>
      )}
    </dl>
  );
}
