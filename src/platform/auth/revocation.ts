/**
 * Answers, for a token subject, the token version its tokens must carry now,
 * or `null` when the subject may not use the API at all (no such account, or
 * a disabled one). The context that owns accounts registers one.
 */
export type SubjectCheck = (subject: string) => Promise<number | null>;

/** Answers remembered at most; the oldest is forgotten first. */
const REMEMBERED = 10_000;

/**
 * Revocation of signed tokens before they expire (ADR 0017). The platform's
 * guard may not know the customers context, so that context registers its
 * check here (dependency inversion). Answers are cached for `ttlMs`, so that
 * a hot read costs no database round trip while nothing changes; a process
 * that revokes forgets its cached answer at once, other processes see the
 * revocation within `ttlMs`.
 *
 * With no check registered (the account-owning context runs in another
 * process), tokens are trusted until they expire.
 */
export class TokenRevocation {
  private check?: SubjectCheck;
  private readonly answers = new Map<string, { version: number | null; until: number }>();
  /** Lookups under way: a burst of requests of one subject waits for one answer, not one each. */
  private readonly asking = new Map<string, Promise<number | null>>();

  constructor(private readonly ttlMs: number) {}

  register(check: SubjectCheck): void {
    this.check = check;
  }

  /** Whether a token of `subject` issued under `version` is still honoured at `now` (ms). */
  async honours(subject: string, version: number, now: number): Promise<boolean> {
    if (!this.check) return true;
    const answer = this.answers.get(subject);
    const current =
      answer && answer.until > now ? answer.version : await this.ask(this.check, subject, now);
    return current !== null && version >= current;
  }

  /** Drops the cached answer for a subject whose tokens were just revoked here. */
  forget(subject: string): void {
    this.answers.delete(subject);
    // A lookup under way may have read the row before the revocation: its answer is not kept.
    this.asking.delete(subject);
  }

  private ask(check: SubjectCheck, subject: string, now: number): Promise<number | null> {
    const underWay = this.asking.get(subject);
    if (underWay) return underWay;
    const ours = (): boolean => this.asking.get(subject) === asking;
    const asking: Promise<number | null> = check(subject).then(
      (version) => {
        if (ours()) {
          this.asking.delete(subject);
          this.remember(subject, { version, until: now + this.ttlMs });
        }
        return version;
      },
      (error: unknown) => {
        if (ours()) this.asking.delete(subject);
        throw error;
      },
    );
    this.asking.set(subject, asking);
    return asking;
  }

  private remember(subject: string, answer: { version: number | null; until: number }): void {
    this.answers.delete(subject);
    if (this.answers.size >= REMEMBERED) {
      this.answers.delete(this.answers.keys().next().value!);
    }
    this.answers.set(subject, answer);
  }
}
