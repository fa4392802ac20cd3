/**
 * Which stream sequence a consumer must hand to its inbox next. A consumer
 * that takes its producer's whole stream sees sequences one after another —
 * unless an earlier message is still out: delivered to a pull that was lost
 * (a broker blip) or to a replica that died before acknowledging it. The
 * server hands that one out again only after the ack wait; until then a later
 * message is early and must go back, or it would reach the inbox first. A
 * message that never comes back (an operator deleted it) is given up after
 * `giveUpAfterMs`.
 */
export class StreamOrder {
  private next?: number;
  private waitingSince?: number;

  constructor(
    private readonly giveUpAfterMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Starts over after the ack floor: everything up to it reached an inbox. */
  resume(ackFloor: number, firstInStream: number): void {
    this.next = Math.max(ackFloor + 1, firstInStream);
    this.waitingSince = undefined;
  }

  /**
   * `in-order`: hand it over (an older one is a redelivery the inbox drops);
   * `early`: hand it back, an earlier one is still out; `gave-up`: hand it
   * over, the missing one is not coming back.
   */
  admit(sequence: number): 'in-order' | 'early' | 'gave-up' {
    if (this.next === undefined || sequence <= this.next) {
      this.next = Math.max(this.next ?? 0, sequence + 1);
      this.waitingSince = undefined;
      return 'in-order';
    }
    this.waitingSince ??= this.now();
    if (this.now() - this.waitingSince < this.giveUpAfterMs) return 'early';
    this.next = sequence + 1;
    this.waitingSince = undefined;
    return 'gave-up';
  }

  /** The sequence expected next, for logs. */
  get expected(): number | undefined {
    return this.next;
  }
}
