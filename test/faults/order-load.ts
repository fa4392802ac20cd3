import { randomUUID } from 'node:crypto';
import type { JsonResponse } from '../support/http.js';
import { type Api, US_ADDRESS, VISA } from '../support/shop.js';
import type { Line, PlacedOrder, StockedShop } from './fault-shop.js';

const DECLINED = { type: 'card', token: 'tok_chargeDeclined' };
/** Longest wait for an answer: a request still open after this counts as a hang. */
const HANG_MS = 30_000;
/** How long, once the load stops, a retrying customer keeps trying to get an order answered. */
const RETRY_FOR_MS = 60_000;

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The answer, or status 0 and why none came: a refused or reset connection, or a hang. */
async function answered(request: Promise<JsonResponse>): Promise<JsonResponse> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<JsonResponse>((done) => {
    timer = setTimeout(() => done({ status: 0, headers: {}, body: { code: 'hang' } }), HANG_MS);
  });
  try {
    return await Promise.race([request, hang]);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    return { status: 0, headers: {}, body: { code: reason } };
  } finally {
    clearTimeout(timer);
  }
}

/** One to three distinct skus, one to six of each (five or more earn a volume discount). */
function someLines(skus: readonly string[]): Line[] {
  const shuffled = [...skus].sort(() => Math.random() - 0.5);
  return shuffled
    .slice(0, 1 + Math.floor(Math.random() * 3))
    .map((sku) => ({ sku, quantity: 1 + Math.floor(Math.random() * 6) }));
}

/** Answers a retrying customer tries again: no answer, the context away, its key still in progress. */
const retryable = (answer: JsonResponse) =>
  answer.status === 0 ||
  answer.status === 503 ||
  (answer.status === 409 && answer.body?.code === 'IDEMPOTENCY.REQUEST_IN_PROGRESS');

const helpful = (answer: JsonResponse) =>
  String(answer.headers['content-type']).startsWith('application/problem+json') &&
  /^\d+$/.test(String(answer.headers['retry-after']));

export interface LoadResult {
  /** Every answer to `POST /api/orders`, by `<status> <code>` (`0 hang`: no answer in 30 s). */
  readonly answers: Readonly<Record<string, number>>;
  readonly placed: readonly PlacedOrder[];
  /** Orders given up on unanswered (no 201 before the retry deadline). */
  readonly abandoned: number;
  /** 503 answers that were not problem+json or did not say when to try again (Retry-After). */
  readonly unhelpful503s: number;
  /** 201s replayed from the key's stored answer: the first attempt was placed, its answer lost. */
  readonly replayed: number;
}

export interface OrderLoad {
  readonly answers: Readonly<Record<string, number>>;
  readonly placed: readonly PlacedOrder[];
  /** Stops placing new orders, lets retries finish, and says what happened. */
  stop(): Promise<LoadResult>;
}

/**
 * Every customer places orders one after another, about a sixth of them with a card
 * that is declined. With `retry`, an order that got no answer or a 503 is sent again
 * with the same Idempotency-Key until it is answered (for at most a minute after the
 * load stops), as a careful client does; without it, the customer moves on.
 */
export function orderLoad(shop: StockedShop, options: { retry: boolean }): OrderLoad {
  const answers: Record<string, number> = {};
  const placed: PlacedOrder[] = [];
  let abandoned = 0;
  let unhelpful503s = 0;
  let replayed = 0;
  let stopped = false;
  let retryDeadline = Infinity;

  const customer = async (api: Api) => {
    while (!stopped) {
      const card = Math.random() < 1 / 6 ? DECLINED : VISA;
      const lines = someLines(shop.skus);
      const key = randomUUID();
      for (;;) {
        const answer = await answered(
          api.post(
            '/api/orders',
            { lines, shippingAddress: US_ADDRESS, paymentMethod: card },
            { 'idempotency-key': key },
          ),
        );
        const tally = `${answer.status} ${answer.body?.code ?? ''}`.trim();
        answers[tally] = (answers[tally] ?? 0) + 1;
        if (answer.status === 503 && !helpful(answer)) unhelpful503s++;
        if (answer.status === 201) {
          if (answer.headers['idempotent-replayed'] === 'true') replayed++;
          placed.push({ id: answer.body.id, token: card.token, lines, answeredAt: Date.now() });
          break;
        }
        // A refused order is tried again (or the next one placed) after a moment, as Retry-After asks.
        await sleep(200 + Math.random() * 300);
        if (!options.retry || !retryable(answer)) break;
        if (Date.now() > retryDeadline) {
          abandoned++;
          break;
        }
      }
      await sleep(50 * Math.random());
    }
  };
  const running = Promise.all(shop.customers.map(customer));
  return {
    answers,
    placed,
    async stop() {
      stopped = true;
      retryDeadline = Date.now() + RETRY_FOR_MS;
      await running;
      return { answers: { ...answers }, placed: [...placed], abandoned, unhelpful503s, replayed };
    },
  };
}

/** Answers other than 201 and 503 (a 500, a hang, a refused connection, a 4xx). */
export function unexpectedAnswers(result: LoadResult): string[] {
  return Object.keys(result.answers).filter((answer) => !/^(201|503 )/.test(answer));
}

/** `{ "201": 120, "503 TOPOLOGY.CONTEXT_UNAVAILABLE": 4 }` as one line. */
export function tallyLine(tally: Readonly<Record<string, number>>): string {
  return Object.entries(tally)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([what, count]) => `${count} × ${what}`)
    .join(', ');
}
