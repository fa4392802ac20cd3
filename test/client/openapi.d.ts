// Generated from openapi/openapi.json by `npm run openapi:snapshot`; do not edit.
export interface paths {
  '/api/admin/dead-letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the dead letters */
    get: operations['MessagingController_deadLetters'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/dead-letters/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a dead letter */
    get: operations['MessagingController_deadLetter'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/dead-letters/{id}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replay one dead letter */
    post: operations['MessagingController_replayDeadLetter'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/dead-letters/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replay every dead letter */
    post: operations['MessagingController_replayAllDeadLetters'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/event-log/{context}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read the events a context published */
    get: operations['MessagingController_eventLog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the integration events with their schemas */
    get: operations['MessagingController_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/handlers/{handler}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replay the events a handler consumed since a time */
    post: operations['MessagingController_replayHandler'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/modules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The contexts, which process hosts each, and what would cross the network */
    get: operations['ModulesController_modules'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/payments/reconciliation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reconcile payments with the providers now */
    post: operations['ReconciliationController_reconcile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/payments/reconciliations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The latest reconciliations that found something */
    get: operations['ReconciliationController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/recommendations/rebuild': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rebuild the co-purchase counts from the event log */
    post: operations['RecommendationsController_rebuild'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sign-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out everywhere: revoke every token issued to the caller */
    post: operations['AuthController_signOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in: exchange e-mail and password for a bearer token */
    post: operations['AuthController_token'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register a customer account */
    post: operations['CustomersController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/customers/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Disable a customer account: no sign-in, its tokens refused */
    post: operations['CustomersController_disable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/customers/{id}/premium': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upgrade a customer to the premium tier */
    post: operations['CustomersController_upgradeToPremium'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/customers/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read your own profile */
    get: operations['CustomersController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/customers/me/addresses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Save an address in your address book */
    post: operations['CustomersController_addAddress'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/customers/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change your password: every other token of yours stops working */
    post: operations['CustomersController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inventory/{sku}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read the stock level of a sku */
    get: operations['StockController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inventory/{sku}/receipts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Receive stock for a sku */
    post: operations['StockController_receive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List your orders */
    get: operations['OrdersController_list'];
    put?: never;
    /** Place an order */
    post: operations['OrdersController_place'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read an order with its timeline */
    get: operations['OrdersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orders/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel an order */
    post: operations['OrdersController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the payments of an order */
    get: operations['PaymentsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search the catalog */
    get: operations['ProductsController_list'];
    put?: never;
    /** Add a product to the catalog */
    post: operations['ProductsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/products/{sku}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a product */
    get: operations['ProductsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/products/{sku}/discontinue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Discontinue a product */
    post: operations['ProductsController_discontinue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/products/{sku}/price': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change the price of a product */
    put: operations['ProductsController_changePrice'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/promotions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a promotion code */
    post: operations['PromotionsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/recommendations/{sku}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Products frequently bought together with a sku */
    get: operations['RecommendationsController_boughtWith'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/shipments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the shipments of an order */
    get: operations['ShipmentsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/shipments/{id}/deliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a shipment delivered */
    post: operations['ShipmentsController_deliver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/shipments/{id}/dispatch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Dispatch a shipment with a carrier */
    post: operations['ShipmentsController_dispatch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/shipping/quotes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Quote the shipping cost of a parcel */
    post: operations['ShippingQuotesController_quote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AddressRequest: {
      /** @example Springfield */
      city: string;
      /**
       * @description ISO 3166-1 alpha-2.
       * @example US
       */
      country: string;
      /** @example 1 Main St */
      line1: string;
      line2?: string;
      /** @example 62701 */
      postalCode: string;
      /** @example Ada Lovelace */
      recipient: string;
      /** @example IL */
      region?: string;
    };
    AddressResponse: {
      /** @example Springfield */
      city: string;
      /**
       * @description ISO 3166-1 alpha-2.
       * @example US
       */
      country: string;
      /** Format: uuid */
      id: string;
      /** @example 1 Main St */
      line1: string;
      /** @example null */
      line2: string | null;
      /** @example 62701 */
      postalCode: string;
      /** @example Ada Lovelace */
      recipient: string;
      /** @example IL */
      region: string | null;
    };
    CardPaymentRequest: {
      /**
       * @description The provider’s card token. Never a card number.
       * @example tok_visa
       */
      token: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'card';
    };
    CardPaymentResponse: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'card';
    };
    ChangePasswordRequest: {
      currentPassword: string;
      newPassword: string;
    };
    ChangePriceRequest: {
      price: components['schemas']['MoneyDto'];
    };
    CreateProductRequest: {
      /**
       * @description Lower-case slug.
       * @example kitchen
       */
      category: string;
      /** @example A sturdy enamel camping mug, 350 ml. */
      description: string;
      /** @example Enamel mug */
      name: string;
      price: components['schemas']['MoneyDto'];
      /**
       * @description Letters, digits and dashes; stored upper-case.
       * @example MUG-001
       */
      sku: string;
      /** @example 350 */
      weightGrams: number;
    };
    CreatePromotionRequest: {
      /** @example SPRING10 */
      code: string;
      /** @example 15 */
      percentage: number;
      /**
       * Format: date-time
       * @example 2026-03-01T00:00:00Z
       */
      validFrom: string;
      /**
       * Format: date-time
       * @example 2026-04-01T00:00:00Z
       */
      validUntil: string;
    };
    DeadLetterListResponse: {
      items: components['schemas']['DeadLetterResponse'][];
      /**
       * @description Contexts hosted by another process that did not answer now: their part is missing (docs/topology.md).
       * @example []
       */
      unreachable: string[];
    };
    DeadLetterResponse: {
      /** @example 10 */
      attempts: number;
      /** @example inventory */
      context: string;
      error: string | null;
      event: components['schemas']['EventEnvelopeResponse'];
      /** Format: date-time */
      firstFailedAt: string | null;
      /** @example inventory.OpenStockItem */
      handler: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      lastFailedAt: string | null;
      /** Format: date-time */
      receivedAt: string;
    };
    DeadLettersReplayedResponse: {
      /** @example 3 */
      replayed: number;
      /**
       * @description Contexts hosted by another process that did not answer now: their part is missing (docs/topology.md).
       * @example []
       */
      unreachable: string[];
    };
    DispatchRequest: {
      /** @example UPS */
      carrier: string;
    };
    EventCatalogEntryResponse: {
      consumers: components['schemas']['EventConsumerResponse'][];
      description: string;
      /** @example catalog.ProductCreated.v1 */
      name: string;
      /** @example catalog */
      producer: string;
      /** @description JSON Schema of the payload. */
      schema: {
        [key: string]: unknown;
      };
      /** @example ProductCreated */
      type: string;
      /** @example 1 */
      version: number;
    };
    EventCatalogResponse: {
      /**
       * @description Events two processes describe differently (two versions of one contract deployed): the description of the process hosting the producer is shown.
       * @example []
       */
      conflicts: string[];
      items: components['schemas']['EventCatalogEntryResponse'][];
      /**
       * @description Contexts hosted by another process that did not answer now: their part is missing (docs/topology.md).
       * @example []
       */
      unreachable: string[];
    };
    EventConsumerResponse: {
      /** @example inventory */
      context: string;
      /** @example inventory.OpenStockItem */
      handler: string;
    };
    EventEnvelopeResponse: {
      aggregateId: string;
      causationId: string;
      correlationId: string;
      /** Format: uuid */
      id: string;
      /** @example catalog.ProductCreated.v1 */
      name: string;
      /** Format: date-time */
      occurredAt: string;
      /** @description As the event’s schema says. */
      payload: {
        [key: string]: unknown;
      };
      sequence: number;
      /** @example catalog */
      source: string;
      version: number;
    };
    EventLogPageResponse: {
      items: components['schemas']['EventEnvelopeResponse'][];
      /** @example null */
      nextCursor: string | null;
    };
    FieldError: {
      /** @example lines[0].quantity */
      field: string;
      /** @example lines[0].quantity must not be less than 1 */
      message: string;
    };
    IssueTokenRequest: {
      /**
       * Format: email
       * @example ada@example.com
       */
      email: string;
      /** @example analytical-engine */
      password: string;
    };
    MoneyDto: {
      /**
       * @description Amount in minor units (cents).
       * @example 1999
       */
      amount: number;
      /**
       * @description ISO 4217 code; must be the shop’s currency.
       * @example USD
       */
      currency: string;
    };
    MoneyResponse: {
      /**
       * @description Minor units (cents).
       * @example 0
       */
      amount: number;
      /** @example USD */
      currency: string;
    };
    OrderLineRequest: {
      /** @example 2 */
      quantity: number;
      /** @example MUG-001 */
      sku: string;
    };
    OrderLineResponse: {
      lineTotal: components['schemas']['OrderMoney'];
      /** @example Enamel mug */
      name: string;
      /** @example 2 */
      quantity: number;
      /** @example MUG-001 */
      sku: string;
      /** @description The price when the order was placed. */
      unitPrice: components['schemas']['OrderMoney'];
      volumeDiscount: components['schemas']['OrderMoney'];
      /** @example 500 */
      weightGrams: number;
    };
    OrderMoney: {
      /**
       * @description Minor units (cents).
       * @example 1999
       */
      amount: number;
      /** @example USD */
      currency: string;
    };
    OrderPageResponse: {
      items: components['schemas']['OrderResponse'][];
      /** @example null */
      nextCursor: string | null;
    };
    OrderResponse: {
      /** Format: uuid */
      customerId: string;
      /** Format: uuid */
      id: string;
      lines: components['schemas']['OrderLineResponse'][];
      /** @description The kind of payment; a card token is never shown back. */
      paymentMethod:
        | components['schemas']['CardPaymentResponse']
        | components['schemas']['PayPalPaymentResponse'];
      /** Format: date-time */
      placedAt: string;
      /** @example SPRING10 */
      promotionCode: string | null;
      /** @example out_of_stock */
      rejectionReason: string | null;
      shippingAddress: components['schemas']['PostalAddressResponse'];
      /** @example PAID */
      status: components['schemas']['OrderStatus'];
      timeline: components['schemas']['TimelineEntryResponse'][];
      totals: components['schemas']['OrderTotalsResponse'];
      /** Format: date-time */
      updatedAt: string;
    };
    /** @enum {string} */
    OrderStatus:
      'PENDING' | 'AWAITING_PAYMENT' | 'PAID' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED' | 'REJECTED';
    OrderTotalsResponse: {
      /** @description Volume discounts plus the order discount. */
      discount: components['schemas']['OrderMoney'];
      shipping: components['schemas']['OrderMoney'];
      /** @description Σ unit price × quantity. */
      subtotal: components['schemas']['OrderMoney'];
      total: components['schemas']['OrderMoney'];
    };
    PaymentHistoryEntryResponse: {
      /** Format: date-time */
      at: string;
      /** @example null */
      detail: string | null;
      status: components['schemas']['PaymentStatus'];
    };
    PaymentListResponse: {
      items: components['schemas']['PaymentResponse'][];
    };
    PaymentMoney: {
      /**
       * @description Minor units (cents).
       * @example 7709
       */
      amount: number;
      /** @example USD */
      currency: string;
    };
    PaymentResponse: {
      amount: components['schemas']['PaymentMoney'];
      /** Format: date-time */
      createdAt: string;
      /** @example null */
      failureReason: string | null;
      history: components['schemas']['PaymentHistoryEntryResponse'][];
      /** Format: uuid */
      id: string;
      /**
       * @example card
       * @enum {string}
       */
      methodType: 'card' | 'paypal';
      /** Format: uuid */
      orderId: string;
      /** @example ch_3f9a1c */
      providerReference: string | null;
      /** @example captured */
      status: components['schemas']['PaymentStatus'];
    };
    /** @enum {string} */
    PaymentStatus: 'captured' | 'failed' | 'refunded';
    PayPalPaymentRequest: {
      /**
       * Format: email
       * @example ada@example.com
       */
      payerEmail: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'paypal';
    };
    PayPalPaymentResponse: {
      /**
       * Format: email
       * @example ada@example.com
       */
      payerEmail: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'paypal';
    };
    PlaceOrderToAddress: {
      lines: components['schemas']['OrderLineRequest'][];
      paymentMethod:
        components['schemas']['CardPaymentRequest'] | components['schemas']['PayPalPaymentRequest'];
      /** @example SPRING10 */
      promotionCode?: string;
      shippingAddress: components['schemas']['ShippingAddressRequest'];
    };
    PlaceOrderToSavedAddress: {
      lines: components['schemas']['OrderLineRequest'][];
      paymentMethod:
        components['schemas']['CardPaymentRequest'] | components['schemas']['PayPalPaymentRequest'];
      /** @example SPRING10 */
      promotionCode?: string;
      /**
       * Format: uuid
       * @description The id of one of your saved addresses.
       */
      shippingAddressId: string;
    };
    PostalAddressResponse: {
      /** @example Springfield */
      city: string;
      /** @example US */
      country: string;
      /** @example 1 Main St */
      line1: string;
      /** @example null */
      line2: string | null;
      /** @example 62701 */
      postalCode: string;
      /** @example Ada Lovelace */
      recipient: string;
      /** @example IL */
      region: string | null;
    };
    /** @description RFC 9457 problem details. `code` is stable: switch on it. `type` names a section of docs/problems.md. Extension members depend on the code. */
    Problem: {
      /** @example CATALOG.PRODUCT_NOT_FOUND */
      code: string;
      /** @example No product has the sku MUG-404 */
      detail: string;
      /** @example /api/products/MUG-404 */
      instance: string;
      /** @example 5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11 */
      requestId: string;
      status: number;
      /** @example Product not found */
      title: string;
      /**
       * Format: uri
       * @example urn:emporium:problem:catalog.product_not_found
       */
      type: string;
    };
    ProductPageResponse: {
      items: components['schemas']['ProductResponse'][];
      /**
       * @description Cursor of the next page; null on the last.
       * @example null
       */
      nextCursor: string | null;
    };
    ProductResponse: {
      /** @description False once discontinued. */
      active: boolean;
      /** @example kitchen */
      category: string;
      /** Format: date-time */
      createdAt: string;
      /** @example A sturdy enamel camping mug, 350 ml. */
      description: string;
      /** Format: uuid */
      id: string;
      /** @example Enamel mug */
      name: string;
      price: components['schemas']['MoneyDto'];
      /** @example MUG-001 */
      sku: string;
      /** Format: date-time */
      updatedAt: string;
      /** @example 350 */
      weightGrams: number;
    };
    ProfileResponse: {
      addresses: components['schemas']['AddressResponse'][];
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: email
       * @example ada@example.com
       */
      email: string;
      /** Format: uuid */
      id: string;
      lifetimeSpend: components['schemas']['MoneyResponse'];
      /** @example Ada Lovelace */
      name: string;
      /** @enum {string} */
      role: 'customer' | 'admin';
      /** @enum {string} */
      tier: 'standard' | 'premium';
    };
    PromotionResponse: {
      /** @example SPRING10 */
      code: string;
      /** @example 15 */
      percentage: number;
      /** Format: date-time */
      validFrom: string;
      /** Format: date-time */
      validUntil: string;
    };
    QuoteShippingRequest: {
      /**
       * @description ISO 3166-1 alpha-2 code, upper case.
       * @example US
       */
      destinationCountry: string;
      /** @description Merchandise total after discounts, before shipping. */
      merchandiseTotal: components['schemas']['ShippingMoneyDto'];
      /**
       * @description Premium customers ship free from 50.00.
       * @default false
       */
      premium?: boolean;
      /** @example 7000 */
      weightGrams: number;
    };
    ReceiptRequest: {
      /** @example 24 */
      quantity: number;
    };
    RecommendationResponse: {
      /**
       * @description Paid orders with both skus.
       * @example 3
       */
      orders: number;
      /** @example TEA-001 */
      sku: string;
    };
    RecommendationsResponse: {
      items: components['schemas']['RecommendationResponse'][];
      /** @example MUG-001 */
      sku: string;
    };
    RegisterCustomerRequest: {
      /**
       * Format: email
       * @example ada@example.com
       */
      email: string;
      /** @example Ada Lovelace */
      name: string;
      /** @example analytical-engine */
      password: string;
    };
    ReplayedResponse: {
      /** @example 3 */
      replayed: number;
    };
    ReplayRequest: {
      /**
       * Format: date-time
       * @description Replay events that occurred at or after this time.
       * @example 2026-03-01T00:00:00Z
       */
      since: string;
    };
    ShipmentListResponse: {
      items: components['schemas']['ShipmentResponse'][];
    };
    ShipmentResponse: {
      address: components['schemas']['PostalAddressResponse'];
      /** @example UPS */
      carrier: string | null;
      cost: components['schemas']['ShippingMoneyDto'];
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      orderId: string;
      /** @example DISPATCHED */
      status: components['schemas']['ShipmentStatus'];
      timeline: components['schemas']['ShipmentTimelineEntryResponse'][];
      /** @example UPS3F9A1C0B2D4E */
      trackingNumber: string | null;
    };
    /** @enum {string} */
    ShipmentStatus: 'PENDING' | 'DISPATCHED' | 'DELIVERED' | 'CANCELLED';
    ShipmentTimelineEntryResponse: {
      /** Format: date-time */
      at: string;
      status: components['schemas']['ShipmentStatus'];
    };
    ShippingAddressRequest: {
      /** @example Springfield */
      city: string;
      /**
       * @description ISO 3166-1 alpha-2.
       * @example US
       */
      country: string;
      /** @example 1 Main St */
      line1: string;
      line2?: string;
      /** @example 62701 */
      postalCode: string;
      /** @example Ada Lovelace */
      recipient: string;
      /** @example IL */
      region?: string;
    };
    ShippingMoneyDto: {
      /**
       * @description Amount in minor units (cents).
       * @example 6610
       */
      amount: number;
      /**
       * @description ISO 4217 code; must be the shop’s currency.
       * @example USD
       */
      currency: string;
    };
    ShippingQuoteResponse: {
      /**
       * @description Started kilograms charged, at least 1.
       * @example 7
       */
      chargeableKilograms: number;
      /** @description Zero when shipping is free. */
      cost: components['schemas']['ShippingMoneyDto'];
      /** @example false */
      free: boolean;
      /**
       * @description Why shipping is free; null when it is not.
       * @enum {string|null}
       */
      freeBecause: 'premium_threshold' | 'order_threshold' | null;
      /**
       * @example domestic
       * @enum {string}
       */
      zone: 'domestic' | 'international';
    };
    StockLevelResponse: {
      /**
       * @description On hand minus reserved.
       * @example 10
       */
      available: number;
      /** @example 12 */
      onHand: number;
      /** @example 2 */
      reserved: number;
      /** @example MUG-001 */
      sku: string;
    };
    TimelineEntryResponse: {
      /** Format: date-time */
      at: string;
      /** @example null */
      reason: string | null;
      /** @example PAID */
      status: components['schemas']['OrderStatus'];
    };
    TokenResponse: {
      /** @example eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl */
      accessToken: string;
      /**
       * @description Seconds until the token expires.
       * @example 3600
       */
      expiresIn: number;
      /**
       * @example Bearer
       * @enum {string}
       */
      tokenType: 'Bearer';
    };
    /** @description A problem that names the failing input fields in `errors`. */
    ValidationProblem: {
      errors?: components['schemas']['FieldError'][];
    } & components['schemas']['Problem'];
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: {
    /** @description The caller’s `x-request-id` when it is sane, else one made for the request. */
    RequestId: string;
    /** @description Seconds to wait before trying again (RFC 9110). */
    RetryAfter: string;
    /** @description How to authenticate (RFC 6750). */
    WwwAuthenticate: string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  MessagingController_deadLetters: {
    parameters: {
      query?: {
        /** @description `shop`: every context, those hosted by other processes included (asked of them). `process`: only what this process hosts (what the other processes ask). */
        scope?: 'shop' | 'process';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deliveries that failed for the last time, in every context, oldest failure first. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadLetterListResponse'];
        };
      };
      /** @description Text the API cannot store; Malformed URL; Invalid request */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.INVALID_TEXT' | 'REQUEST.MALFORMED_URL' | 'REQUEST.VALIDATION_FAILED';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Administrators only */
      403: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.admin_role_required",
           *       "title": "Administrators only",
           *       "status": 403,
           *       "detail": "The operation is reserved for administrators.",
           *       "code": "AUTH.ADMIN_ROLE_REQUIRED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.ADMIN_ROLE_REQUIRED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  MessagingController_deadLetter: {
    parameters: {
      query?: {
        /** @description `shop`: every context, those hosted by other processes included (asked of them). `process`: only what this process hosts (what the other processes ask). */
        scope?: 'shop' | 'process';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The dead letter with its event. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadLetterResponse'];
        };
      };
      /** @description Text the API cannot store; Malformed URL; Invalid request; Malformed id */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL'
              | 'REQUEST.VALIDATION_FAILED'
              | 'HTTP.BAD_REQUEST';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Administrators only */
      403: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.admin_role_required",
           *       "title": "Administrators only",
           *       "status": 403,
           *       "detail": "The operation is reserved for administrators.",
           *       "code": "AUTH.ADMIN_ROLE_REQUIRED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.ADMIN_ROLE_REQUIRED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Dead letter not found */
      404: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:messaging.dead_letter_not_found",
           *       "title": "Dead letter not found",
           *       "status": 404,
           *       "detail": "No dead letter has this id (it may have been replayed already).",
           *       "code": "MESSAGING.DEAD_LETTER_NOT_FOUND",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'MESSAGING.DEAD_LETTER_NOT_FOUND';
            /** Format: uuid */
            id?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description URL too long */
      414: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.url_too_long",
           *       "title": "URL too long",
           *       "status": 414,
           *       "detail": "A path parameter is longer than the API reads.",
           *       "code": "REQUEST.URL_TOO_LONG",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.URL_TOO_LONG';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  MessagingController_replayDeadLetter: {
    parameters: {
      query?: {
        /** @description `shop`: every context, those hosted by other processes included (asked of them). `process`: only what this process hosts (what the other processes ask). */
        scope?: 'shop' | 'process';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The dead letter, put back in its inbox for another attempt (by the process that hosts its context). */
      202: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadLetterResponse'];
        };
      };
      /** @description Text the API cannot store; Malformed URL; Invalid request; Malformed id */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL'
              | 'REQUEST.VALIDATION_FAILED'
              | 'HTTP.BAD_REQUEST';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Administrators only */
      403: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.admin_role_required",
           *       "title": "Administrators only",
           *       "status": 403,
           *       "detail": "The operation is reserved for administrators.",
           *       "code": "AUTH.ADMIN_ROLE_REQUIRED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.ADMIN_ROLE_REQUIRED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Dead letter not found */
      404: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:messaging.dead_letter_not_found",
           *       "title": "Dead letter not found",
           *       "status": 404,
           *       "detail": "No dead letter has this id (it may have been replayed already).",
           *       "code": "MESSAGING.DEAD_LETTER_NOT_FOUND",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'MESSAGING.DEAD_LETTER_NOT_FOUND';
            /** Format: uuid */
            id?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description URL too long */
      414: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.url_too_long",
           *       "title": "URL too long",
           *       "status": 414,
           *       "detail": "A path parameter is longer than the API reads.",
           *       "code": "REQUEST.URL_TOO_LONG",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.URL_TOO_LONG';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  MessagingController_replayAllDeadLetters: {
    parameters: {
      query?: {
        /** @description `shop`: every context, those hosted by other processes included (asked of them). `process`: only what this process hosts (what the other processes ask). */
        scope?: 'shop' | 'process';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description How many were put back, in every context. */
      202: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadLettersReplayedResponse'];
        };
      };
      /** @description Text the API cannot store; Malformed URL; Invalid request */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.INVALID_TEXT' | 'REQUEST.MALFORMED_URL' | 'REQUEST.VALIDATION_FAILED';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Administrators only */
      403: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.admin_role_required",
           *       "title": "Administrators only",
           *       "status": 403,
           *       "detail": "The operation is reserved for administrators.",
           *       "code": "AUTH.ADMIN_ROLE_REQUIRED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.ADMIN_ROLE_REQUIRED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  MessagingController_eventLog: {
    parameters: {
      query?: {
        /** @description Opaque cursor from a previous page’s `nextCursor`. */
        cursor?: string;
        limit?: number;
        name?: string;
        since?: string;
      };
      header?: never;
      path: {
        context: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The events a context published, oldest first, for the retention period. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventLogPageResponse'];
        };
      };
      /** @description Unknown page cursor; Text the API cannot store; Malformed URL; Invalid request */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_cursor",
           *       "title": "Unknown page cursor",
           *       "status": 400,
           *       "detail": "The `cursor` is not one this API issued for this list.",
           *       "code": "REQUEST.INVALID_CURSOR",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'REQUEST.INVALID_CURSOR'
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL'
              | 'REQUEST.VALIDATION_FAILED';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Administrators only */
      403: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.admin_role_required",
           *       "title": "Administrators only",
           *       "status": 403,
           *       "detail": "The operation is reserved for administrators.",
           *       "code": "AUTH.ADMIN_ROLE_REQUIRED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.ADMIN_ROLE_REQUIRED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description URL too long */
      414: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.url_too_long",
           *       "title": "URL too long",
           *       "status": 414,
           *       "detail": "A path parameter is longer than the API reads.",
           *       "code": "REQUEST.URL_TOO_LONG",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.URL_TOO_LONG';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Event log not in this process */
      422: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:messaging.producer_not_hosted",
           *       "title": "Event log not in this process",
           *       "status": 422,
           *       "detail": "The context whose event log was asked for does not run in this process.",
           *       "code": "MESSAGING.PRODUCER_NOT_HOSTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'MESSAGING.PRODUCER_NOT_HOSTED';
            producer?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  MessagingController_events: {
    parameters: {
      query?: {
        /** @description `shop`: every context, those hosted by other processes included (asked of them). `process`: only what this process hosts (what the other processes ask). */
        scope?: 'shop' | 'process';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every integration event with its schema, producer and consumers. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventCatalogResponse'];
        };
      };
      /** @description Text the API cannot store; Malformed URL; Invalid request */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.INVALID_TEXT' | 'REQUEST.MALFORMED_URL' | 'REQUEST.VALIDATION_FAILED';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Administrators only */
      403: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.admin_role_required",
           *       "title": "Administrators only",
           *       "status": 403,
           *       "detail": "The operation is reserved for administrators.",
           *       "code": "AUTH.ADMIN_ROLE_REQUIRED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.ADMIN_ROLE_REQUIRED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  MessagingController_replayHandler: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        handler: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplayRequest'];
      };
    };
    responses: {
      /** @description How many events were requeued. */
      202: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReplayedResponse'];
        };
      };
      /** @description Text the API cannot store; Malformed URL; Invalid request; Malformed JSON body; Wrong content length; Body nested too deeply */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL'
              | 'REQUEST.VALIDATION_FAILED'
              | 'REQUEST.MALFORMED_JSON'
              | 'REQUEST.INVALID_CONTENT_LENGTH'
              | 'REQUEST.TOO_DEEPLY_NESTED';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Administrators only */
      403: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.admin_role_required",
           *       "title": "Administrators only",
           *       "status": 403,
           *       "detail": "The operation is reserved for administrators.",
           *       "code": "AUTH.ADMIN_ROLE_REQUIRED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.ADMIN_ROLE_REQUIRED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Event handler not found */
      404: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:messaging.handler_not_found",
           *       "title": "Event handler not found",
           *       "status": 404,
           *       "detail": "No event handler of this name runs in this process.",
           *       "code": "MESSAGING.HANDLER_NOT_FOUND",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'MESSAGING.HANDLER_NOT_FOUND';
            handler?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.body_too_large",
           *       "title": "Body too large",
           *       "status": 413,
           *       "detail": "The body is larger than the 1 MiB the API accepts.",
           *       "code": "REQUEST.BODY_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.BODY_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description URL too long */
      414: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.url_too_long",
           *       "title": "URL too long",
           *       "status": 414,
           *       "detail": "A path parameter is longer than the API reads.",
           *       "code": "REQUEST.URL_TOO_LONG",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.URL_TOO_LONG';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.unsupported_media_type",
           *       "title": "Body is not JSON",
           *       "status": 415,
           *       "detail": "The API reads JSON bodies only.",
           *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Event log not in this process */
      422: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:messaging.producer_not_hosted",
           *       "title": "Event log not in this process",
           *       "status": 422,
           *       "detail": "The context whose event log was asked for does not run in this process.",
           *       "code": "MESSAGING.PRODUCER_NOT_HOSTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'MESSAGING.PRODUCER_NOT_HOSTED';
            producer?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  ModulesController_modules: {
    parameters: {
      query?: {
        /** @description `shop`: every context, those hosted by other processes included (asked of them). `process`: only what this process hosts (what the other processes ask). */
        scope?: 'shop' | 'process';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every context of the shop: which process hosts it, what it publishes, consumes, serves and calls, its backlog and consumer lag, and its traffic per minute (what would cross the network if it left); the broker state of each process. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              backlog: {
                deadLetters: number;
                inboxPending: number;
                inboxRetrying: number;
                outboxOldestAgeSeconds: number;
                outboxWaiting: number;
              } | null;
              calls: {
                context: string;
                perMinute: number;
                query: string;
                total: number;
              }[];
              /** @description Its durable consumers of other processes’ event streams (empty without NATS); null when not known. */
              consumerLag:
                | {
                    active: boolean;
                    pending: number;
                    stream: string;
                    unacknowledged: number;
                  }[]
                | null;
              consumes: {
                event: string;
                from: string;
                handler: string;
                perMinute: number;
                total: number;
              }[];
              extraction: {
                eventsInPerMinute: number;
                eventsOutPerMinute: number;
                syncCallsPerMinute: number;
                synchronousDependencies: number;
              };
              /** @description Hosted by the process that answers. */
              hosted: boolean;
              /** @description `this process`, the base URL of the process that hosts it, or null when not known here. */
              hostedBy: string | null;
              name: string;
              process: {
                host: string;
                pid: number;
                /** Format: date-time */
                startedAt: string;
              } | null;
              publishes: {
                event: string;
                perMinute: number;
                total: number;
              }[];
              serves: {
                callers: string[];
                perMinute: number;
                query: string;
                total: number;
              }[];
              /**
               * @description `unreachable`: its process did not answer (its figures are missing); `elsewhere`: hosted by a process not asked.
               * @enum {string}
               */
              status: 'running' | 'unreachable' | 'elsewhere';
            }[];
            /** @description The context map as a Mermaid flowchart. */
            map: string;
            process: {
              /** @description The process’s connection to NATS JetStream; null when events stay in process. */
              broker: {
                /** Format: date-time */
                since: string;
                /** @enum {string} */
                status: 'connecting' | 'connected' | 'reconnecting' | 'closed';
              } | null;
              contexts: string[];
              host: string;
              pid: number;
              /** Format: date-time */
              startedAt: string;
            };
            /** @description The other processes of the shop (`<CONTEXT>_URL`) and whether they answered. */
            processes: {
              baseUrl: string;
              contexts: string[];
              process: {
                /** @description The process’s connection to NATS JetStream; null when events stay in process. */
                broker: {
                  /** Format: date-time */
                  since: string;
                  /** @enum {string} */
                  status: 'connecting' | 'connected' | 'reconnecting' | 'closed';
                } | null;
                contexts: string[];
                host: string;
                pid: number;
                /** Format: date-time */
                startedAt: string;
              } | null;
              /** @enum {string} */
              status: 'running' | 'unreachable';
            }[];
          };
        };
      };
      /** @description Text the API cannot store; Malformed URL; Invalid request */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.INVALID_TEXT' | 'REQUEST.MALFORMED_URL' | 'REQUEST.VALIDATION_FAILED';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Administrators only */
      403: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.admin_role_required",
           *       "title": "Administrators only",
           *       "status": 403,
           *       "detail": "The operation is reserved for administrators.",
           *       "code": "AUTH.ADMIN_ROLE_REQUIRED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.ADMIN_ROLE_REQUIRED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  ReconciliationController_reconcile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Reconciles the last two days now (the periodic run compares only what is new since its last run): provider charges without a payment are recorded (their orders move on) and the order’s given-up deliveries replayed; payments without a provider charge are reported. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            ranAt: string;
            recorded: {
              deliveriesReplayed: number;
              /** Format: uuid */
              orderId: string;
              /** @enum {unknown} */
              outcome: 'captured' | 'declined';
              providerReference: string | null;
            }[];
            unmatched: {
              orderId: string;
              /** @enum {unknown} */
              problem:
                | 'payment_without_provider_charge'
                | 'charge_without_order_metadata'
                | 'settlement_failed';
            }[];
            window: {
              /** Format: date-time */
              from: string;
              /** Format: date-time */
              to: string;
            };
          };
        };
      };
      /** @description Text the API cannot store; Malformed URL */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.INVALID_TEXT' | 'REQUEST.MALFORMED_URL';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Administrators only */
      403: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.admin_role_required",
           *       "title": "Administrators only",
           *       "status": 403,
           *       "detail": "The operation is reserved for administrators.",
           *       "code": "AUTH.ADMIN_ROLE_REQUIRED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.ADMIN_ROLE_REQUIRED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  ReconciliationController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The latest reconciliations that found something, newest first. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: date-time */
              ranAt: string;
              recorded: {
                deliveriesReplayed: number;
                /** Format: uuid */
                orderId: string;
                /** @enum {unknown} */
                outcome: 'captured' | 'declined';
                providerReference: string | null;
              }[];
              unmatched: {
                orderId: string;
                /** @enum {unknown} */
                problem:
                  | 'payment_without_provider_charge'
                  | 'charge_without_order_metadata'
                  | 'settlement_failed';
              }[];
              window: {
                /** Format: date-time */
                from: string;
                /** Format: date-time */
                to: string;
              };
            }[];
          };
        };
      };
      /** @description Text the API cannot store; Malformed URL */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.INVALID_TEXT' | 'REQUEST.MALFORMED_URL';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Administrators only */
      403: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.admin_role_required",
           *       "title": "Administrators only",
           *       "status": 403,
           *       "detail": "The operation is reserved for administrators.",
           *       "code": "AUTH.ADMIN_ROLE_REQUIRED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.ADMIN_ROLE_REQUIRED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  RecommendationsController_rebuild: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The paid orders queued for counting again. */
      202: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReplayedResponse'];
        };
      };
      /** @description Text the API cannot store; Malformed URL */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.INVALID_TEXT' | 'REQUEST.MALFORMED_URL';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Administrators only */
      403: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.admin_role_required",
           *       "title": "Administrators only",
           *       "status": 403,
           *       "detail": "The operation is reserved for administrators.",
           *       "code": "AUTH.ADMIN_ROLE_REQUIRED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.ADMIN_ROLE_REQUIRED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  AuthController_signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every token of the caller is revoked. */
      204: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Text the API cannot store; Malformed URL */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.INVALID_TEXT' | 'REQUEST.MALFORMED_URL';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  AuthController_token: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IssueTokenRequest'];
      };
    };
    responses: {
      /** @description A bearer token for the account. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponse'];
        };
      };
      /** @description Text the API cannot store; Malformed URL; Invalid request; Malformed JSON body; Wrong content length; Body nested too deeply */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL'
              | 'REQUEST.VALIDATION_FAILED'
              | 'REQUEST.MALFORMED_JSON'
              | 'REQUEST.INVALID_CONTENT_LENGTH'
              | 'REQUEST.TOO_DEEPLY_NESTED';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Wrong e-mail or password */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.invalid_credentials",
           *       "title": "Wrong e-mail or password",
           *       "status": 401,
           *       "detail": "No account has this e-mail address and password.",
           *       "code": "AUTH.INVALID_CREDENTIALS",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.INVALID_CREDENTIALS';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.body_too_large",
           *       "title": "Body too large",
           *       "status": 413,
           *       "detail": "The body is larger than the 1 MiB the API accepts.",
           *       "code": "REQUEST.BODY_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.BODY_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.unsupported_media_type",
           *       "title": "Body is not JSON",
           *       "status": 415,
           *       "detail": "The API reads JSON bodies only.",
           *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Sign-in slowed down; Too many requests */
      429: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.sign_in_throttled",
           *       "title": "Sign-in slowed down",
           *       "status": 429,
           *       "detail": "Too many wrong passwords were tried for this account; each further one waits longer (never locked for good).",
           *       "code": "AUTH.SIGN_IN_THROTTLED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.SIGN_IN_THROTTLED' | 'REQUEST.RATE_LIMITED';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Too busy to check passwords */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.busy",
           *       "title": "Too busy to check passwords",
           *       "status": 503,
           *       "detail": "More passwords are being checked at once than the server takes.",
           *       "code": "AUTH.BUSY",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.BUSY';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  CustomersController_register: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: a retry with the same key and the same request gets the first answer (with `Idempotent-Replayed: true`) and has no second effect. The same key with another request is 422 `IDEMPOTENCY.KEY_REUSED`; while the first request still runs, a retry waits for it, or after 3 s gets 409 `IDEMPOTENCY.REQUEST_IN_PROGRESS` with `Retry-After`. Keys are per caller and route, 1-255 visible ASCII characters, kept for IDEMPOTENCY_KEY_TTL_HOURS (24 h by default). Only successful answers are kept. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterCustomerRequest'];
      };
    };
    responses: {
      /** @description Registered; `Location` names the profile. */
      201: {
        headers: {
          /** @description Where the created resource is read. */
          Location: string;
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProfileResponse'];
        };
      };
      /** @description Invalid customer attribute; Text the API cannot store; Malformed URL; Invalid request; Malformed JSON body; Wrong content length; Body nested too deeply; Malformed Idempotency-Key */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:customers.invalid_attribute",
           *       "title": "Invalid customer attribute",
           *       "status": 400,
           *       "detail": "A customer attribute (e-mail, name, password, address) breaks a rule.",
           *       "code": "CUSTOMERS.INVALID_ATTRIBUTE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'CUSTOMERS.INVALID_ATTRIBUTE'
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL'
              | 'REQUEST.VALIDATION_FAILED'
              | 'REQUEST.MALFORMED_JSON'
              | 'REQUEST.INVALID_CONTENT_LENGTH'
              | 'REQUEST.TOO_DEEPLY_NESTED'
              | 'IDEMPOTENCY.KEY_INVALID';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description E-mail already registered; Request with this key still running; Changed at the same time */
      409: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:customers.email_already_registered",
           *       "title": "E-mail already registered",
           *       "status": 409,
           *       "detail": "An account with this e-mail address exists.",
           *       "code": "CUSTOMERS.EMAIL_ALREADY_REGISTERED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'CUSTOMERS.EMAIL_ALREADY_REGISTERED'
              | 'IDEMPOTENCY.REQUEST_IN_PROGRESS'
              | 'CONCURRENCY.CONFLICT';
            retryAfter?: number;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.body_too_large",
           *       "title": "Body too large",
           *       "status": 413,
           *       "detail": "The body is larger than the 1 MiB the API accepts.",
           *       "code": "REQUEST.BODY_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.BODY_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.unsupported_media_type",
           *       "title": "Body is not JSON",
           *       "status": 415,
           *       "detail": "The API reads JSON bodies only.",
           *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key used for another request */
      422: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:idempotency.key_reused",
           *       "title": "Idempotency-Key used for another request",
           *       "status": 422,
           *       "detail": "This key was used before, by this caller on this route, with a different request.",
           *       "code": "IDEMPOTENCY.KEY_REUSED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.rate_limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "This caller sent more requests of this kind than the limit per minute allows.",
           *       "code": "REQUEST.RATE_LIMITED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  CustomersController_disable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Disabled (disabling twice changes nothing). */
      204: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Text the API cannot store; Malformed URL; Malformed id */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.INVALID_TEXT' | 'REQUEST.MALFORMED_URL' | 'HTTP.BAD_REQUEST';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Administrators only */
      403: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.admin_role_required",
           *       "title": "Administrators only",
           *       "status": 403,
           *       "detail": "The operation is reserved for administrators.",
           *       "code": "AUTH.ADMIN_ROLE_REQUIRED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.ADMIN_ROLE_REQUIRED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Customer not found */
      404: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:customers.customer_not_found",
           *       "title": "Customer not found",
           *       "status": 404,
           *       "detail": "No customer has this id.",
           *       "code": "CUSTOMERS.CUSTOMER_NOT_FOUND",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'CUSTOMERS.CUSTOMER_NOT_FOUND';
            /** Format: uuid */
            customerId?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description URL too long */
      414: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.url_too_long",
           *       "title": "URL too long",
           *       "status": 414,
           *       "detail": "A path parameter is longer than the API reads.",
           *       "code": "REQUEST.URL_TOO_LONG",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.URL_TOO_LONG';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  CustomersController_upgradeToPremium: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The upgraded profile. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProfileResponse'];
        };
      };
      /** @description Text the API cannot store; Malformed URL; Malformed id */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.INVALID_TEXT' | 'REQUEST.MALFORMED_URL' | 'HTTP.BAD_REQUEST';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Administrators only */
      403: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.admin_role_required",
           *       "title": "Administrators only",
           *       "status": 403,
           *       "detail": "The operation is reserved for administrators.",
           *       "code": "AUTH.ADMIN_ROLE_REQUIRED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.ADMIN_ROLE_REQUIRED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Customer not found */
      404: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:customers.customer_not_found",
           *       "title": "Customer not found",
           *       "status": 404,
           *       "detail": "No customer has this id.",
           *       "code": "CUSTOMERS.CUSTOMER_NOT_FOUND",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'CUSTOMERS.CUSTOMER_NOT_FOUND';
            /** Format: uuid */
            customerId?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Customer already premium */
      409: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:customers.already_premium",
           *       "title": "Customer already premium",
           *       "status": 409,
           *       "detail": "The customer is already on the premium tier.",
           *       "code": "CUSTOMERS.ALREADY_PREMIUM",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'CUSTOMERS.ALREADY_PREMIUM';
            /** Format: uuid */
            customerId?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description URL too long */
      414: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.url_too_long",
           *       "title": "URL too long",
           *       "status": 414,
           *       "detail": "A path parameter is longer than the API reads.",
           *       "code": "REQUEST.URL_TOO_LONG",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.URL_TOO_LONG';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  CustomersController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProfileResponse'];
        };
      };
      /** @description Text the API cannot store; Malformed URL */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.INVALID_TEXT' | 'REQUEST.MALFORMED_URL';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Customer not found */
      404: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:customers.customer_not_found",
           *       "title": "Customer not found",
           *       "status": 404,
           *       "detail": "No customer has this id.",
           *       "code": "CUSTOMERS.CUSTOMER_NOT_FOUND",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'CUSTOMERS.CUSTOMER_NOT_FOUND';
            /** Format: uuid */
            customerId?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  CustomersController_addAddress: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: a retry with the same key and the same request gets the first answer (with `Idempotent-Replayed: true`) and has no second effect. The same key with another request is 422 `IDEMPOTENCY.KEY_REUSED`; while the first request still runs, a retry waits for it, or after 3 s gets 409 `IDEMPOTENCY.REQUEST_IN_PROGRESS` with `Retry-After`. Keys are per caller and route, 1-255 visible ASCII characters, kept for IDEMPOTENCY_KEY_TTL_HOURS (24 h by default). Only successful answers are kept. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddressRequest'];
      };
    };
    responses: {
      /** @description The saved address. */
      201: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AddressResponse'];
        };
      };
      /** @description Invalid customer attribute; Text the API cannot store; Malformed URL; Invalid request; Malformed JSON body; Wrong content length; Body nested too deeply; Malformed Idempotency-Key */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:customers.invalid_attribute",
           *       "title": "Invalid customer attribute",
           *       "status": 400,
           *       "detail": "A customer attribute (e-mail, name, password, address) breaks a rule.",
           *       "code": "CUSTOMERS.INVALID_ATTRIBUTE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'CUSTOMERS.INVALID_ATTRIBUTE'
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL'
              | 'REQUEST.VALIDATION_FAILED'
              | 'REQUEST.MALFORMED_JSON'
              | 'REQUEST.INVALID_CONTENT_LENGTH'
              | 'REQUEST.TOO_DEEPLY_NESTED'
              | 'IDEMPOTENCY.KEY_INVALID';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Customer not found */
      404: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:customers.customer_not_found",
           *       "title": "Customer not found",
           *       "status": 404,
           *       "detail": "No customer has this id.",
           *       "code": "CUSTOMERS.CUSTOMER_NOT_FOUND",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'CUSTOMERS.CUSTOMER_NOT_FOUND';
            /** Format: uuid */
            customerId?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request with this key still running; Changed at the same time */
      409: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:idempotency.request_in_progress",
           *       "title": "Request with this key still running",
           *       "status": 409,
           *       "detail": "The first request with this Idempotency-Key has not finished yet.",
           *       "code": "IDEMPOTENCY.REQUEST_IN_PROGRESS",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.REQUEST_IN_PROGRESS' | 'CONCURRENCY.CONFLICT';
            retryAfter?: number;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.body_too_large",
           *       "title": "Body too large",
           *       "status": 413,
           *       "detail": "The body is larger than the 1 MiB the API accepts.",
           *       "code": "REQUEST.BODY_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.BODY_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.unsupported_media_type",
           *       "title": "Body is not JSON",
           *       "status": 415,
           *       "detail": "The API reads JSON bodies only.",
           *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Address book full; Idempotency-Key used for another request */
      422: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:customers.address_book_full",
           *       "title": "Address book full",
           *       "status": 422,
           *       "detail": "A customer keeps a limited number of addresses.",
           *       "code": "CUSTOMERS.ADDRESS_BOOK_FULL",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'CUSTOMERS.ADDRESS_BOOK_FULL' | 'IDEMPOTENCY.KEY_REUSED';
            limit?: number;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  CustomersController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordRequest'];
      };
    };
    responses: {
      /** @description Changed; a new token for the caller. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponse'];
        };
      };
      /** @description Current password is wrong; Text the API cannot store; Malformed URL; Invalid request; Malformed JSON body; Wrong content length; Body nested too deeply */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:customers.current_password_wrong",
           *       "title": "Current password is wrong",
           *       "status": 400,
           *       "detail": "The current password given with a password change is not the account’s.",
           *       "code": "CUSTOMERS.CURRENT_PASSWORD_WRONG",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'CUSTOMERS.CURRENT_PASSWORD_WRONG'
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL'
              | 'REQUEST.VALIDATION_FAILED'
              | 'REQUEST.MALFORMED_JSON'
              | 'REQUEST.INVALID_CONTENT_LENGTH'
              | 'REQUEST.TOO_DEEPLY_NESTED';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.body_too_large",
           *       "title": "Body too large",
           *       "status": 413,
           *       "detail": "The body is larger than the 1 MiB the API accepts.",
           *       "code": "REQUEST.BODY_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.BODY_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.unsupported_media_type",
           *       "title": "Body is not JSON",
           *       "status": 415,
           *       "detail": "The API reads JSON bodies only.",
           *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.rate_limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "This caller sent more requests of this kind than the limit per minute allows.",
           *       "code": "REQUEST.RATE_LIMITED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Too busy to check passwords */
      503: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.busy",
           *       "title": "Too busy to check passwords",
           *       "status": 503,
           *       "detail": "More passwords are being checked at once than the server takes.",
           *       "code": "AUTH.BUSY",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.BUSY';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  StockController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sku: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The stock level. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StockLevelResponse'];
        };
      };
      /** @description Text the API cannot store; Malformed URL */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.INVALID_TEXT' | 'REQUEST.MALFORMED_URL';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description No stock kept for this sku */
      404: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:inventory.stock_item_not_found",
           *       "title": "No stock kept for this sku",
           *       "status": 404,
           *       "detail": "Inventory keeps no stock for this sku (it opens a stock item when catalog creates the product).",
           *       "code": "INVENTORY.STOCK_ITEM_NOT_FOUND",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'INVENTORY.STOCK_ITEM_NOT_FOUND';
            sku?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description URL too long */
      414: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.url_too_long",
           *       "title": "URL too long",
           *       "status": 414,
           *       "detail": "A path parameter is longer than the API reads.",
           *       "code": "REQUEST.URL_TOO_LONG",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.URL_TOO_LONG';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  StockController_receive: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: a retry with the same key and the same request gets the first answer (with `Idempotent-Replayed: true`) and has no second effect. The same key with another request is 422 `IDEMPOTENCY.KEY_REUSED`; while the first request still runs, a retry waits for it, or after 3 s gets 409 `IDEMPOTENCY.REQUEST_IN_PROGRESS` with `Retry-After`. Keys are per caller and route, 1-255 visible ASCII characters, kept for IDEMPOTENCY_KEY_TTL_HOURS (24 h by default). Only successful answers are kept. */
        'Idempotency-Key'?: string;
      };
      path: {
        sku: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReceiptRequest'];
      };
    };
    responses: {
      /** @description The stock level after the receipt. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StockLevelResponse'];
        };
      };
      /** @description Invalid quantity; Text the API cannot store; Malformed URL; Invalid request; Malformed JSON body; Wrong content length; Body nested too deeply; Malformed Idempotency-Key */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:inventory.invalid_quantity",
           *       "title": "Invalid quantity",
           *       "status": 400,
           *       "detail": "A quantity is not a whole number of at least 1.",
           *       "code": "INVENTORY.INVALID_QUANTITY",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INVENTORY.INVALID_QUANTITY'
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL'
              | 'REQUEST.VALIDATION_FAILED'
              | 'REQUEST.MALFORMED_JSON'
              | 'REQUEST.INVALID_CONTENT_LENGTH'
              | 'REQUEST.TOO_DEEPLY_NESTED'
              | 'IDEMPOTENCY.KEY_INVALID';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Administrators only */
      403: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.admin_role_required",
           *       "title": "Administrators only",
           *       "status": 403,
           *       "detail": "The operation is reserved for administrators.",
           *       "code": "AUTH.ADMIN_ROLE_REQUIRED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.ADMIN_ROLE_REQUIRED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description No stock kept for this sku */
      404: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:inventory.stock_item_not_found",
           *       "title": "No stock kept for this sku",
           *       "status": 404,
           *       "detail": "Inventory keeps no stock for this sku (it opens a stock item when catalog creates the product).",
           *       "code": "INVENTORY.STOCK_ITEM_NOT_FOUND",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'INVENTORY.STOCK_ITEM_NOT_FOUND';
            sku?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request with this key still running; Changed at the same time */
      409: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:idempotency.request_in_progress",
           *       "title": "Request with this key still running",
           *       "status": 409,
           *       "detail": "The first request with this Idempotency-Key has not finished yet.",
           *       "code": "IDEMPOTENCY.REQUEST_IN_PROGRESS",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.REQUEST_IN_PROGRESS' | 'CONCURRENCY.CONFLICT';
            retryAfter?: number;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.body_too_large",
           *       "title": "Body too large",
           *       "status": 413,
           *       "detail": "The body is larger than the 1 MiB the API accepts.",
           *       "code": "REQUEST.BODY_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.BODY_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description URL too long */
      414: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.url_too_long",
           *       "title": "URL too long",
           *       "status": 414,
           *       "detail": "A path parameter is longer than the API reads.",
           *       "code": "REQUEST.URL_TOO_LONG",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.URL_TOO_LONG';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.unsupported_media_type",
           *       "title": "Body is not JSON",
           *       "status": 415,
           *       "detail": "The API reads JSON bodies only.",
           *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key used for another request */
      422: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:idempotency.key_reused",
           *       "title": "Idempotency-Key used for another request",
           *       "status": 422,
           *       "detail": "This key was used before, by this caller on this route, with a different request.",
           *       "code": "IDEMPOTENCY.KEY_REUSED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  OrdersController_list: {
    parameters: {
      query?: {
        /** @description Opaque cursor from a previous page’s `nextCursor`. */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Your orders (every order for an administrator), newest first. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderPageResponse'];
        };
      };
      /** @description Unknown page cursor; Text the API cannot store; Malformed URL; Invalid request */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_cursor",
           *       "title": "Unknown page cursor",
           *       "status": 400,
           *       "detail": "The `cursor` is not one this API issued for this list.",
           *       "code": "REQUEST.INVALID_CURSOR",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'REQUEST.INVALID_CURSOR'
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL'
              | 'REQUEST.VALIDATION_FAILED';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  OrdersController_place: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: a retry with the same key and the same request gets the first answer (with `Idempotent-Replayed: true`) and has no second effect. The same key with another request is 422 `IDEMPOTENCY.KEY_REUSED`; while the first request still runs, a retry waits for it, or after 3 s gets 409 `IDEMPOTENCY.REQUEST_IN_PROGRESS` with `Retry-After`. Keys are per caller and route, 1-255 visible ASCII characters, kept for IDEMPOTENCY_KEY_TTL_HOURS (24 h by default). Only successful answers are kept. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | components['schemas']['PlaceOrderToAddress']
          | components['schemas']['PlaceOrderToSavedAddress'];
      };
    };
    responses: {
      /** @description Placed (PENDING); `Location` names it. */
      201: {
        headers: {
          /** @description Where the created resource is read. */
          Location: string;
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderResponse'];
        };
      };
      /** @description Invalid order; Invalid destination; Text the API cannot store; Malformed URL; Invalid request; Malformed JSON body; Wrong content length; Body nested too deeply; Malformed Idempotency-Key */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:ordering.invalid_order",
           *       "title": "Invalid order",
           *       "status": 400,
           *       "detail": "The order breaks a rule of its own (lines, address).",
           *       "code": "ORDERING.INVALID_ORDER",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'ORDERING.INVALID_ORDER'
              | 'SHIPPING.INVALID_DESTINATION'
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL'
              | 'REQUEST.VALIDATION_FAILED'
              | 'REQUEST.MALFORMED_JSON'
              | 'REQUEST.INVALID_CONTENT_LENGTH'
              | 'REQUEST.TOO_DEEPLY_NESTED'
              | 'IDEMPOTENCY.KEY_INVALID';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Customer not known to ordering yet; Request with this key still running; Changed at the same time */
      409: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:ordering.buyer_not_known",
           *       "title": "Customer not known to ordering yet",
           *       "status": 409,
           *       "detail": "Ordering has not yet learned of this customer (a registration moments ago still on its way), or the account does not exist.",
           *       "code": "ORDERING.BUYER_NOT_KNOWN",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'ORDERING.BUYER_NOT_KNOWN'
              | 'IDEMPOTENCY.REQUEST_IN_PROGRESS'
              | 'CONCURRENCY.CONFLICT';
            retryAfter?: number;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.body_too_large",
           *       "title": "Body too large",
           *       "status": 413,
           *       "detail": "The body is larger than the 1 MiB the API accepts.",
           *       "code": "REQUEST.BODY_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.BODY_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.unsupported_media_type",
           *       "title": "Body is not JSON",
           *       "status": 415,
           *       "detail": "The API reads JSON bodies only.",
           *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Products not available; Unknown shipping address; Promotion code not applicable; Currency not accepted; Idempotency-Key used for another request */
      422: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:ordering.products_not_available",
           *       "title": "Products not available",
           *       "status": 422,
           *       "detail": "Some lines name a product that is unknown or discontinued.",
           *       "code": "ORDERING.PRODUCTS_NOT_AVAILABLE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            accepted?: string;
            /** @enum {string} */
            code?:
              | 'ORDERING.PRODUCTS_NOT_AVAILABLE'
              | 'ORDERING.UNKNOWN_SHIPPING_ADDRESS'
              | 'ORDERING.PROMOTION_NOT_APPLICABLE'
              | 'MONEY.CURRENCY_NOT_ACCEPTED'
              | 'IDEMPOTENCY.KEY_REUSED';
            received?: string;
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Too many requests */
      429: {
        headers: {
          'Retry-After': components['headers']['RetryAfter'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.rate_limited",
           *       "title": "Too many requests",
           *       "status": 429,
           *       "detail": "This caller sent more requests of this kind than the limit per minute allows.",
           *       "code": "REQUEST.RATE_LIMITED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.RATE_LIMITED';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  OrdersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The order. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderResponse'];
        };
      };
      /** @description Text the API cannot store; Malformed URL; Malformed id */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.INVALID_TEXT' | 'REQUEST.MALFORMED_URL' | 'HTTP.BAD_REQUEST';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Order not found */
      404: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:ordering.order_not_found",
           *       "title": "Order not found",
           *       "status": 404,
           *       "detail": "No order with this id exists among the orders you may see.",
           *       "code": "ORDERING.ORDER_NOT_FOUND",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'ORDERING.ORDER_NOT_FOUND';
            /** Format: uuid */
            orderId?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description URL too long */
      414: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.url_too_long",
           *       "title": "URL too long",
           *       "status": 414,
           *       "detail": "A path parameter is longer than the API reads.",
           *       "code": "REQUEST.URL_TOO_LONG",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.URL_TOO_LONG';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  OrdersController_cancel: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: a retry with the same key and the same request gets the first answer (with `Idempotent-Replayed: true`) and has no second effect. The same key with another request is 422 `IDEMPOTENCY.KEY_REUSED`; while the first request still runs, a retry waits for it, or after 3 s gets 409 `IDEMPOTENCY.REQUEST_IN_PROGRESS` with `Retry-After`. Keys are per caller and route, 1-255 visible ASCII characters, kept for IDEMPOTENCY_KEY_TTL_HOURS (24 h by default). Only successful answers are kept. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cancelled order. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderResponse'];
        };
      };
      /** @description Text the API cannot store; Malformed URL; Malformed id; Malformed Idempotency-Key */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL'
              | 'HTTP.BAD_REQUEST'
              | 'IDEMPOTENCY.KEY_INVALID';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Order not found */
      404: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:ordering.order_not_found",
           *       "title": "Order not found",
           *       "status": 404,
           *       "detail": "No order with this id exists among the orders you may see.",
           *       "code": "ORDERING.ORDER_NOT_FOUND",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'ORDERING.ORDER_NOT_FOUND';
            /** Format: uuid */
            orderId?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Order already cancelled; Order already shipped; Order was rejected; Request with this key still running; Changed at the same time */
      409: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:ordering.order_already_cancelled",
           *       "title": "Order already cancelled",
           *       "status": 409,
           *       "detail": "The order was cancelled before.",
           *       "code": "ORDERING.ORDER_ALREADY_CANCELLED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'ORDERING.ORDER_ALREADY_CANCELLED'
              | 'ORDERING.ORDER_CANNOT_BE_CANCELLED_AFTER_SHIPMENT'
              | 'ORDERING.REJECTED_ORDER_CANNOT_BE_CANCELLED'
              | 'IDEMPOTENCY.REQUEST_IN_PROGRESS'
              | 'CONCURRENCY.CONFLICT';
            /** Format: uuid */
            orderId?: string;
            orderStatus?: string;
            retryAfter?: number;
          } & components['schemas']['Problem'];
        };
      };
      /** @description URL too long */
      414: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.url_too_long",
           *       "title": "URL too long",
           *       "status": 414,
           *       "detail": "A path parameter is longer than the API reads.",
           *       "code": "REQUEST.URL_TOO_LONG",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.URL_TOO_LONG';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key used for another request */
      422: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:idempotency.key_reused",
           *       "title": "Idempotency-Key used for another request",
           *       "status": 422,
           *       "detail": "This key was used before, by this caller on this route, with a different request.",
           *       "code": "IDEMPOTENCY.KEY_REUSED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  PaymentsController_list: {
    parameters: {
      query: {
        orderId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The order’s payment with its history; no card data, ever. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentListResponse'];
        };
      };
      /** @description Text the API cannot store; Malformed URL; Invalid request; Malformed id */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL'
              | 'REQUEST.VALIDATION_FAILED'
              | 'HTTP.BAD_REQUEST';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  ProductsController_list: {
    parameters: {
      query?: {
        category?: string;
        /** @description Opaque cursor from a previous page’s `nextCursor`. */
        cursor?: string;
        limit?: number;
        /** @description Words to find in name or description. */
        search?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of active products. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductPageResponse'];
        };
      };
      /** @description Unknown page cursor; Text the API cannot store; Malformed URL; Invalid request */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_cursor",
           *       "title": "Unknown page cursor",
           *       "status": 400,
           *       "detail": "The `cursor` is not one this API issued for this list.",
           *       "code": "REQUEST.INVALID_CURSOR",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'REQUEST.INVALID_CURSOR'
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL'
              | 'REQUEST.VALIDATION_FAILED';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  ProductsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: a retry with the same key and the same request gets the first answer (with `Idempotent-Replayed: true`) and has no second effect. The same key with another request is 422 `IDEMPOTENCY.KEY_REUSED`; while the first request still runs, a retry waits for it, or after 3 s gets 409 `IDEMPOTENCY.REQUEST_IN_PROGRESS` with `Retry-After`. Keys are per caller and route, 1-255 visible ASCII characters, kept for IDEMPOTENCY_KEY_TTL_HOURS (24 h by default). Only successful answers are kept. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProductRequest'];
      };
    };
    responses: {
      /** @description Created; `Location` names it. */
      201: {
        headers: {
          /** @description Where the created resource is read. */
          Location: string;
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductResponse'];
        };
      };
      /** @description Invalid product attribute; Invalid amount of money; Text the API cannot store; Malformed URL; Invalid request; Malformed JSON body; Wrong content length; Body nested too deeply; Malformed Idempotency-Key */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:catalog.invalid_product_attribute",
           *       "title": "Invalid product attribute",
           *       "status": 400,
           *       "detail": "A product attribute breaks a catalog rule.",
           *       "code": "CATALOG.INVALID_PRODUCT_ATTRIBUTE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            amount?: number;
            /** @enum {string} */
            code?:
              | 'CATALOG.INVALID_PRODUCT_ATTRIBUTE'
              | 'MONEY.INVALID'
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL'
              | 'REQUEST.VALIDATION_FAILED'
              | 'REQUEST.MALFORMED_JSON'
              | 'REQUEST.INVALID_CONTENT_LENGTH'
              | 'REQUEST.TOO_DEEPLY_NESTED'
              | 'IDEMPOTENCY.KEY_INVALID';
            currency?: string;
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Administrators only */
      403: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.admin_role_required",
           *       "title": "Administrators only",
           *       "status": 403,
           *       "detail": "The operation is reserved for administrators.",
           *       "code": "AUTH.ADMIN_ROLE_REQUIRED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.ADMIN_ROLE_REQUIRED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Sku already taken; Request with this key still running; Changed at the same time */
      409: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:catalog.sku_already_taken",
           *       "title": "Sku already taken",
           *       "status": 409,
           *       "detail": "Another product already has this sku (skus are compared upper-case).",
           *       "code": "CATALOG.SKU_ALREADY_TAKEN",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'CATALOG.SKU_ALREADY_TAKEN'
              | 'IDEMPOTENCY.REQUEST_IN_PROGRESS'
              | 'CONCURRENCY.CONFLICT';
            retryAfter?: number;
            sku?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.body_too_large",
           *       "title": "Body too large",
           *       "status": 413,
           *       "detail": "The body is larger than the 1 MiB the API accepts.",
           *       "code": "REQUEST.BODY_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.BODY_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.unsupported_media_type",
           *       "title": "Body is not JSON",
           *       "status": 415,
           *       "detail": "The API reads JSON bodies only.",
           *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Currency not accepted; Idempotency-Key used for another request */
      422: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:money.currency_not_accepted",
           *       "title": "Currency not accepted",
           *       "status": 422,
           *       "detail": "The shop prices everything in one currency, and this amount is in another.",
           *       "code": "MONEY.CURRENCY_NOT_ACCEPTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            accepted?: string;
            /** @enum {string} */
            code?: 'MONEY.CURRENCY_NOT_ACCEPTED' | 'IDEMPOTENCY.KEY_REUSED';
            received?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  ProductsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sku: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The product. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductResponse'];
        };
      };
      /** @description Invalid product attribute; Text the API cannot store; Malformed URL */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:catalog.invalid_product_attribute",
           *       "title": "Invalid product attribute",
           *       "status": 400,
           *       "detail": "A product attribute breaks a catalog rule.",
           *       "code": "CATALOG.INVALID_PRODUCT_ATTRIBUTE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'CATALOG.INVALID_PRODUCT_ATTRIBUTE'
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Product not found */
      404: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:catalog.product_not_found",
           *       "title": "Product not found",
           *       "status": 404,
           *       "detail": "No product has this sku.",
           *       "code": "CATALOG.PRODUCT_NOT_FOUND",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'CATALOG.PRODUCT_NOT_FOUND';
            sku?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description URL too long */
      414: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.url_too_long",
           *       "title": "URL too long",
           *       "status": 414,
           *       "detail": "A path parameter is longer than the API reads.",
           *       "code": "REQUEST.URL_TOO_LONG",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.URL_TOO_LONG';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  ProductsController_discontinue: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sku: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The product, no longer active. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductResponse'];
        };
      };
      /** @description Invalid product attribute; Text the API cannot store; Malformed URL */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:catalog.invalid_product_attribute",
           *       "title": "Invalid product attribute",
           *       "status": 400,
           *       "detail": "A product attribute breaks a catalog rule.",
           *       "code": "CATALOG.INVALID_PRODUCT_ATTRIBUTE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'CATALOG.INVALID_PRODUCT_ATTRIBUTE'
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Administrators only */
      403: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.admin_role_required",
           *       "title": "Administrators only",
           *       "status": 403,
           *       "detail": "The operation is reserved for administrators.",
           *       "code": "AUTH.ADMIN_ROLE_REQUIRED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.ADMIN_ROLE_REQUIRED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Product not found */
      404: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:catalog.product_not_found",
           *       "title": "Product not found",
           *       "status": 404,
           *       "detail": "No product has this sku.",
           *       "code": "CATALOG.PRODUCT_NOT_FOUND",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'CATALOG.PRODUCT_NOT_FOUND';
            sku?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Product already discontinued */
      409: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:catalog.product_already_discontinued",
           *       "title": "Product already discontinued",
           *       "status": 409,
           *       "detail": "The product was discontinued before.",
           *       "code": "CATALOG.PRODUCT_ALREADY_DISCONTINUED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'CATALOG.PRODUCT_ALREADY_DISCONTINUED';
            sku?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description URL too long */
      414: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.url_too_long",
           *       "title": "URL too long",
           *       "status": 414,
           *       "detail": "A path parameter is longer than the API reads.",
           *       "code": "REQUEST.URL_TOO_LONG",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.URL_TOO_LONG';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  ProductsController_changePrice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sku: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePriceRequest'];
      };
    };
    responses: {
      /** @description The product with its new price. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductResponse'];
        };
      };
      /** @description Invalid product attribute; Invalid amount of money; Text the API cannot store; Malformed URL; Invalid request; Malformed JSON body; Wrong content length; Body nested too deeply */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:catalog.invalid_product_attribute",
           *       "title": "Invalid product attribute",
           *       "status": 400,
           *       "detail": "A product attribute breaks a catalog rule.",
           *       "code": "CATALOG.INVALID_PRODUCT_ATTRIBUTE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            amount?: number;
            /** @enum {string} */
            code?:
              | 'CATALOG.INVALID_PRODUCT_ATTRIBUTE'
              | 'MONEY.INVALID'
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL'
              | 'REQUEST.VALIDATION_FAILED'
              | 'REQUEST.MALFORMED_JSON'
              | 'REQUEST.INVALID_CONTENT_LENGTH'
              | 'REQUEST.TOO_DEEPLY_NESTED';
            currency?: string;
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Administrators only */
      403: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.admin_role_required",
           *       "title": "Administrators only",
           *       "status": 403,
           *       "detail": "The operation is reserved for administrators.",
           *       "code": "AUTH.ADMIN_ROLE_REQUIRED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.ADMIN_ROLE_REQUIRED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Product not found */
      404: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:catalog.product_not_found",
           *       "title": "Product not found",
           *       "status": 404,
           *       "detail": "No product has this sku.",
           *       "code": "CATALOG.PRODUCT_NOT_FOUND",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'CATALOG.PRODUCT_NOT_FOUND';
            sku?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Price frozen after discontinuation */
      409: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:catalog.price_frozen_after_discontinuation",
           *       "title": "Price frozen after discontinuation",
           *       "status": 409,
           *       "detail": "A discontinued product keeps its last price.",
           *       "code": "CATALOG.PRICE_FROZEN_AFTER_DISCONTINUATION",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'CATALOG.PRICE_FROZEN_AFTER_DISCONTINUATION';
            sku?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.body_too_large",
           *       "title": "Body too large",
           *       "status": 413,
           *       "detail": "The body is larger than the 1 MiB the API accepts.",
           *       "code": "REQUEST.BODY_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.BODY_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description URL too long */
      414: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.url_too_long",
           *       "title": "URL too long",
           *       "status": 414,
           *       "detail": "A path parameter is longer than the API reads.",
           *       "code": "REQUEST.URL_TOO_LONG",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.URL_TOO_LONG';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.unsupported_media_type",
           *       "title": "Body is not JSON",
           *       "status": 415,
           *       "detail": "The API reads JSON bodies only.",
           *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Currency not accepted */
      422: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:money.currency_not_accepted",
           *       "title": "Currency not accepted",
           *       "status": 422,
           *       "detail": "The shop prices everything in one currency, and this amount is in another.",
           *       "code": "MONEY.CURRENCY_NOT_ACCEPTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            accepted?: string;
            /** @enum {string} */
            code?: 'MONEY.CURRENCY_NOT_ACCEPTED';
            received?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  PromotionsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: a retry with the same key and the same request gets the first answer (with `Idempotent-Replayed: true`) and has no second effect. The same key with another request is 422 `IDEMPOTENCY.KEY_REUSED`; while the first request still runs, a retry waits for it, or after 3 s gets 409 `IDEMPOTENCY.REQUEST_IN_PROGRESS` with `Retry-After`. Keys are per caller and route, 1-255 visible ASCII characters, kept for IDEMPOTENCY_KEY_TTL_HOURS (24 h by default). Only successful answers are kept. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePromotionRequest'];
      };
    };
    responses: {
      /** @description The promotion, as stored. */
      201: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PromotionResponse'];
        };
      };
      /** @description Invalid promotion; Text the API cannot store; Malformed URL; Invalid request; Malformed JSON body; Wrong content length; Body nested too deeply; Malformed Idempotency-Key */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:ordering.invalid_promotion",
           *       "title": "Invalid promotion",
           *       "status": 400,
           *       "detail": "The promotion breaks a rule (percentage, validity period).",
           *       "code": "ORDERING.INVALID_PROMOTION",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'ORDERING.INVALID_PROMOTION'
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL'
              | 'REQUEST.VALIDATION_FAILED'
              | 'REQUEST.MALFORMED_JSON'
              | 'REQUEST.INVALID_CONTENT_LENGTH'
              | 'REQUEST.TOO_DEEPLY_NESTED'
              | 'IDEMPOTENCY.KEY_INVALID';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Administrators only */
      403: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.admin_role_required",
           *       "title": "Administrators only",
           *       "status": 403,
           *       "detail": "The operation is reserved for administrators.",
           *       "code": "AUTH.ADMIN_ROLE_REQUIRED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.ADMIN_ROLE_REQUIRED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Promotion code taken; Request with this key still running; Changed at the same time */
      409: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:ordering.promotion_code_taken",
           *       "title": "Promotion code taken",
           *       "status": 409,
           *       "detail": "A promotion with this code exists.",
           *       "code": "ORDERING.PROMOTION_CODE_TAKEN",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'ORDERING.PROMOTION_CODE_TAKEN'
              | 'IDEMPOTENCY.REQUEST_IN_PROGRESS'
              | 'CONCURRENCY.CONFLICT';
            promotionCode?: string;
            retryAfter?: number;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.body_too_large",
           *       "title": "Body too large",
           *       "status": 413,
           *       "detail": "The body is larger than the 1 MiB the API accepts.",
           *       "code": "REQUEST.BODY_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.BODY_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.unsupported_media_type",
           *       "title": "Body is not JSON",
           *       "status": 415,
           *       "detail": "The API reads JSON bodies only.",
           *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key used for another request */
      422: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:idempotency.key_reused",
           *       "title": "Idempotency-Key used for another request",
           *       "status": 422,
           *       "detail": "This key was used before, by this caller on this route, with a different request.",
           *       "code": "IDEMPOTENCY.KEY_REUSED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  RecommendationsController_boughtWith: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sku: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Up to 5 skus most often bought together with this one, with counts. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecommendationsResponse'];
        };
      };
      /** @description Text the API cannot store; Malformed URL */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.INVALID_TEXT' | 'REQUEST.MALFORMED_URL';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description URL too long */
      414: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.url_too_long",
           *       "title": "URL too long",
           *       "status": 414,
           *       "detail": "A path parameter is longer than the API reads.",
           *       "code": "REQUEST.URL_TOO_LONG",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.URL_TOO_LONG';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  ShipmentsController_list: {
    parameters: {
      query: {
        orderId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The order’s shipment, for its owner or an administrator. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentListResponse'];
        };
      };
      /** @description Text the API cannot store; Malformed URL; Invalid request; Malformed id */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL'
              | 'REQUEST.VALIDATION_FAILED'
              | 'HTTP.BAD_REQUEST';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  ShipmentsController_deliver: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: a retry with the same key and the same request gets the first answer (with `Idempotent-Replayed: true`) and has no second effect. The same key with another request is 422 `IDEMPOTENCY.KEY_REUSED`; while the first request still runs, a retry waits for it, or after 3 s gets 409 `IDEMPOTENCY.REQUEST_IN_PROGRESS` with `Retry-After`. Keys are per caller and route, 1-255 visible ASCII characters, kept for IDEMPOTENCY_KEY_TTL_HOURS (24 h by default). Only successful answers are kept. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The delivered shipment. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentResponse'];
        };
      };
      /** @description Text the API cannot store; Malformed URL; Malformed id; Malformed Idempotency-Key */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL'
              | 'HTTP.BAD_REQUEST'
              | 'IDEMPOTENCY.KEY_INVALID';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Administrators only */
      403: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.admin_role_required",
           *       "title": "Administrators only",
           *       "status": 403,
           *       "detail": "The operation is reserved for administrators.",
           *       "code": "AUTH.ADMIN_ROLE_REQUIRED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.ADMIN_ROLE_REQUIRED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Shipment not found */
      404: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:shipping.shipment_not_found",
           *       "title": "Shipment not found",
           *       "status": 404,
           *       "detail": "No shipment has this id.",
           *       "code": "SHIPPING.SHIPMENT_NOT_FOUND",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'SHIPPING.SHIPMENT_NOT_FOUND';
            /** Format: uuid */
            shipmentId?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Shipment cannot make this step; Request with this key still running; Changed at the same time */
      409: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:shipping.shipment_transition_not_allowed",
           *       "title": "Shipment cannot make this step",
           *       "status": 409,
           *       "detail": "A shipment is dispatched once, then delivered once, in that order.",
           *       "code": "SHIPPING.SHIPMENT_TRANSITION_NOT_ALLOWED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'SHIPPING.SHIPMENT_TRANSITION_NOT_ALLOWED'
              | 'IDEMPOTENCY.REQUEST_IN_PROGRESS'
              | 'CONCURRENCY.CONFLICT';
            requestedStatus?: string;
            retryAfter?: number;
            /** Format: uuid */
            shipmentId?: string;
            shipmentStatus?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description URL too long */
      414: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.url_too_long",
           *       "title": "URL too long",
           *       "status": 414,
           *       "detail": "A path parameter is longer than the API reads.",
           *       "code": "REQUEST.URL_TOO_LONG",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.URL_TOO_LONG';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key used for another request */
      422: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:idempotency.key_reused",
           *       "title": "Idempotency-Key used for another request",
           *       "status": 422,
           *       "detail": "This key was used before, by this caller on this route, with a different request.",
           *       "code": "IDEMPOTENCY.KEY_REUSED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  ShipmentsController_dispatch: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes the request safe to retry: a retry with the same key and the same request gets the first answer (with `Idempotent-Replayed: true`) and has no second effect. The same key with another request is 422 `IDEMPOTENCY.KEY_REUSED`; while the first request still runs, a retry waits for it, or after 3 s gets 409 `IDEMPOTENCY.REQUEST_IN_PROGRESS` with `Retry-After`. Keys are per caller and route, 1-255 visible ASCII characters, kept for IDEMPOTENCY_KEY_TTL_HOURS (24 h by default). Only successful answers are kept. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DispatchRequest'];
      };
    };
    responses: {
      /** @description The dispatched shipment. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentResponse'];
        };
      };
      /** @description Text the API cannot store; Malformed URL; Invalid request; Malformed JSON body; Wrong content length; Body nested too deeply; Malformed id; Malformed Idempotency-Key */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.invalid_text",
           *       "title": "Text the API cannot store",
           *       "status": 400,
           *       "detail": "A string in the path, query or body holds a NUL character or a lone UTF-16 surrogate.",
           *       "code": "REQUEST.INVALID_TEXT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL'
              | 'REQUEST.VALIDATION_FAILED'
              | 'REQUEST.MALFORMED_JSON'
              | 'REQUEST.INVALID_CONTENT_LENGTH'
              | 'REQUEST.TOO_DEEPLY_NESTED'
              | 'HTTP.BAD_REQUEST'
              | 'IDEMPOTENCY.KEY_INVALID';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Authentication required */
      401: {
        headers: {
          'WWW-Authenticate': components['headers']['WwwAuthenticate'];
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "The bearer token is missing, malformed, expired, or was not issued by this shop.",
           *       "code": "AUTH.UNAUTHENTICATED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.UNAUTHENTICATED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Administrators only */
      403: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:auth.admin_role_required",
           *       "title": "Administrators only",
           *       "status": 403,
           *       "detail": "The operation is reserved for administrators.",
           *       "code": "AUTH.ADMIN_ROLE_REQUIRED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'AUTH.ADMIN_ROLE_REQUIRED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Shipment not found */
      404: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:shipping.shipment_not_found",
           *       "title": "Shipment not found",
           *       "status": 404,
           *       "detail": "No shipment has this id.",
           *       "code": "SHIPPING.SHIPMENT_NOT_FOUND",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'SHIPPING.SHIPMENT_NOT_FOUND';
            /** Format: uuid */
            shipmentId?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Shipment cannot make this step; Request with this key still running; Changed at the same time */
      409: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:shipping.shipment_transition_not_allowed",
           *       "title": "Shipment cannot make this step",
           *       "status": 409,
           *       "detail": "A shipment is dispatched once, then delivered once, in that order.",
           *       "code": "SHIPPING.SHIPMENT_TRANSITION_NOT_ALLOWED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'SHIPPING.SHIPMENT_TRANSITION_NOT_ALLOWED'
              | 'IDEMPOTENCY.REQUEST_IN_PROGRESS'
              | 'CONCURRENCY.CONFLICT';
            requestedStatus?: string;
            retryAfter?: number;
            /** Format: uuid */
            shipmentId?: string;
            shipmentStatus?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.body_too_large",
           *       "title": "Body too large",
           *       "status": 413,
           *       "detail": "The body is larger than the 1 MiB the API accepts.",
           *       "code": "REQUEST.BODY_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.BODY_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description URL too long */
      414: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.url_too_long",
           *       "title": "URL too long",
           *       "status": 414,
           *       "detail": "A path parameter is longer than the API reads.",
           *       "code": "REQUEST.URL_TOO_LONG",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.URL_TOO_LONG';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.unsupported_media_type",
           *       "title": "Body is not JSON",
           *       "status": 415,
           *       "detail": "The API reads JSON bodies only.",
           *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key used for another request */
      422: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:idempotency.key_reused",
           *       "title": "Idempotency-Key used for another request",
           *       "status": 422,
           *       "detail": "This key was used before, by this caller on this route, with a different request.",
           *       "code": "IDEMPOTENCY.KEY_REUSED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'IDEMPOTENCY.KEY_REUSED';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
  ShippingQuotesController_quote: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QuoteShippingRequest'];
      };
    };
    responses: {
      /** @description The cost and how it was reached. */
      200: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShippingQuoteResponse'];
        };
      };
      /** @description Invalid destination; Invalid weight; Invalid merchandise total; Text the API cannot store; Malformed URL; Invalid request; Malformed JSON body; Wrong content length; Body nested too deeply */
      400: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:shipping.invalid_destination",
           *       "title": "Invalid destination",
           *       "status": 400,
           *       "detail": "The destination country is not an ISO 3166-1 alpha-2 code.",
           *       "code": "SHIPPING.INVALID_DESTINATION",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'SHIPPING.INVALID_DESTINATION'
              | 'SHIPPING.INVALID_WEIGHT'
              | 'SHIPPING.INVALID_MERCHANDISE_TOTAL'
              | 'REQUEST.INVALID_TEXT'
              | 'REQUEST.MALFORMED_URL'
              | 'REQUEST.VALIDATION_FAILED'
              | 'REQUEST.MALFORMED_JSON'
              | 'REQUEST.INVALID_CONTENT_LENGTH'
              | 'REQUEST.TOO_DEEPLY_NESTED';
          } & components['schemas']['ValidationProblem'];
        };
      };
      /** @description Request took too long to arrive */
      408: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.timeout",
           *       "title": "Request took too long to arrive",
           *       "status": 408,
           *       "detail": "The request was not received completely within the request timeout.",
           *       "code": "REQUEST.TIMEOUT",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.TIMEOUT';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.body_too_large",
           *       "title": "Body too large",
           *       "status": 413,
           *       "detail": "The body is larger than the 1 MiB the API accepts.",
           *       "code": "REQUEST.BODY_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.BODY_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Body is not JSON */
      415: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.unsupported_media_type",
           *       "title": "Body is not JSON",
           *       "status": 415,
           *       "detail": "The API reads JSON bodies only.",
           *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Currency not accepted for shipping; Currency not accepted */
      422: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:shipping.currency_mismatch",
           *       "title": "Currency not accepted for shipping",
           *       "status": 422,
           *       "detail": "Shipping is priced in the shop’s currency only.",
           *       "code": "SHIPPING.CURRENCY_MISMATCH",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            accepted?: string;
            /** @enum {string} */
            code?: 'SHIPPING.CURRENCY_MISMATCH' | 'MONEY.CURRENCY_NOT_ACCEPTED';
            received?: string;
          } & components['schemas']['Problem'];
        };
      };
      /** @description Headers too large */
      431: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:request.headers_too_large",
           *       "title": "Headers too large",
           *       "status": 431,
           *       "detail": "The request headers are larger than the server reads.",
           *       "code": "REQUEST.HEADERS_TOO_LARGE",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?: 'REQUEST.HEADERS_TOO_LARGE';
          } & components['schemas']['Problem'];
        };
      };
      /** @description Any other problem: an unexpected error, or something the request needs not answering now (503 with `Retry-After`). */
      default: {
        headers: {
          'x-request-id': components['headers']['RequestId'];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "urn:emporium:problem:internal.unexpected",
           *       "title": "Unexpected error",
           *       "status": 500,
           *       "detail": "The shop failed in a way it did not expect; the error is logged under `requestId`.",
           *       "code": "INTERNAL.UNEXPECTED",
           *       "instance": "/api/…",
           *       "requestId": "5f0c6a55-3f0e-4b8e-9a53-8a1d3e1f2c11"
           *     }
           */
          'application/problem+json': {
            /** @enum {string} */
            code?:
              | 'INTERNAL.UNEXPECTED'
              | 'AUTH.BUSY'
              | 'DATABASE.UNAVAILABLE'
              | 'MESSAGING.PIPELINE_BEHIND'
              | 'MESSAGING.EVENT_LOG_UNAVAILABLE'
              | 'TOPOLOGY.CONTEXT_UNAVAILABLE';
            retryAfterSeconds?: number;
          } & components['schemas']['Problem'];
        };
      };
    };
  };
}
