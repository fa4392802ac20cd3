import { bindable } from './statements.js';

describe('bindable', () => {
  it('numbers the placeholders of a statement whose values are all scalars', () => {
    expect(bindable('update t set a = ?, b = ? where id = ?', ['x', 1, new Date(0)])).toBe(
      'update t set a = $1, b = $2 where id = $3',
    );
    expect(bindable('select ?::text is null', [null])).toBe('select $1::text is null');
  });

  it('leaves to the ORM what it must format itself', () => {
    expect(bindable('select 1', [])).toBeUndefined(); // nothing to bind
    expect(bindable('select * from ?? where a = ?', ['t', 1])).toBeUndefined(); // an identifier
    expect(bindable('select a from t where a in (?)', [[1, 2]])).toBeUndefined(); // a list
    expect(bindable('select ?::jsonb', [{ a: 1 }])).toBeUndefined(); // JSON
    expect(bindable("select 'a\\?' || ?", ['b'])).toBeUndefined(); // an escaped question mark
    expect(bindable('select ?, ?', [1])).toBeUndefined(); // placeholders and values disagree
    expect(bindable('do $$ begin perform ?; end $$', [1])).toBeUndefined(); // dollar quoting
    expect(bindable('select ?; select 2', [1])).toBeUndefined(); // several statements
  });
});
