import type { Provider, Type } from '@nestjs/common';
import { MESSAGING_OBSERVER } from '../messaging/observer.js';
import { DatabaseServer } from '../persistence/database-server.js';
import { MetricsController } from './metrics.controller.js';
import { ShopMetrics } from './metrics.js';
import { ModulesController } from './modules.controller.js';
import { ModulesReport } from './modules-report.js';
import { ObservabilityRuntime } from './observability.runtime.js';
import { ObservedMessaging } from './observed-messaging.js';
import { CONTEXT_MODULES } from './tokens.js';

/** Metrics, spans, the modules report and the console, for the platform module. */
export function observabilityProviders(contextModules: Readonly<Record<string, Type>>): Provider[] {
  return [
    { provide: CONTEXT_MODULES, useValue: contextModules },
    {
      provide: ShopMetrics,
      inject: [DatabaseServer],
      useFactory: (server: DatabaseServer) => new ShopMetrics(() => server.databases),
    },
    {
      provide: MESSAGING_OBSERVER,
      inject: [ShopMetrics],
      useFactory: (metrics: ShopMetrics) => new ObservedMessaging(metrics),
    },
    ObservabilityRuntime,
    ModulesReport,
  ];
}

export const OBSERVABILITY_CONTROLLERS = [MetricsController, ModulesController];
