import { DomainError } from '../../../platform/domain/index.js';
import type { OrderStatus } from './order-status.js';

export class OrderNotFound extends DomainError {
  readonly code = 'ORDERING.ORDER_NOT_FOUND';
  readonly kind = 'not_found';

  constructor(id: string) {
    super(`No order has the id ${id}`, { orderId: id });
  }
}

export class OrderCannotBeCancelledAfterShipment extends DomainError {
  readonly code = 'ORDERING.ORDER_CANNOT_BE_CANCELLED_AFTER_SHIPMENT';
  readonly kind = 'conflict';

  constructor(id: string, status: OrderStatus) {
    super(`The order ${id} is ${status}: it can no longer be cancelled`, {
      orderId: id,
      orderStatus: status,
    });
  }
}

export class OrderAlreadyCancelled extends DomainError {
  readonly code = 'ORDERING.ORDER_ALREADY_CANCELLED';
  readonly kind = 'conflict';

  constructor(id: string) {
    super(`The order ${id} is already cancelled`, { orderId: id });
  }
}

export class RejectedOrderCannotBeCancelled extends DomainError {
  readonly code = 'ORDERING.REJECTED_ORDER_CANNOT_BE_CANCELLED';
  readonly kind = 'conflict';

  constructor(id: string) {
    super(`The order ${id} was rejected: there is nothing to cancel`, { orderId: id });
  }
}

/** An order line or attribute breaks its rule; names the field like a validation error. */
export class InvalidOrder extends DomainError {
  readonly code = 'ORDERING.INVALID_ORDER';
  readonly kind = 'invalid';

  constructor(field: string, message: string) {
    super(`${field} ${message}`, { errors: [{ field, message: `${field} ${message}` }] });
  }
}

/** Skus that are unknown or no longer sold; names each offending line. */
export class ProductsNotAvailable extends DomainError {
  readonly code = 'ORDERING.PRODUCTS_NOT_AVAILABLE';
  readonly kind = 'rule_violated';

  constructor(
    lines: readonly { index: number; sku: string; reason: 'unknown' | 'discontinued' }[],
  ) {
    super(`Not available: ${lines.map((l) => `${l.sku} (${l.reason})`).join(', ')}`, {
      errors: lines.map((l) => ({
        field: `lines[${l.index}].sku`,
        message:
          l.reason === 'unknown'
            ? `${l.sku} is not a product of the shop`
            : `${l.sku} is no longer sold`,
      })),
    });
  }
}

export class UnknownShippingAddress extends DomainError {
  readonly code = 'ORDERING.UNKNOWN_SHIPPING_ADDRESS';
  readonly kind = 'rule_violated';

  constructor(id: string) {
    super(`The customer has no saved address ${id}`, {
      errors: [
        {
          field: 'shippingAddressId',
          message: 'shippingAddressId must name one of your saved addresses',
        },
      ],
    });
  }
}

/**
 * Ordering does not know the buyer: a customer who registered a moment ago
 * (ordering learns of them from customers' events), or no customer at all.
 */
export class BuyerNotKnown extends DomainError {
  readonly code = 'ORDERING.BUYER_NOT_KNOWN';
  readonly kind = 'conflict';

  constructor(customerId: string) {
    super(
      'Ordering does not know this customer yet: a new account becomes able to order within a second or two; retry shortly',
      { customerId },
    );
  }
}
