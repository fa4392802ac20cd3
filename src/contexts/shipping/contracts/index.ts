/**
 * Shipping's public face: the shipping-quote query. Other contexts import
 * from here and nowhere else in shipping.
 */
export {
  type FreeShippingReason,
  type MoneyAmount,
  type ShippingQuote,
  type ShippingQuoteRequest,
  ShippingQuoteRequestSchema,
  ShippingQuotes,
  type ShippingZone,
} from './shipping-quotes.js';
export {
  ShipmentCreatedV1,
  ShipmentDeliveredV1,
  ShipmentDispatchedV1,
} from './shipment-events.v1.js';
