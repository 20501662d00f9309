/** Values a form posts without showing them (what is being paid, where to return afterwards). */
export function HiddenFields({ values = {} }: { values?: Record<string, string | number> }) {
  return Object.entries(values).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
}
