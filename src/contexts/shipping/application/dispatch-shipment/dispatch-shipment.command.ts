import { Command } from '@nestjs/cqrs';

export class DispatchShipmentCommand extends Command<void> {
  constructor(
    readonly shipmentId: string,
    readonly carrier: string,
  ) {
    super();
  }
}
