import { aShipment } from '../../../../test/builders/shipment.builder.js';
import type { Shipment } from './shipment.js';
import { ShipmentTransitionNotAllowed } from './shipment.js';

const now = new Date('2026-03-01T09:00:00Z');

describe('Shipment', () => {
  it('is created pending and says so', () => {
    const shipment = aShipment().build();
    expect(shipment.status).toBe('PENDING');
    expect(shipment.pullEvents().map((e) => e.constructor.name)).toEqual(['ShipmentCreated']);
  });

  it('is dispatched with a tracking number, then delivered', () => {
    const shipment = aShipment().build();
    shipment.pullEvents();
    shipment.dispatch('DHL Express', now);
    const [dispatched] = shipment.pullEvents();
    expect(dispatched).toMatchObject({
      carrier: 'DHL Express',
      trackingNumber: expect.stringMatching(/^DHLE[0-9A-F]{12}$/),
    });
    shipment.deliver(now);
    expect(shipment.status).toBe('DELIVERED');
    expect(shipment.pullEvents().map((e) => e.constructor.name)).toEqual(['ShipmentDelivered']);
  });

  it.each([
    ['deliver before dispatch', (s: Shipment) => s.deliver(now)],
    ['dispatch twice', (s: Shipment) => (s.dispatch('UPS', now), s.dispatch('UPS', now))],
    ['dispatch a cancelled shipment', (s: Shipment) => (s.cancel(now), s.dispatch('UPS', now))],
  ])('refuses to %s, naming the rule', (_case, act) => {
    const shipment = aShipment().build();
    expect(() => act(shipment)).toThrow(ShipmentTransitionNotAllowed);
    try {
      act(aShipment().build());
    } catch (error) {
      expect((error as ShipmentTransitionNotAllowed).code).toBe(
        'SHIPPING.SHIPMENT_TRANSITION_NOT_ALLOWED',
      );
    }
  });

  it('is cancelled only while pending', () => {
    const dispatched = aShipment().dispatchedWith('UPS').build();
    dispatched.cancel(now);
    expect(dispatched.status).toBe('DISPATCHED');
    const delivered = aShipment().delivered().build();
    delivered.cancel(now);
    expect(delivered.status).toBe('DELIVERED');
    const pending = aShipment().build();
    pending.cancel(now);
    expect(pending.status).toBe('CANCELLED');
  });
});
