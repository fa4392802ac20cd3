import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { OrderCancelledV1 } from '../../../ordering/contracts/index.js';
import { ReleaseStock } from './release-stock.js';

@Injectable()
@OnIntegrationEvent(OrderCancelledV1)
export class ReleaseStockOnOrderCancelled implements IntegrationEventHandler<
  typeof OrderCancelledV1
> {
  constructor(private readonly stock: ReleaseStock) {}

  handle({ payload }: EventEnvelope<OrderCancelledV1>): Promise<void> {
    return this.stock.release(payload.orderId);
  }
}
