import { DomainError } from '../domain/domain-error.js';
import { isSafeText } from '../domain/safe-text.js';

/** One page of a cursor-paginated list. */
export interface Page<T> {
  readonly items: readonly T[];
  /** Pass as `cursor` to get the next page; `null` on the last page. */
  readonly nextCursor: string | null;
}

export class InvalidCursor extends DomainError {
  readonly code = 'REQUEST.INVALID_CURSOR';
  readonly kind = 'invalid';

  constructor() {
    super('The cursor is not one this API issued: pass a nextCursor from a previous page', {
      errors: [{ field: 'cursor', message: 'cursor must be a value returned as nextCursor' }],
    });
  }
}

/**
 * What each part of a list's sort key is: its cursor must match exactly, so
 * that a cursor of another list, or one built by hand, is refused with a 400
 * instead of reaching SQL (a product's sku where an order id is expected).
 * `number` is a position: a non-negative integer that fits a bigint exactly.
 */
type KeyPart = 'string' | 'uuid' | 'number';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const FITS: Record<KeyPart, (part: unknown) => boolean> = {
  string: (part) => typeof part === 'string' && part.length <= 512 && isSafeText(part),
  uuid: (part) => typeof part === 'string' && UUID.test(part),
  number: (part) => Number.isSafeInteger(part) && (part as number) >= 0,
};

/**
 * Cursors are opaque to clients: the encoded sort key of the last item of the
 * previous page, so pages stay stable while rows are added.
 */
export const Cursor = {
  encode(key: readonly (string | number)[]): string {
    return Buffer.from(JSON.stringify(key)).toString('base64url');
  },

  decode(cursor: string | undefined, shape: readonly KeyPart[]): unknown[] | undefined {
    if (cursor === undefined) return undefined;
    let key: unknown;
    try {
      key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      throw new InvalidCursor();
    }
    const valid =
      Array.isArray(key) &&
      key.length === shape.length &&
      key.every((part, i) => FITS[shape[i]!](part));
    if (!valid) throw new InvalidCursor();
    return key as unknown[];
  },

  /**
   * Builds a page from `limit + 1` fetched rows: the extra row only tells that
   * another page exists.
   */
  page<T>(rows: readonly T[], limit: number, keyOf: (row: T) => (string | number)[]): Page<T> {
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items,
      nextCursor: rows.length > limit && last !== undefined ? Cursor.encode(keyOf(last)) : null,
    };
  },
};
