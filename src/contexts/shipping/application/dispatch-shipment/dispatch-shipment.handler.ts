import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/domain/index.js';
import { ShipmentRepository } from '../../domain/shipment.js';
import { ShippingUnitOfWork } from '../shipping.unit-of-work.js';
import { DispatchShipmentCommand } from './dispatch-shipment.command.js';

@CommandHandler(DispatchShipmentCommand)
export class DispatchShipmentHandler implements ICommandHandler<DispatchShipmentCommand> {
  constructor(
    private readonly db: ShippingUnitOfWork,
    private readonly shipments: ShipmentRepository,
    private readonly clock: Clock,
  ) {}

  execute(command: DispatchShipmentCommand): Promise<void> {
    return this.db.unitOfWork(async () => {
      const shipment = await this.shipments.get(command.shipmentId);
      shipment.dispatch(command.carrier, this.clock.now());
      this.shipments.save(shipment);
    });
  }
}
