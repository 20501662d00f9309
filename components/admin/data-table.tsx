import Link from 'next/link';
import { viewHref, type TablePage, type TableView } from '@/lib/admin/table-params';

type View = TableView<string, string>;
export type TableLabels = {
  results: (from: number, to: number, total: number) => string;
  pagination: string;
  previous: string;
  next: string;
  page: (n: number, of: number) => string;
  sortBy: (column: string) => string;
  ascending: string;
  descending: string;
  empty: string;
};

/**
 * A column header that sorts on the server: a link to the same view sorted by this column
 * (toggling the direction when it already is), announced with aria-sort.
 */
export function SortHeader({
  path,
  view,
  column,
  label,
  labels,
  align = 'left',
}: {
  path: string;
  view: View;
  column: string;
  label: string;
  labels: TableLabels;
  align?: 'left' | 'right';
}) {
  const active = view.sort === column;
  const dir = active && view.dir === 'asc' ? 'desc' : 'asc';
  return (
    <th
      scope="col"
      aria-sort={active ? (view.dir === 'asc' ? 'ascending' : 'descending') : undefined}
      className={`px-2 py-2 ${align === 'right' ? 'text-right' : 'text-left'}`}
    >
      <Link
        href={viewHref(path, view, { sort: column, dir, page: undefined })}
        className="inline-flex min-h-11 items-center gap-1 font-semibold text-kai-navy underline-offset-2 hover:underline"
        title={labels.sortBy(label)}
      >
        {label}
        <span aria-hidden="true">{active ? (view.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
        {active && (
          <span className="sr-only">
            ({view.dir === 'asc' ? labels.ascending : labels.descending})
          </span>
        )}
      </Link>
    </th>
  );
}

/** "1–25 of 130" and previous/next links that keep the filters and sort. */
export function Pagination({
  path,
  view,
  page,
  labels,
}: {
  path: string;
  view: View;
  page: TablePage<unknown>;
  labels: TableLabels;
}) {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const from = page.total === 0 ? 0 : (page.page - 1) * page.pageSize + 1;
  const to = Math.min(page.total, page.page * page.pageSize);
  const link = (n: number, text: string, rel: string) =>
    n >= 1 && n <= pages && n !== page.page ? (
      <Link
        href={viewHref(path, view, { page: n > 1 ? n : undefined })}
        rel={rel}
        className="btn-secondary"
      >
        {text}
      </Link>
    ) : (
      <span aria-disabled="true" className="btn-secondary cursor-not-allowed opacity-50">
        {text}
      </span>
    );
  return (
    <nav
      aria-label={labels.pagination}
      className="flex flex-wrap items-center justify-between gap-3"
    >
      <p className="text-sm text-slate-700" aria-live="polite">
        {labels.results(from, to, page.total)} · {labels.page(Math.min(page.page, pages), pages)}
      </p>
      <div className="flex gap-2">
        {link(page.page - 1, labels.previous, 'prev')}
        {link(page.page + 1, labels.next, 'next')}
      </div>
    </nav>
  );
}

/**
 * A GET form that filters a table through the URL (so the view can be bookmarked), with a link
 * that clears the filters and a CSV download of the same view.
 */
export function FilterForm({
  path,
  view,
  labels,
  exportHref,
  children,
}: {
  path: string;
  view: View;
  labels: { filter: string; reset: string; export: string };
  exportHref?: string;
  children: React.ReactNode;
}) {
  return (
    <form method="get" action={path} className="card grid gap-3" role="search">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">{children}</div>
      <input type="hidden" name="sort" value={view.sort} />
      <input type="hidden" name="dir" value={view.dir} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn-primary">
          {labels.filter}
        </button>
        <Link href={path} className="btn-secondary">
          {labels.reset}
        </Link>
        {exportHref && (
          <a href={exportHref} className="btn-secondary" download>
            {labels.export}
          </a>
        )}
      </div>
    </form>
  );
}

/** A filter input inside a FilterForm. */
export function FilterField({
  name,
  label,
  value,
  type = 'text',
  options,
}: {
  name: string;
  label: string;
  value?: string;
  type?: 'text' | 'date';
  options?: { value: string; label: string }[];
}) {
  const id = `filter-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {options ? (
        <select id={id} name={name} defaultValue={value ?? ''} className="input">
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input id={id} name={name} type={type} defaultValue={value} className="input" />
      )}
    </div>
  );
}

/** The scrolling frame every admin table sits in (tables scroll sideways on a phone, not the page). */
export function TableFrame({ caption, children }: { caption: string; children: React.ReactNode }) {
  return (
    <div className="card overflow-x-auto p-0 sm:p-0">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
