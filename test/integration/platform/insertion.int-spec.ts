import { defineEntity, p } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { AggregateRoot } from '../../../src/platform/domain/aggregate-root.js';
import { DomainEvent } from '../../../src/platform/domain/domain-event.js';
import { Money, type MoneyJson } from '../../../src/platform/domain/money.js';
import type { ContextDatabase } from '../../../src/platform/persistence/context-database.js';
import { MoneyEmbeddable } from '../../../src/platform/persistence/money.embeddable.js';
import { persistable } from '../../../src/platform/persistence/persistable.js';
import { revivedJson } from '../../../src/platform/persistence/revived-json.type.js';
import { openTestContext } from '../../support/context-database.js';
import { createTestDatabase } from '../../support/database.js';

class Opened extends DomainEvent {
  readonly occurredAt = new Date();
  constructor(readonly aggregateId: string) {
    super();
  }
}

/** Every kind of column the shop's aggregates map: JSON revived into values, an embeddable, private fields, a version. */
class Ledger extends AggregateRoot {
  readonly id!: string;
  readonly entries!: readonly { label: string; amount: Money }[];
  readonly limit!: Money;
  readonly note!: string | null;
  readonly openedAt!: Date;
  private _status!: string;
  private readonly version?: number;

  get status(): string {
    return this._status;
  }

  static open(id: string, note: string | null): Ledger {
    const ledger = new Ledger();
    Object.assign(ledger, {
      id,
      entries: [
        { label: 'first', amount: Money.of(1234, 'EUR') },
        { label: 'ünïcödé "quoted"', amount: Money.of(5, 'EUR') },
      ],
      limit: Money.of(9_000_000_000, 'EUR'),
      note,
      openedAt: new Date('2026-12-07T05:30:00.123Z'),
      _status: 'OPEN',
    });
    ledger.raise(new Opened(id));
    return ledger;
  }
}

const LedgerEntity = defineEntity({
  class: persistable(Ledger),
  tableName: 'ledgers',
  properties: {
    id: p.string().primary(),
    entries: p
      .json<Ledger['entries']>()
      .type(
        revivedJson((entries: { label: string; amount: MoneyJson }[]) =>
          entries.map((entry) => ({ ...entry, amount: Money.from(entry.amount) })),
        ),
      ),
    limit: p.embedded(MoneyEmbeddable).prefix('limit_'),
    note: p.string().nullable(),
    openedAt: p.datetime().fieldName('opened_at'),
    _status: p.string().fieldName('status'),
    version: p.integer().version(),
  },
});

class Owner {
  readonly id!: string;
}
class Pet extends AggregateRoot {
  readonly id!: string;
  readonly owner!: Owner;
}
const OwnerEntity = defineEntity({
  class: persistable(Owner),
  tableName: 'owners',
  properties: { id: p.string().primary() },
});
const PetEntity = defineEntity({
  class: persistable(Pet),
  tableName: 'pets',
  properties: { id: p.string().primary(), owner: () => p.manyToOne(OwnerEntity) },
});

class CreateLedgers extends Migration {
  up(): void {
    this.addSql(`create table ledgers (
      id text primary key, entries jsonb not null, limit_amount bigint not null, limit_currency char(3) not null,
      note text, opened_at timestamptz not null, status text not null, version integer not null default 1)`);
    this.addSql('create table owners (id text primary key)');
    this.addSql(
      'create table pets (id text primary key, owner_id text not null references owners)',
    );
  }
}

describe('a new aggregate inserted from its mapping (real PostgreSQL)', () => {
  let db: ContextDatabase;
  let drop: () => Promise<void>;
  const raised: DomainEvent[] = [];

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    db = await openTestContext({
      databaseUrl: database.url,
      context: 'insertion',
      entities: [LedgerEntity, OwnerEntity, PetEntity],
      migrations: [{ name: 'create-ledgers', class: CreateLedgers }],
      poolSize: 2,
      hooks: {
        prepare: (events) => {
          raised.push(...events);
          return Promise.resolve([]);
        },
        write: () => Promise.resolve(),
      },
    });
  });

  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  const row = async (id: string) => {
    const [stored] = await db.query<Record<string, unknown>>(
      'select to_jsonb(l) - $2 as row from ledgers l where id = $1',
      [id, 'id'],
    );
    return stored?.row;
  };

  it('writes the same row as the ORM’s flush, and hands its events to the hooks', async () => {
    raised.length = 0;
    await db.unitOfWork(() => db.insert(Ledger.open('inserted', null)));
    await db.unitOfWork(() => Promise.resolve(db.track(Ledger.open('flushed', null))));
    expect(await row('inserted')).toEqual(await row('flushed'));
    expect(await row('inserted')).toMatchObject({ version: 1, note: null, status: 'OPEN' });
    expect(raised.map((event) => event.aggregateId)).toEqual(['inserted', 'flushed']);
  });

  it('loads back through the ORM as the aggregate it was', async () => {
    const ledger = Ledger.open('loaded', 'a note');
    await db.unitOfWork(() => db.insert(ledger));
    const loaded = await db.read((em) => em.findOneOrFail(Ledger, { id: 'loaded' }));
    expect(loaded.entries).toEqual(ledger.entries);
    expect(loaded.entries[0]!.amount).toBeInstanceOf(Money);
    expect(loaded.limit.equals(ledger.limit)).toBe(true);
    expect(loaded).toMatchObject({ note: 'a note', openedAt: ledger.openedAt, status: 'OPEN' });
  });

  it('is part of the unit’s transaction: a failure after it leaves no row', async () => {
    await expect(
      db.unitOfWork(async () => {
        await db.insert(Ledger.open('rolled-back', null));
        throw new Error('the unit fails after the insert');
      }),
    ).rejects.toThrow('the unit fails after the insert');
    expect(await row('rolled-back')).toBeUndefined();
  });

  it('refuses an aggregate with a column not set, which the flush would leave to its default', async () => {
    const ledger = Ledger.open('unset', null);
    Object.assign(ledger, { note: undefined });
    await expect(db.unitOfWork(() => db.insert(ledger))).rejects.toThrow(
      'Ledger.note is not set: an aggregate inserted this way sets every column',
    );
    expect(await row('unset')).toBeUndefined();
  });

  it('refuses an entity with a relation, which it cannot map', async () => {
    const pet = Object.assign(new Pet(), { id: 'rex', owner: { id: 'someone' } });
    await expect(db.unitOfWork(() => db.insert(pet))).rejects.toThrow(
      'Pet.owner: only scalar and embedded columns can be inserted this way, not m:1',
    );
  });
});
