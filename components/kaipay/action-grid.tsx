import Link from 'next/link';

/** The wallet's menu as large icon buttons, like the app's. */
export function ActionGrid({ label, items }: { label: string; items: { href: string; label: string; icon: string }[] }) {
  return (
    <nav aria-label={label}>
      <ul className="grid grid-cols-3 gap-3 sm:grid-cols-6">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="card flex h-full flex-col items-center gap-2 p-3 text-center text-sm font-medium text-kai-navy hover:border-kai-navy sm:p-3">
              <span aria-hidden="true" className="grid size-10 place-items-center rounded-full bg-orange-100 text-lg">{item.icon}</span>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
