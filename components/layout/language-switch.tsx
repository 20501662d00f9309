type Props = {
  locale: 'id' | 'en';
  label: string;
  setLocale: (form: FormData) => Promise<void>;
};

/** Two buttons, ID and EN; the current one is pressed. Works without JavaScript. */
export function LanguageSwitch({ locale, label, setLocale }: Props) {
  return (
    <form
      action={setLocale}
      aria-label={label}
      className="flex overflow-hidden rounded border border-white/60 text-xs"
    >
      {(['id', 'en'] as const).map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          aria-pressed={locale === l}
          lang={l}
          className={`px-2 py-1.5 font-semibold uppercase ${locale === l ? 'bg-white text-kai-navy' : 'hover:bg-white/10'}`}
        >
          {l === 'id' ? 'ID' : 'EN'}
        </button>
      ))}
    </form>
  );
}
