import { raw } from '@mikro-orm/core';
import { bindable } from './statements.js';

describe('bindable', () => {
  it('numbers the placeholders of a statement whose values are all scalars', () => {
    expect(bindable('update t set a = ?, b = ? where id = ?', ['x', 1, new Date(0)])).toEqual({
      text: 'update t set a = $1, b = $2 where id = $3',
      values: ['x', 1, new Date(0)],
    });
    expect(bindable('select ?::text is null', [null])).toEqual({
      text: 'select $1::text is null',
      values: [null],
    });
  });

  it('splices raw fragments in with their own values, as the ORM formats them', () => {
    // A versioned update: MikroORM passes the increment as a raw fragment.
    expect(
      bindable('update t set a = ?, version = ? where id = ? and version = ?', [
        'x',
        raw('"version" + 1'),
        'id-1',
        3,
      ]),
    ).toEqual({
      text: 'update t set a = $1, version = "version" + 1 where id = $2 and version = $3',
      values: ['x', 'id-1', 3],
    });
    expect(bindable('select ? + ?', [raw('? * 2', [5]), 1])).toEqual({
      text: 'select $1 * 2 + $2',
      values: [5, 1],
    });
  });

  it('types a number as its literal would be: numeric when fractional, bigint past 32 bits', () => {
    expect(bindable('update t set qty = qty * ? where id = ?', [1.5, 7])).toEqual({
      text: 'update t set qty = qty * $1::numeric where id = $2',
      values: [1.5, 7],
    });
    expect(bindable('select ? + 1', [5_000_000_000])).toEqual({
      text: 'select $1::bigint + 1',
      values: [5_000_000_000],
    });
    expect(bindable('select ?', [Number.NaN])).toBeUndefined();
  });

  it('binds a JSON value as its JSON text', () => {
    expect(bindable('select ?::jsonb', [{ a: [1, 2] }])).toEqual({
      text: 'select $1::jsonb',
      values: ['{"a":[1,2]}'],
    });
  });

  it('leaves to the ORM what it must format itself', () => {
    expect(bindable('select 1', [])).toBeUndefined(); // nothing to bind
    expect(bindable('select * from ?? where a = ?', ['t', 1])).toBeUndefined(); // an identifier
    expect(bindable('select a from t where a in (?)', [[1, 2]])).toBeUndefined(); // a list
    expect(bindable('select ?', [Buffer.from('ab')])).toBeUndefined(); // bytes
    expect(bindable("select 'a\\?' || ?", ['b'])).toBeUndefined(); // an escaped question mark
    expect(bindable('select ?, ?', [1])).toBeUndefined(); // placeholders and values disagree
    expect(bindable('do $$ begin perform ?; end $$', [1])).toBeUndefined(); // dollar quoting
    expect(bindable('select ?; select 2', [1])).toBeUndefined(); // several statements
    expect(bindable('select ?', [raw('?? + 1', ['c'])])).toBeUndefined(); // an identifier in a fragment
  });
});
