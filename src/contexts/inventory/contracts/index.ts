/** The inventory's public face: what happens to the stock held for orders. */
export { StockReleasedV1 } from './stock-released.v1.js';
export { StockReservationRejectedV1 } from './stock-reservation-rejected.v1.js';
export { StockReservedV1 } from './stock-reserved.v1.js';
