import { JsonType, type Platform, type TransformContext } from '@mikro-orm/core';

/**
 * A jsonb column whose value the domain holds as value objects, such as order
 * lines with `Money` in them. It is written as the objects' JSON (`Money` writes
 * `{ amount, currency }`), so SQL reads see plain JSON; `revive` rebuilds the
 * domain values when the ORM loads an aggregate. Map it with
 * `p.json<T>().type(revivedJson(revive))`.
 */
export function revivedJson<Stored, T>(revive: (stored: Stored) => T): new () => JsonType {
  return class RevivedJsonType extends JsonType {
    override convertToJSValue(
      value: unknown,
      platform: Platform,
      context?: TransformContext,
    ): unknown {
      const stored = super.convertToJSValue(value, platform, context);
      // The column holds what `revive` was written for: this type is its only writer.
      return stored == null ? stored : revive(stored as Stored);
    }
  };
}
