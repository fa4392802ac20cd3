/** The JSON Schema of a ReconciliationReport, for the OpenAPI document. */
export const RECONCILIATION_REPORT_SCHEMA = {
  type: 'object',
  required: ['id', 'ranAt', 'window', 'recorded', 'unmatched'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    ranAt: { type: 'string', format: 'date-time' },
    window: {
      type: 'object',
      required: ['from', 'to'],
      properties: {
        from: { type: 'string', format: 'date-time' },
        to: { type: 'string', format: 'date-time' },
      },
    },
    recorded: {
      type: 'array',
      items: {
        type: 'object',
        required: ['orderId', 'outcome', 'providerReference', 'deliveriesReplayed'],
        properties: {
          orderId: { type: 'string', format: 'uuid' },
          outcome: { enum: ['captured', 'declined'] },
          providerReference: { type: ['string', 'null'] },
          deliveriesReplayed: { type: 'integer', minimum: 0 },
        },
      },
    },
    unmatched: {
      type: 'array',
      items: {
        type: 'object',
        required: ['orderId', 'problem'],
        properties: {
          orderId: { type: 'string' },
          problem: {
            enum: [
              'payment_without_provider_charge',
              'charge_without_order_metadata',
              'settlement_failed',
            ],
          },
        },
      },
    },
  },
};
