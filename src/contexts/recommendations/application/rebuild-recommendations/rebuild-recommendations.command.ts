import { Command } from '@nestjs/cqrs';

/** Rebuilds the co-purchase counts from ordering's event log; answers how many events were replayed. */
export class RebuildRecommendationsCommand extends Command<number> {}
