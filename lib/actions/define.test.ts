import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { IDLE, type FormState } from '@/lib/forms';
import { defineAction } from './define';

const Schema = z.object({
  name: z.string().trim().min(1, { error: 'name_required' }),
  amount: z.coerce.number().int().positive({ error: 'amount_invalid' }),
});

function form(entries: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe('defineAction', () => {
  const seen: unknown[] = [];
  const action = defineAction(
    Schema,
    async () => ({ caller: 7 }),
    (input, ctx) => {
      seen.push({ input, ctx });
      return input.amount > 100
        ? { status: 'error', message: 'too_much' }
        : { status: 'success', message: 'ok' };
    },
    { echo: ['name'] },
  );

  it('parses only the schema keys and hands the caller to the body', async () => {
    seen.length = 0;
    const state = await action(
      IDLE,
      form([
        ['name', 'Siti'],
        ['amount', '5'],
        ['role', 'admin'],
      ]),
    );
    expect(state).toEqual({ status: 'success', message: 'ok' });
    expect(seen).toEqual([{ input: { name: 'Siti', amount: 5 }, ctx: { caller: 7 } }]);
  });

  it('refuses a bad form with field errors, echoes safe fields and never runs the body', async () => {
    seen.length = 0;
    const state = await action(
      IDLE,
      form([
        ['name', ' '],
        ['amount', '-3'],
      ]),
    );
    expect(state).toMatchObject({
      status: 'error',
      message: 'name_required',
      fieldErrors: { name: ['name_required'], amount: ['amount_invalid'] },
      values: { name: ' ' },
    });
    expect(seen).toEqual([]);
  });

  it('refuses a repeated field (an array where a string belongs)', async () => {
    const state = await action(
      IDLE,
      form([
        ['name', 'a'],
        ['name', 'b'],
        ['amount', '1'],
      ]),
    );
    expect(state.status).toBe('error');
    expect((state as Extract<FormState, { status: 'error' }>).fieldErrors?.name).toBeDefined();
  });

  it("keeps the body's refusal and adds the echoed values", async () => {
    const state = await action(
      IDLE,
      form([
        ['name', 'Budi'],
        ['amount', '500'],
      ]),
    );
    expect(state).toEqual({ status: 'error', message: 'too_much', values: { name: 'Budi' } });
  });

  it('works as a plain form action with the form as the only argument', async () => {
    seen.length = 0;
    await action(
      form([
        ['name', 'Ani'],
        ['amount', '2'],
      ]),
    );
    expect(seen).toHaveLength(1);
  });
});
