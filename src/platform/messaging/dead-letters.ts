import type { ContextDatabase } from '../persistence/context-database.js';
import { DomainError } from '../domain/domain-error.js';
import type { EventEnvelope } from './envelope.js';
import { INBOX_WRITTEN } from './inbox.js';

export interface DeadLetter {
  readonly id: string;
  readonly context: string;
  readonly handler: string;
  readonly event: EventEnvelope;
  readonly attempts: number;
  readonly error: string | null;
  readonly receivedAt: string;
  readonly firstFailedAt: string | null;
  readonly lastFailedAt: string | null;
}

export class DeadLetterNotFound extends DomainError {
  readonly code = 'MESSAGING.DEAD_LETTER_NOT_FOUND';
  readonly kind = 'not_found';

  constructor(id: string) {
    super(`No dead letter has the id ${id}`, { id });
  }
}

interface Row {
  id: string;
  handler: string;
  envelope: EventEnvelope;
  attempts: number;
  last_error: string | null;
  received_at: Date;
  first_failed_at: Date | null;
  last_failed_at: Date | null;
}

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

/** Deliveries that failed for the last time, in every hosted context's inbox. */
export class DeadLetters {
  constructor(private readonly databases: () => readonly ContextDatabase[]) {}

  async list(): Promise<DeadLetter[]> {
    const all = await Promise.all(
      this.databases().map(async (db) => {
        const rows = await db.read((em) =>
          em.execute<Row[]>(
            `select * from inbox where status = 'dead' order by last_failed_at, received_at`,
          ),
        );
        return rows.map((row) => toDeadLetter(db.context, row));
      }),
    );
    return all.flat();
  }

  async get(id: string): Promise<DeadLetter> {
    const found = (await this.list()).find((letter) => letter.id === id);
    if (!found) throw new DeadLetterNotFound(id);
    return found;
  }

  /** Puts one dead letter back in its inbox as a fresh delivery. */
  async replay(id: string): Promise<DeadLetter> {
    const letter = await this.get(id);
    await this.requeue(`id = ?`, [id], letter.context);
    return letter;
  }

  /** Puts every dead letter back; returns how many. */
  async replayAll(): Promise<number> {
    const counts = await Promise.all(
      this.databases().map((db) => this.requeue('true', [], db.context)),
    );
    return counts.reduce((a, b) => a + b, 0);
  }

  private async requeue(where: string, params: unknown[], context: string): Promise<number> {
    const db = this.databases().find((candidate) => candidate.context === context)!;
    const rows = await db.read((em) =>
      em.execute(
        `update inbox set status = 'pending', attempts = 0, next_attempt_at = now()
         where status = 'dead' and ${where} returning id`,
        params,
      ),
    );
    if (rows.length > 0) db.signalAfterCommit(INBOX_WRITTEN);
    return rows.length;
  }
}

function toDeadLetter(context: string, row: Row): DeadLetter {
  return {
    id: row.id,
    context,
    handler: row.handler,
    event: row.envelope,
    attempts: row.attempts,
    error: row.last_error,
    receivedAt: iso(row.received_at)!,
    firstFailedAt: iso(row.first_failed_at),
    lastFailedAt: iso(row.last_failed_at),
  };
}
