import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { PaymentsUnitOfWork } from '../payments.unit-of-work.js';
import { ListPaymentsQuery, type PaymentView } from './list-payments.query.js';

interface Row {
  id: string;
  order_id: string;
  status: PaymentView['status'];
  amount_amount: string;
  amount_currency: string;
  method_type: PaymentView['methodType'];
  provider_reference: string | null;
  failure_reason: string | null;
  history: PaymentView['history'];
  created_at: Date;
}

@QueryHandler(ListPaymentsQuery)
export class ListPaymentsHandler implements IQueryHandler<ListPaymentsQuery> {
  constructor(private readonly db: PaymentsUnitOfWork) {}

  async execute({ orderId, caller }: ListPaymentsQuery): Promise<{ items: PaymentView[] }> {
    const rows = await this.db.read((em) =>
      em.execute<Row[]>(
        `select * from payments where order_id = ? and (? or customer_id = ?::uuid)`,
        [orderId, caller.role === 'admin', caller.id],
      ),
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        orderId: row.order_id,
        status: row.status,
        amount: { amount: Number(row.amount_amount), currency: row.amount_currency.trim() },
        methodType: row.method_type,
        providerReference: row.provider_reference,
        failureReason: row.failure_reason,
        history: row.history,
        createdAt: new Date(row.created_at).toISOString(),
      })),
    };
  }
}
