import { ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { Tracing } from './tracing.js';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const SPAN = '00f067aa0ba902b7';
const active = trace.setSpanContext(ROOT_CONTEXT, { traceId: TRACE, spanId: SPAN, traceFlags: 1 });

/** The shape of NATS' MsgHdrs: get answers '' for a missing key. */
class NatsLikeHeaders {
  readonly values = new Map<string, string>();
  get(key: string): string {
    return this.values.get(key) ?? '';
  }
  set(key: string, value: string): void {
    this.values.set(key, value);
  }
}

describe('W3C trace context in header maps (HTTP, NATS)', () => {
  afterEach(() => Tracing.enable(false));

  it('writes traceparent into a NATS-like header map and reads the same span back', () => {
    Tracing.enable(true);
    const headers = new NatsLikeHeaders();
    Tracing.inject(headers, active);
    expect(headers.get('traceparent')).toBe(`00-${TRACE}-${SPAN}-01`);
    expect(Tracing.spanContextOf(Tracing.extract(headers))).toMatchObject({
      traceId: TRACE,
      spanId: SPAN,
      isRemote: true,
    });
  });

  it('does the same with a plain object of headers', () => {
    Tracing.enable(true);
    const headers: Record<string, string> = {};
    Tracing.inject(headers, active);
    expect(Tracing.spanContextOf(Tracing.extract(headers))?.traceId).toBe(TRACE);
  });

  it('reads nothing from headers without a valid traceparent', () => {
    expect(Tracing.spanContextOf(Tracing.extract(new NatsLikeHeaders()))).toBeUndefined();
    expect(Tracing.spanContextOf(Tracing.extract({ traceparent: 'garbage' }))).toBeUndefined();
    expect(Tracing.spanContextOf(Tracing.contextOf(undefined))).toBeUndefined();
  });

  it('writes nothing and makes no span while tracing is off', async () => {
    const headers: Record<string, string> = {};
    Tracing.inject(headers, active);
    expect(headers).toEqual({});
    expect(Tracing.traceparent()).toBeUndefined();
    expect(Tracing.logFields()).toEqual({});
    await expect(
      Tracing.inSpan('work', {}, (span) => Promise.resolve(span)),
    ).resolves.toBeUndefined();
  });
});
