import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/domain/index.js';
import { ShipmentRepository } from '../../domain/shipment.js';
import { ShippingUnitOfWork } from '../shipping.unit-of-work.js';
import { DeliverShipmentCommand } from './deliver-shipment.command.js';

@CommandHandler(DeliverShipmentCommand)
export class DeliverShipmentHandler implements ICommandHandler<DeliverShipmentCommand> {
  constructor(
    private readonly db: ShippingUnitOfWork,
    private readonly shipments: ShipmentRepository,
    private readonly clock: Clock,
  ) {}

  execute(command: DeliverShipmentCommand): Promise<void> {
    return this.db.unitOfWork(async () => {
      const shipment = await this.shipments.get(command.shipmentId);
      shipment.deliver(this.clock.now());
      this.shipments.save(shipment);
    });
  }
}
