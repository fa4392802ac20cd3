import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type Type,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { publicQueriesServedBy } from '../application/public-query.js';
import { ActingContext } from './acting-context.js';
import { ShopMetrics } from './metrics.js';
import { CONTEXT_MODULES } from './tokens.js';
import { RateWindow } from './rate-window.js';
import { SpanKind, Tracing } from './tracing.js';

type Method = (...args: unknown[]) => Promise<unknown>;

/**
 * Puts the meters and spans around what the contexts do that no hook sees:
 * the public queries they answer (counted by caller, run in the serving
 * context) and, with tracing on, each command and query on the buses.
 * Samples the counters for the per-minute rates of the modules report.
 */
@Injectable()
export class ObservabilityRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly rates: RateWindow;

  constructor(
    private readonly metrics: ShopMetrics,
    private readonly moduleRef: ModuleRef,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CONTEXT_MODULES) private readonly modules: Readonly<Record<string, Type>>,
  ) {
    this.rates = new RateWindow(metrics);
  }

  onApplicationBootstrap(): void {
    for (const registration of Object.values(this.modules).flatMap(publicQueriesServedBy)) {
      // Here in process, or answered by another process (ADR 0024); neither when nobody asks it here.
      const instance = this.find(registration.query);
      if (!instance) continue;
      for (const name of registration.methods)
        this.meterPublicQuery(instance, name, registration.context, registration.query.name);
    }
    if (Tracing.enabled) {
      this.traceBus(this.commands, 'command');
      this.traceBus(this.queries, 'query');
    }
    this.rates.start();
  }

  beforeApplicationShutdown(): void {
    this.rates.stop();
  }

  private meterPublicQuery(instance: object, method: string, context: string, query: string) {
    const target = instance as Record<string, Method>;
    const original = target[method]!.bind(instance);
    const name = `${query}.${method}`;
    target[method] = (...args) => {
      const caller = ActingContext.current();
      this.metrics.publicQueryCalls.inc({ context, query: name, caller });
      const answer = () => ActingContext.run(context, () => original(...args));
      if (!Tracing.enabled) return answer();
      return Tracing.inSpan(
        `${context} ${name}`,
        { 'emporium.caller': caller, 'rpc.method': name },
        answer,
        { kind: SpanKind.SERVER, context },
      );
    };
  }

  private traceBus(bus: CommandBus | QueryBus, kind: 'command' | 'query') {
    const original = bus.execute.bind(bus) as Method;
    (bus as unknown as { execute: Method }).execute = (message) => {
      const type = (message as object).constructor.name;
      return Tracing.inSpan(
        `${ActingContext.current()} ${kind} ${type}`,
        { [`emporium.${kind}`]: type },
        () => original(message),
      );
    };
  }

  private find(token: unknown): object | undefined {
    try {
      return this.moduleRef.get<object>(token as never, { strict: false });
    } catch {
      return undefined;
    }
  }
}
