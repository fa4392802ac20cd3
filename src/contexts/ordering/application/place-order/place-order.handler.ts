import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, ShopCurrency, Sku } from '../../../../platform/domain/index.js';
import { ShippingQuotes } from '../../../shipping/contracts/index.js';
import { DiscountCalculator } from '../../domain/discount-calculator.js';
import { Order } from '../../domain/order.js';
import { OrderRepository } from '../../domain/order.repository.js';
import { PaymentMethod } from '../../domain/payment-method.js';
import { Promotion } from '../../domain/promotion.js';
import { OrderingUnitOfWork } from '../ordering.unit-of-work.js';
import { type OrderView, viewOfOrder } from '../order.view.js';
import { OrderInputs } from './order-inputs.js';
import { PlaceOrderCommand } from './place-order.command.js';

/**
 * Prices the order from ordering's own price list and buyer view, asks
 * shipping for the cost (its public query interface), then stores the order
 * as PENDING — which publishes OrderPlaced through the outbox — and answers
 * with the order as its buyer sees it.
 */
@CommandHandler(PlaceOrderCommand)
export class PlaceOrderHandler implements ICommandHandler<PlaceOrderCommand> {
  constructor(
    private readonly db: OrderingUnitOfWork,
    private readonly orders: OrderRepository,
    private readonly inputs: OrderInputs,
    private readonly shipping: ShippingQuotes,
    private readonly currency: ShopCurrency,
    private readonly clock: Clock,
  ) {}

  async execute({ input }: PlaceOrderCommand): Promise<OrderView> {
    const now = this.clock.now();
    const requested = input.lines.map((line) => ({
      sku: Sku.normalize(line.sku),
      quantity: line.quantity,
    }));
    Order.checkLines(requested);
    const paymentMethod = PaymentMethod.parse(input.paymentMethod);
    const { products, premium } = await this.inputs.pricesFor(
      input.customerId,
      requested.map((line) => line.sku),
    );
    const shippingAddress = await this.inputs.shippingAddress(
      input.customerId,
      input.shippingAddress,
      input.shippingAddressId,
    );
    const promotionPercent = await this.inputs.promotionPercent(input.promotionCode, now);
    const pricing = DiscountCalculator.price(
      products.map((product, i) => ({
        unitPrice: product.unitPrice,
        quantity: requested[i]!.quantity,
      })),
      { premium, promotionPercent, currency: this.currency.code },
    );
    const quote = await this.shipping.quote({
      destinationCountry: shippingAddress.country,
      weightGrams: products.reduce(
        (sum, product, i) => sum + product.weightGrams * requested[i]!.quantity,
        0,
      ),
      merchandiseTotal: pricing.merchandiseTotal.toJSON(),
      premium,
    });
    return this.db.unitOfWork(async () => {
      const order = Order.place(
        {
          customerId: input.customerId,
          lines: products.map((product, i) => ({
            sku: product.sku,
            name: product.name,
            unitPrice: product.unitPrice,
            quantity: requested[i]!.quantity,
            weightGrams: product.weightGrams,
          })),
          pricing,
          shipping: this.currency.money(quote.cost.amount, quote.cost.currency),
          shippingAddress,
          paymentMethod,
          promotionCode:
            input.promotionCode === undefined ? null : Promotion.normalize(input.promotionCode),
        },
        now,
      );
      await this.orders.add(order);
      // Answered from the aggregate just stored: no read back.
      return viewOfOrder(order);
    });
  }
}
