import type { RemoteProcess } from '../topology/shop-processes.js';
import { contextMapMermaid } from './context-map.js';
import type { ContextShape } from './system-shape.js';

/** What `hostedBy` says of a context hosted by the process that answers. */
export const HERE = 'this process';

interface ProcessInfo {
  readonly host: string;
  readonly pid: number;
  readonly startedAt: string;
}

interface ModuleEntry {
  readonly name: string;
  readonly hosted: boolean;
  /** `this process`, the base URL of the process that hosts it, or null when not known here. */
  readonly hostedBy: string | null;
  /** `elsewhere`: hosted by another process that was not asked (or is not known). */
  readonly status: 'running' | 'unreachable' | 'elsewhere';
  readonly process: ProcessInfo | null;
  readonly [figures: string]: unknown;
}

/** The body of `GET /api/admin/modules` (its schema: modules.schema.ts). */
export interface ModulesReportBody {
  readonly process: ProcessInfo & {
    readonly contexts: readonly string[];
    readonly broker: { readonly status: string; readonly since: string } | null;
  };
  readonly processes: readonly {
    readonly baseUrl: string;
    readonly contexts: readonly string[];
    readonly status: 'running' | 'unreachable';
    readonly process: ModulesReportBody['process'] | null;
  }[];
  readonly map: string;
  readonly items: readonly ModuleEntry[];
}

/**
 * The whole shop's modules view from this process's own and the other
 * processes' (`?scope=process`): a context hosted elsewhere is described by
 * the process that hosts it (its figures, lag and backlog), or marked
 * `unreachable` when that process did not answer.
 */
export function shopModulesReport(
  own: ModulesReportBody,
  remote: readonly RemoteProcess[],
  others: readonly { readonly process: RemoteProcess; readonly answer: ModulesReportBody }[],
  shape: readonly ContextShape[],
): ModulesReportBody {
  const answers = new Map(others.map(({ process, answer }) => [process.baseUrl, answer]));
  const hostOf = (name: string) => remote.find((process) => process.contexts.includes(name));
  const items = own.items.map((item): ModuleEntry => {
    const process = hostOf(item.name);
    if (item.hosted || !process) return item;
    const answer = answers.get(process.baseUrl);
    const theirs = answer?.items.find((entry) => entry.name === item.name && entry.hosted);
    if (theirs) return { ...theirs, hosted: false, hostedBy: process.baseUrl, status: 'running' };
    return { ...item, status: answer ? 'elsewhere' : 'unreachable' };
  });
  const label = (info: ProcessInfo) => `${info.host} pid ${info.pid}`;
  const map = contextMapMermaid(shape, (name) => {
    if (own.process.contexts.includes(name)) return label(own.process);
    const process = hostOf(name);
    if (!process) return 'another process';
    const answer = answers.get(process.baseUrl);
    return answer
      ? `${process.baseUrl}, ${label(answer.process)}`
      : `${process.baseUrl}, unreachable`;
  });
  const processes = remote.map((process) => {
    const answer = answers.get(process.baseUrl);
    return {
      baseUrl: process.baseUrl,
      contexts: process.contexts,
      status: answer ? ('running' as const) : ('unreachable' as const),
      process: answer?.process ?? null,
    };
  });
  return { ...own, processes, map, items };
}
