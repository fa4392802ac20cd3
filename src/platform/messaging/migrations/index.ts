import type { MigrationObject } from '@mikro-orm/core';
import { BatchedInboxClaims } from './platform-messaging-batched-claims.migration.js';
import { InboxClaimFunction } from './platform-messaging-claim-function.migration.js';
import { InboxClaimMarksDone } from './platform-messaging-claim-marks-done.migration.js';
import { CreateMessagingTables } from './platform-messaging.migration.js';
import { OrderPerContext } from './platform-messaging-order-per-context.migration.js';
import { WakeupsInProcess } from './platform-messaging-wakeups-in-process.migration.js';

/** Messaging's tables (outbox, inbox, sequences) in every context's schema, before the context's own migrations. */
export const MESSAGING_MIGRATIONS: readonly MigrationObject[] = [
  { name: '00000000000000-platform-messaging', class: CreateMessagingTables },
  { name: '00000000000001-platform-messaging-batched-claims', class: BatchedInboxClaims },
  { name: '00000000000002-platform-messaging-wakeups-in-process', class: WakeupsInProcess },
  { name: '00000000000003-platform-messaging-order-per-context', class: OrderPerContext },
  { name: '00000000000005-platform-messaging-claim-function', class: InboxClaimFunction },
  { name: '00000000000006-platform-messaging-claim-marks-done', class: InboxClaimMarksDone },
];
