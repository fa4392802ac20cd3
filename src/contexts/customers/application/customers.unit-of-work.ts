import { UnitOfWork } from '../../../platform/application/unit-of-work.js';

/** The customers context's unit of work and reads, as its use cases see them (its database implements it). */
export abstract class CustomersUnitOfWork extends UnitOfWork {}
