import { randomBytes } from 'node:crypto';
import { AggregateRoot, DomainError, DomainEvent, newId } from '../../../platform/domain/index.js';

export type ShipmentStatus = 'PENDING' | 'DISPATCHED' | 'DELIVERED' | 'CANCELLED';

export interface ShipmentAddress {
  readonly recipient: string;
  readonly line1: string;
  readonly line2: string | null;
  readonly city: string;
  readonly postalCode: string;
  readonly region: string | null;
  readonly country: string;
}

export class ShipmentNotFound extends DomainError {
  readonly code = 'SHIPPING.SHIPMENT_NOT_FOUND';
  readonly kind = 'not_found';

  constructor(id: string) {
    super(`No shipment has the id ${id}`, { shipmentId: id });
  }
}

/** A shipment moves PENDING → DISPATCHED → DELIVERED, one step at a time. */
export class ShipmentTransitionNotAllowed extends DomainError {
  readonly code = 'SHIPPING.SHIPMENT_TRANSITION_NOT_ALLOWED';
  readonly kind = 'conflict';

  constructor(id: string, from: ShipmentStatus, to: ShipmentStatus) {
    super(`The shipment ${id} is ${from}: it cannot become ${to}`, {
      shipmentId: id,
      shipmentStatus: from,
      requestedStatus: to,
    });
  }
}

export class ShipmentCreated extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly orderId: string,
    readonly occurredAt: Date,
  ) {
    super();
  }
}

export class ShipmentDispatched extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly orderId: string,
    readonly carrier: string,
    readonly trackingNumber: string,
    readonly occurredAt: Date,
  ) {
    super();
  }
}

export class ShipmentDelivered extends DomainEvent {
  constructor(
    readonly aggregateId: string,
    readonly orderId: string,
    readonly occurredAt: Date,
  ) {
    super();
  }
}

/** The parcel of one paid order. */
export class Shipment extends AggregateRoot {
  readonly id!: string;
  readonly orderId!: string;
  readonly customerId!: string;
  readonly address!: ShipmentAddress;
  readonly cost!: { readonly amount: number; readonly currency: string };
  readonly createdAt!: Date;
  private _status!: ShipmentStatus;
  private _carrier!: string | null;
  private _trackingNumber!: string | null;
  private _timeline!: { status: ShipmentStatus; at: string }[];
  private readonly version?: number;

  get status(): ShipmentStatus {
    return this._status;
  }

  // The ORM hydrates stored shipments without calling the constructor.
  private constructor(state: Record<string, unknown>) {
    super();
    Object.assign(this, state);
  }

  static create(
    input: {
      orderId: string;
      customerId: string;
      address: ShipmentAddress;
      cost: { amount: number; currency: string };
    },
    now: Date,
  ): Shipment {
    const shipment = new Shipment({
      id: newId(now.getTime()),
      ...input,
      createdAt: now,
      _status: 'PENDING',
      _carrier: null,
      _trackingNumber: null,
      _timeline: [{ status: 'PENDING', at: now.toISOString() }],
    });
    shipment.raise(new ShipmentCreated(shipment.id, shipment.orderId, now));
    return shipment;
  }

  dispatch(carrier: string, now: Date): void {
    this.move('PENDING', 'DISPATCHED', now);
    this._carrier = carrier;
    this._trackingNumber = `${carrier
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 4)
      .toUpperCase()}${randomBytes(6).toString('hex').toUpperCase()}`;
    this.raise(new ShipmentDispatched(this.id, this.orderId, carrier, this._trackingNumber, now));
  }

  deliver(now: Date): void {
    this.move('DISPATCHED', 'DELIVERED', now);
    this.raise(new ShipmentDelivered(this.id, this.orderId, now));
  }

  /** The order was cancelled before dispatch; a dispatched parcel cannot be called back here. */
  cancel(now: Date): void {
    if (this._status !== 'PENDING') return;
    this.move('PENDING', 'CANCELLED', now);
  }

  private move(from: ShipmentStatus, to: ShipmentStatus, now: Date): void {
    if (this._status !== from) throw new ShipmentTransitionNotAllowed(this.id, this._status, to);
    this._status = to;
    this._timeline = [...this._timeline, { status: to, at: now.toISOString() }];
  }
}

/** Where shipments are kept. The abstract class is the injection token. */
export abstract class ShipmentRepository {
  abstract findById(id: string): Promise<Shipment | null>;
  abstract findByOrder(orderId: string): Promise<Shipment | null>;
  abstract save(shipment: Shipment): void;

  async get(id: string): Promise<Shipment> {
    const shipment = await this.findById(id);
    if (!shipment) throw new ShipmentNotFound(id);
    return shipment;
  }
}
