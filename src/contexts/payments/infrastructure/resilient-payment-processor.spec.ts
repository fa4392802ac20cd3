import { BrokenCircuitError } from 'cockatiel';
import { Money } from '../../../platform/domain/money.js';
import type { ChargeOutcome, ProviderCharge } from '../domain/payment-processor.js';
import { ProviderUnavailable } from './provider-faults.js';
import { ResilientPaymentProcessor } from './resilient-payment-processor.js';
import type { SimulatedGateway } from './simulated-providers.js';

/** A gateway that answers from a script and counts its calls. */
function scriptedGateway(script: (call: number) => ChargeOutcome | Error | 'hang') {
  let calls = 0;
  const gateway = {
    get calls() {
      return calls;
    },
    /** What the provider recorded for the key (a lookup answers it). */
    recorded: null as ProviderCharge | null,
    lookups: 0,
    async findCharge(): Promise<ProviderCharge | null> {
      gateway.lookups++;
      return gateway.recorded;
    },
    async charge(): Promise<ChargeOutcome> {
      const answer = script(++calls);
      if (answer === 'hang') return new Promise(() => {});
      if (answer instanceof Error) throw answer;
      return answer;
    },
    refunds: 0,
    recordedRefund: null as { reference: string } | null,
    async findRefund() {
      return gateway.recordedRefund;
    },
    /** Every refund call hangs: the provider refunds, but the answer never comes. */
    async refund(): Promise<{ reference: string }> {
      gateway.refunds++;
      return new Promise(() => {});
    },
  };
  return gateway;
}

const recordedCapture: ProviderCharge = {
  idempotencyKey: 'k',
  provider: 'card',
  amount: Money.of(100, 'USD'),
  outcome: { outcome: 'captured', reference: 'ch_recorded' },
  metadata: { orderId: 'o-1', customerId: 'c-1' },
  recordedAt: new Date('2026-03-01T09:00:00Z'),
};
const settings = { timeoutMs: 50, retries: 2, breakerThreshold: 3, halfOpenAfterMs: 10_000 };
const charge = (processor: ResilientPaymentProcessor, token = 'tok_visa') =>
  processor.authorizeAndCapture({
    idempotencyKey: 'k',
    amount: Money.of(100, 'USD'),
    method: { type: 'card', token },
    metadata: { orderId: 'o-1', customerId: 'c-1' },
  });
const processorWith = (card: ReturnType<typeof scriptedGateway>) =>
  new ResilientPaymentProcessor(
    { card, paypal: card } as unknown as Record<'card' | 'paypal', SimulatedGateway>,
    settings,
  );

describe('ResilientPaymentProcessor', () => {
  it('retries a transient failure and returns the capture', async () => {
    const gateway = scriptedGateway((call) =>
      call < 3 ? new ProviderUnavailable('503') : { outcome: 'captured', reference: 'ch_1' },
    );
    await expect(charge(processorWith(gateway))).resolves.toEqual({
      outcome: 'captured',
      reference: 'ch_1',
    });
    expect(gateway.calls).toBe(3);
  });

  it('never retries a decline', async () => {
    const gateway = scriptedGateway(() => ({ outcome: 'declined', reason: 'card_declined' }));
    await expect(charge(processorWith(gateway), 'tok_chargeDeclined')).resolves.toEqual({
      outcome: 'declined',
      reason: 'card_declined',
    });
    expect(gateway.calls).toBe(1);
  });

  it('gives up on a call that keeps hanging past the timeout, asking the provider before each new charge', async () => {
    const gateway = scriptedGateway(() => 'hang');
    await expect(charge(processorWith(gateway))).rejects.toThrow();
    expect(gateway.calls).toBe(3);
    expect(gateway.lookups).toBe(2);
  });

  it('takes the outcome the provider recorded for a timed-out call instead of charging again', async () => {
    const gateway = scriptedGateway(() => 'hang');
    gateway.recorded = recordedCapture;
    await expect(charge(processorWith(gateway))).resolves.toEqual(recordedCapture.outcome);
    expect(gateway.calls).toBe(1);
    expect(gateway.lookups).toBe(1);
  });

  it('asks first on the next call for a key whose last call ended without an answer', async () => {
    const gateway = scriptedGateway(() => 'hang');
    const processor = new ResilientPaymentProcessor(
      { card: gateway, paypal: gateway } as unknown as Record<'card' | 'paypal', SimulatedGateway>,
      { ...settings, retries: 0 },
    );
    await expect(charge(processor)).rejects.toThrow();
    expect(gateway.lookups).toBe(0);
    gateway.recorded = recordedCapture;
    await expect(charge(processor)).resolves.toEqual(recordedCapture.outcome);
    expect(gateway.calls).toBe(1);
  });

  it('takes the refund the provider recorded for a timed-out refund instead of refunding again', async () => {
    const gateway = scriptedGateway(() => 'hang');
    const refund = () =>
      processorWith(gateway).refund({
        idempotencyKey: 'refund:o-1',
        chargeReference: 'ch_1',
        amount: Money.of(100, 'USD'),
        provider: 'card',
      });
    gateway.recordedRefund = { reference: 're_recorded' };
    await expect(refund()).resolves.toEqual({ reference: 're_recorded' });
    expect(gateway.refunds).toBe(1);
  });

  it('opens the circuit after consecutive failures and then refuses at once, without calling', async () => {
    const gateway = scriptedGateway(() => new ProviderUnavailable('down'));
    const processor = processorWith(gateway);
    for (let i = 0; i < 3; i++) await expect(charge(processor)).rejects.toThrow();
    const callsWhenOpen = gateway.calls;
    await expect(charge(processor)).rejects.toBeInstanceOf(BrokenCircuitError);
    expect(gateway.calls).toBe(callsWhenOpen);
  });
});
