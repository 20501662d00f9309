import Link from 'next/link';

/** The back-office menu: a row of links that wraps on a tablet and scrolls on a phone. */
export function AdminNav({
  label,
  links,
}: {
  label: string;
  links: { href: string; label: string }[];
}) {
  return (
    <nav aria-label={label} className="-mx-4 overflow-x-auto px-4">
      <ul className="flex min-w-max gap-2 border-b border-slate-200 pb-2 md:min-w-0 md:flex-wrap">
        {links.map((l) => (
          <li key={l.href}>
            <Link
              href={l.href}
              className="inline-flex min-h-11 items-center rounded-md px-3 py-2 text-sm font-semibold text-kai-navy hover:bg-slate-100"
            >
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
