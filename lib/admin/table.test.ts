import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { parseTableView, viewHref } from './table-params';

const spec = {
  sorts: ['code', 'name'] as const,
  defaultSort: 'code' as const,
  filters: ['q'] as const,
};

describe('admin tables', () => {
  it('reads a view from the URL, falling back to defaults for anything malformed', () => {
    expect(parseTableView({ page: '3', sort: 'name', dir: 'asc', q: ' Gambir ' }, spec)).toEqual({
      page: 3,
      sort: 'name',
      dir: 'asc',
      filters: { q: 'Gambir' },
    });
    expect(parseTableView({ page: '-1', sort: 'password_hash', dir: 'sideways' }, spec)).toEqual({
      page: 1,
      sort: 'code',
      dir: 'desc',
      filters: {},
    });
    const view = parseTableView({ q: 'a&b', sort: 'name' }, spec);
    expect(viewHref('/admin/stasiun', view, { page: 2 })).toBe(
      '/admin/stasiun?q=a%26b&sort=name&dir=desc&page=2',
    );
  });

  it('writes CSV with quoting and without spreadsheet formulas', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          ['=HYPERLINK("evil")', -5],
          [null, '+62'],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"\'=HYPERLINK(""evil"")",-5\r\n,\'+62\r\n');
  });
});
