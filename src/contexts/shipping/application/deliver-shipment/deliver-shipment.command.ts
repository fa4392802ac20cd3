import { Command } from '@nestjs/cqrs';

export class DeliverShipmentCommand extends Command<void> {
  constructor(readonly shipmentId: string) {
    super();
  }
}
