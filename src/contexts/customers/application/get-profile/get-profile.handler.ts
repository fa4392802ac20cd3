import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CustomerNotFound } from '../../domain/customer.errors.js';
import { CustomersUnitOfWork } from '../customers.unit-of-work.js';
import { type CustomerProfileView, GetProfileQuery } from './get-profile.query.js';

interface Row {
  id: string;
  email: string;
  name: string;
  role: CustomerProfileView['role'];
  tier: CustomerProfileView['tier'];
  addresses: CustomerProfileView['addresses'];
  lifetime_spend_amount: string;
  lifetime_spend_currency: string;
  created_at: Date;
}

@QueryHandler(GetProfileQuery)
export class GetProfileHandler implements IQueryHandler<GetProfileQuery> {
  constructor(private readonly db: CustomersUnitOfWork) {}

  async execute({ customerId }: GetProfileQuery): Promise<CustomerProfileView> {
    const [row] = await this.db.read((em) =>
      em.execute<Row[]>(
        `select id, email, name, role, tier, addresses, lifetime_spend_amount, lifetime_spend_currency, created_at
         from customers where id = ?`,
        [customerId],
      ),
    );
    if (!row) throw new CustomerNotFound(customerId);
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      tier: row.tier,
      addresses: row.addresses,
      lifetimeSpend: {
        amount: Number(row.lifetime_spend_amount),
        currency: row.lifetime_spend_currency.trim(),
      },
      createdAt: new Date(row.created_at).toISOString(),
    };
  }
}
