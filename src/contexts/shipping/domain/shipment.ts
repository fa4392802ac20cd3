import { randomBytes } from 'node:crypto';
import {
  AggregateRoot,
  DomainError,
  DomainEvent,
  type Money,
  newId,
  type PostalAddress,
} from '../../../platform/domain/index.js';

export type ShipmentStatus = 'PENDING' | 'DISPATCHED' | 'DELIVERED' | 'CANCELLED';

export type ShipmentAddress = PostalAddress;

/** One step of a shipment, as its timeline shows it. */
export interface ShipmentStep {
  readonly status: ShipmentStatus;
  readonly at: string;
}

/** What a shipment is made for: the paid order, where it goes and what its shipping cost. */
export interface ShipmentOrder {
  readonly orderId: string;
  readonly customerId: string;
  readonly address: ShipmentAddress;
  readonly cost: Money;
}

/** Everything a shipment is made of, by its public names. */
export interface ShipmentState extends ShipmentOrder {
  readonly id: string;
  readonly createdAt: Date;
  readonly status: ShipmentStatus;
  readonly carrier: string | null;
  readonly trackingNumber: string | null;
  readonly timeline: readonly ShipmentStep[];
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
  readonly id: string;
  readonly orderId: string;
  readonly customerId: string;
  readonly address: ShipmentAddress;
  readonly cost: Money;
  readonly createdAt: Date;
  private _status: ShipmentStatus;
  private _carrier: string | null;
  private _trackingNumber: string | null;
  private _timeline: readonly ShipmentStep[];
  private readonly version?: number;

  get status(): ShipmentStatus {
    return this._status;
  }

  // The ORM hydrates stored shipments without calling the constructor.
  private constructor(state: ShipmentState) {
    super();
    this.id = state.id;
    this.orderId = state.orderId;
    this.customerId = state.customerId;
    this.address = state.address;
    this.cost = state.cost;
    this.createdAt = state.createdAt;
    this._status = state.status;
    this._carrier = state.carrier;
    this._trackingNumber = state.trackingNumber;
    this._timeline = state.timeline;
  }

  static create(input: ShipmentOrder, now: Date): Shipment {
    const shipment = new Shipment({
      id: newId(now.getTime()),
      orderId: input.orderId,
      customerId: input.customerId,
      address: input.address,
      cost: input.cost,
      createdAt: now,
      status: 'PENDING',
      carrier: null,
      trackingNumber: null,
      timeline: [{ status: 'PENDING', at: now.toISOString() }],
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
  abstract findByOrders(orderIds: readonly string[]): Promise<Shipment[]>;
  abstract save(shipment: Shipment): void;

  async get(id: string): Promise<Shipment> {
    const shipment = await this.findById(id);
    if (!shipment) throw new ShipmentNotFound(id);
    return shipment;
  }
}
