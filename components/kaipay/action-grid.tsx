import Link from 'next/link';

// Simple stroked icons drawn inline: emoji and symbol fonts are not installed everywhere.
const ICONS = {
  plus: 'M12 5v14M5 12h14',
  list: 'M8 6h12M8 12h12M8 18h12M4 6h.01M4 12h.01M4 18h.01',
  dots: 'M6 12h.01M12 12h.01M18 12h.01',
  help: 'M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17.5h.01',
  star: 'M12 4l2.4 5 5.4.6-4 3.7 1.1 5.3L12 16l-4.9 2.6 1.1-5.3-4-3.7 5.4-.6z',
  key: 'M14.5 9.5a3.5 3.5 0 1 0-3.2 3.5L4 20.3V20h3v-2h2v-2h2l1.3-1.3a3.5 3.5 0 0 0 2.2-5.2',
} as const;

export type ActionIcon = keyof typeof ICONS;

/** The wallet's menu as large icon buttons, like the app's. */
export function ActionGrid({
  label,
  items,
}: {
  label: string;
  items: { href: string; label: string; icon: ActionIcon }[];
}) {
  return (
    <nav aria-label={label}>
      <ul className="grid grid-cols-3 gap-3 sm:grid-cols-6">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className="card flex h-full flex-col items-center gap-2 p-3 text-center text-sm font-medium text-kai-navy hover:border-kai-navy sm:p-3"
            >
              <span
                aria-hidden="true"
                className="grid size-10 place-items-center rounded-full bg-orange-100 text-kai-orange"
              >
                <svg
                  viewBox="0 0 24 24"
                  className="size-6"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2.2"
                  strokeLinecap="round"
                  strokeLinejoin="round"
                >
                  <path d={ICONS[item.icon]} />
                </svg>
              </span>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
