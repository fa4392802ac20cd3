import { Module } from '@nestjs/common';
import { handlersOf } from '../../platform/application/handler-files.js';
import type { AppConfig } from '../../platform/config/config.js';
import { APP_CONFIG } from '../../platform/config/tokens.js';
import { Clock } from '../../platform/domain/index.js';
import { PaymentsController } from './api/payments.controller.js';
import { ReconciliationController } from './api/reconciliation.controller.js';
import { ChargePayment } from './application/charge-payment/charge-payment.js';
import { ReconcilePayments } from './application/reconcile-payments/reconcile-payments.js';
import { RefundPayment } from './application/refund-payment/refund-payment.js';
import { PaymentProcessor } from './domain/payment-processor.js';
import { PaymentRepository } from './domain/payment.repository.js';
import { MikroPaymentRepository } from './infrastructure/mikro-payment.repository.js';
import { PaymentsDatabase, paymentsDatabaseProviders } from './infrastructure/payments.database.js';
import { ProviderFaults } from './infrastructure/provider-faults.js';
import { ReconciliationSchedule } from './infrastructure/reconciliation.schedule.js';
import { ResilientPaymentProcessor } from './infrastructure/resilient-payment-processor.js';
import { SimulatedGateway } from './infrastructure/simulated-providers.js';

/** The payments bounded context: charging orders through the providers, refunds, and reconciliation with the providers. */
@Module({
  controllers: [PaymentsController, ReconciliationController],
  providers: [
    ...paymentsDatabaseProviders,
    ...(await handlersOf(import.meta.dirname)),
    { provide: PaymentRepository, useClass: MikroPaymentRepository },
    {
      provide: ProviderFaults,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const faults = new ProviderFaults();
        faults.set({
          latencyMs: config.PAYMENT_FAULT_LATENCY_MS,
          failureRate: config.PAYMENT_FAULT_FAILURE_RATE,
          outage: config.PAYMENT_FAULT_OUTAGE,
        });
        return faults;
      },
    },
    {
      provide: PaymentProcessor,
      inject: [PaymentsDatabase, ProviderFaults, Clock, APP_CONFIG],
      useFactory: (db: PaymentsDatabase, faults: ProviderFaults, clock: Clock, config: AppConfig) =>
        new ResilientPaymentProcessor(
          {
            card: new SimulatedGateway('card', db, faults, clock),
            paypal: new SimulatedGateway('paypal', db, faults, clock),
          },
          {
            timeoutMs: config.PAYMENT_TIMEOUT_MS,
            retries: config.PAYMENT_RETRIES,
            breakerThreshold: config.PAYMENT_BREAKER_THRESHOLD,
            halfOpenAfterMs: config.PAYMENT_HALF_OPEN_AFTER_MS,
          },
        ),
    },
    ChargePayment,
    RefundPayment,
    ReconcilePayments,
    ReconciliationSchedule,
  ],
})
export class PaymentsModule {}
