import type { Counter } from 'prom-client';
import type { ShopMetrics } from './metrics.js';

/** One series of a counter: `metric{label="value",…}`. */
export type SeriesKey = string;

export interface SeriesRate {
  readonly labels: Readonly<Record<string, string>>;
  readonly total: number;
  /** Over the last minute (a younger process: what it saw so far). */
  readonly perMinute: number;
}

interface Sample {
  readonly at: number;
  readonly values: ReadonlyMap<SeriesKey, number>;
}

const WINDOW_MS = 60_000;
const EVERY_MS = 10_000;

/**
 * Per-minute rates of the traffic counters (events published and handled,
 * public query calls), from samples taken every ten seconds: what the modules
 * report shows as each context's traffic.
 */
export class RateWindow {
  private samples: Sample[] = [];
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly metrics: ShopMetrics,
    private readonly now: () => number = Date.now,
  ) {}

  start(): void {
    this.samples = [{ at: this.now(), values: new Map() }];
    this.timer = setInterval(() => void this.sample(), EVERY_MS).unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async sample(): Promise<Map<SeriesKey, { labels: Record<string, string>; value: number }>> {
    const current = await this.read();
    const at = this.now();
    this.samples.push({ at, values: new Map([...current].map(([key, s]) => [key, s.value])) });
    // Keep the newest sample older than the window: the base of the rate.
    while (this.samples.length > 2 && this.samples[1]!.at <= at - WINDOW_MS) this.samples.shift();
    return current;
  }

  /** Every series of the traffic counters with its total and per-minute rate, by metric name. */
  async rates(): Promise<Map<string, SeriesRate[]>> {
    const current = await this.sample();
    const at = this.now();
    const base = this.samples[0]!;
    // A process younger than a minute counts what it saw in its life, as a whole minute.
    const minutes = Math.max((at - base.at) / 60_000, 1);
    const byMetric = new Map<string, SeriesRate[]>();
    for (const [key, { labels, value }] of current) {
      const metric = key.slice(0, key.indexOf('{'));
      const rate = (value - (base.values.get(key) ?? 0)) / minutes;
      const list = byMetric.get(metric) ?? [];
      list.push({ labels, total: value, perMinute: Math.round(rate * 10) / 10 });
      byMetric.set(metric, list);
    }
    return byMetric;
  }

  private async read(): Promise<Map<SeriesKey, { labels: Record<string, string>; value: number }>> {
    const counters: Counter[] = [
      this.metrics.eventsPublished,
      this.metrics.eventsHandled,
      this.metrics.publicQueryCalls,
    ];
    const series = new Map<SeriesKey, { labels: Record<string, string>; value: number }>();
    for (const counter of counters) {
      const { name, values } = await counter.get();
      for (const { labels, value } of values) {
        series.set(`${name}${JSON.stringify(labels)}`, {
          labels: labels as Record<string, string>,
          value,
        });
      }
    }
    return series;
  }
}
