/** The payments context's public face: what became of an order's payment. */
export { PaymentCapturedV1 } from './payment-captured.v1.js';
export { PaymentFailedV1 } from './payment-failed.v1.js';
export { PaymentRefundedV1 } from './payment-refunded.v1.js';
