import { UnitOfWork } from '../../../platform/application/unit-of-work.js';

/** The ordering context's unit of work and reads, as its use cases see them (its database implements it). */
export abstract class OrderingUnitOfWork extends UnitOfWork {}
