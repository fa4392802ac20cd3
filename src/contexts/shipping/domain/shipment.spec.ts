import { Shipment, ShipmentTransitionNotAllowed } from './shipment.js';

const now = new Date('2026-03-01T09:00:00Z');
const address = {
  recipient: 'Ada',
  line1: '1 Main St',
  line2: null,
  city: 'Springfield',
  postalCode: '62701',
  region: null,
  country: 'US',
};
const aShipment = () =>
  Shipment.create(
    { orderId: 'o-1', customerId: 'c-1', address, cost: { amount: 499, currency: 'USD' } },
    now,
  );

describe('Shipment', () => {
  it('is created pending and says so', () => {
    const shipment = aShipment();
    expect(shipment.status).toBe('PENDING');
    expect(shipment.pullEvents().map((e) => e.constructor.name)).toEqual(['ShipmentCreated']);
  });

  it('is dispatched with a tracking number, then delivered', () => {
    const shipment = aShipment();
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
    const shipment = aShipment();
    expect(() => act(shipment)).toThrow(ShipmentTransitionNotAllowed);
    try {
      act(aShipment());
    } catch (error) {
      expect((error as ShipmentTransitionNotAllowed).code).toBe(
        'SHIPPING.SHIPMENT_TRANSITION_NOT_ALLOWED',
      );
    }
  });

  it('is cancelled only while pending', () => {
    const shipment = aShipment();
    shipment.dispatch('UPS', now);
    shipment.cancel(now);
    expect(shipment.status).toBe('DISPATCHED');
  });
});
