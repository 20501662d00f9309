/**
 * Malformed values a form field or query parameter may carry: numbers that are not numbers or not
 * rupiah, overflow, lengths past every limit, Unicode that breaks naive code, markup and paths.
 * An array stands for the field repeated.
 */
export const BAD_VALUES: (string | string[])[] = [
  '',
  '   ',
  ['1', '2'],
  'NaN',
  '-15000',
  '1500.5',
  '1e309',
  '-0',
  '0x1F',
  '9'.repeat(40),
  'x'.repeat(200_000),
  '\u0000\u0001\u001f\u007f',
  '\u202e\u200b\ufeff',
  'ñ̃👩‍👩‍👧‍👦𝕂',
  '\ud800',
  '<script>alert(1)</script>',
  "' or 1=1 --",
  '../../etc/passwd',
  '__proto__',
  '{"$ne":null}',
  '$K1',
];

/** Over Next's 1 MB server-action body limit: must be a 413, not a 500. */
export const ONE_MB = 'A'.repeat(1_048_577);
