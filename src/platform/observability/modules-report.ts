import { hostname } from 'node:os';
import { Inject, Injectable, Optional, type Type } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/tokens.js';
import { MessagingRuntime } from '../messaging/messaging.runtime.js';
import { DatabaseServer } from '../persistence/database-server.js';
import {
  type Caller,
  NO_OTHER_PROCESSES,
  SHOP_PROCESSES,
  type ShopProcesses,
} from '../topology/shop-processes.js';
import { HERE, type ModulesReportBody, shopModulesReport } from './modules-of-shop.js';
import { ShopMetrics } from './metrics.js';
import { ObservabilityRuntime } from './observability.runtime.js';
import type { SeriesRate } from './rate-window.js';
import { contextMapMermaid } from './context-map.js';
import { type ContextShape, systemShape } from './system-shape.js';
import { CONTEXT_MODULES } from './tokens.js';

interface Traffic {
  readonly total: number;
  readonly perMinute: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

const sum = (rates: readonly SeriesRate[]): Traffic => ({
  total: rates.reduce((a, r) => a + r.total, 0),
  perMinute: round(rates.reduce((a, r) => a + r.perMinute, 0)),
});

/**
 * `GET /api/admin/modules`: each context as the code declares it, where it
 * runs, its live backlog and consumer lag, and its traffic with the other
 * contexts — what would cross the network if it left this process
 * (docs/observability.md). For the whole shop, the entries of contexts hosted
 * by other processes are those processes' own (modules-of-shop.ts).
 */
@Injectable()
export class ModulesReport {
  private readonly shape: ContextShape[];
  private readonly startedAt = new Date().toISOString();

  constructor(
    @Inject(CONTEXT_MODULES) modules: Readonly<Record<string, Type>>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly server: DatabaseServer,
    private readonly metrics: ShopMetrics,
    private readonly runtime: ObservabilityRuntime,
    private readonly messaging: MessagingRuntime,
    @Optional()
    @Inject(SHOP_PROCESSES)
    private readonly processes: ShopProcesses = NO_OTHER_PROCESSES,
  ) {
    this.shape = systemShape(modules);
  }

  /** The whole shop's modules, or (`process`) this process's view only, which the others ask for. */
  async report(scope: 'shop' | 'process', caller: Caller): Promise<ModulesReportBody> {
    const { own, others } = await this.processes.gather(
      scope,
      'GET',
      '/api/admin/modules',
      caller,
      () => this.ownReport(),
    );
    if (scope === 'process') return own;
    return shopModulesReport(own, this.processes.remote, others, this.shape);
  }

  private async ownReport(): Promise<ModulesReportBody> {
    const hosted = new Set(this.server.databases.map((db) => db.context));
    const [rates, lag] = await Promise.all([
      this.runtime.rates.rates(),
      this.messaging.consumerLag(),
    ]);
    const published = rates.get('emporium_events_published_total') ?? [];
    const handled = rates.get('emporium_events_handled_total') ?? [];
    const calls = rates.get('emporium_public_query_calls_total') ?? [];
    const backlog = await this.backlog();
    const process = { host: hostname(), pid: globalThis.process.pid, startedAt: this.startedAt };
    const items = this.shape.map((context) => {
      const publishes = context.publishes.map((event) => ({
        event,
        ...sum(
          published.filter((r) => r.labels.context === context.name && r.labels.event === event),
        ),
      }));
      const consumes = context.consumes.map(({ event, handler }) => ({
        event,
        handler,
        from: event.slice(0, event.indexOf('.')),
        ...sum(handled.filter((r) => r.labels.handler === handler && r.labels.event === event)),
      }));
      const serves = context.serves.map((query) => {
        const mine = calls.filter(
          (r) =>
            r.labels.context === context.name && (r.labels.query ?? '').startsWith(`${query}.`),
        );
        return {
          query,
          callers: [
            ...new Set(
              this.shape.filter((c) => c.calls.some((q) => q.query === query)).map((c) => c.name),
            ),
          ],
          ...sum(mine),
        };
      });
      const callsOut = context.calls.map(({ context: target, query }) => ({
        context: target,
        query,
        ...sum(
          calls.filter(
            (r) =>
              r.labels.caller === context.name && (r.labels.query ?? '').startsWith(`${query}.`),
          ),
        ),
      }));
      const crossing = {
        syncCallsPerMinute: round(
          serves.reduce((a, s) => a + s.perMinute, 0) +
            callsOut.reduce((a, c) => a + c.perMinute, 0),
        ),
        eventsOutPerMinute: round(publishes.reduce((a, p) => a + p.perMinute, 0)),
        eventsInPerMinute: round(
          consumes.filter((c) => c.from !== context.name).reduce((a, c) => a + c.perMinute, 0),
        ),
      };
      const here = hosted.has(context.name);
      return {
        name: context.name,
        hosted: here,
        hostedBy: here ? HERE : (this.processes.hosting(context.name)?.baseUrl ?? null),
        status: here ? ('running' as const) : ('elsewhere' as const),
        process: here ? process : null,
        consumerLag: here
          ? lag
              .filter((consumer) => consumer.consumer === context.name)
              .map(({ consumer: _named, ...figures }) => figures)
          : null,
        publishes,
        consumes,
        serves,
        calls: callsOut,
        backlog: backlog.get(context.name) ?? null,
        extraction: {
          ...crossing,
          synchronousDependencies:
            serves.filter((s) => s.callers.length > 0).length + callsOut.length,
        },
      };
    });
    const map = contextMapMermaid(this.shape, (name) =>
      hosted.has(name) ? `${process.host} pid ${process.pid}` : 'another process',
    );
    const broker = this.messaging.brokerState();
    return {
      process: {
        ...process,
        contexts: [...hosted].sort(),
        broker: broker ? { status: broker.status, since: broker.since } : null,
      },
      processes: [],
      map,
      items,
    };
  }

  /** Outbox and inbox figures per hosted context, as the metrics read them. */
  private async backlog() {
    const read = async (name: string) =>
      (await this.metrics.registry.getSingleMetric(name)!.get()).values;
    const [waiting, age, inbox] = await Promise.all([
      read('emporium_outbox_waiting'),
      read('emporium_outbox_oldest_age_seconds'),
      read('emporium_inbox_deliveries'),
    ]);
    const of = (values: typeof waiting, context: string, state?: string) =>
      values.find((v) => v.labels.context === context && (!state || v.labels.state === state))
        ?.value ?? 0;
    return new Map(
      this.server.databases.map((db) => [
        db.context,
        {
          outboxWaiting: of(waiting, db.context),
          outboxOldestAgeSeconds: Math.round(of(age, db.context) * 10) / 10,
          inboxPending: of(inbox, db.context, 'pending'),
          inboxRetrying: of(inbox, db.context, 'retrying'),
          deadLetters: of(inbox, db.context, 'dead'),
        },
      ]),
    );
  }
}
