import { CONTEXT_NAMES } from '../contexts.js';

/** A split topology as data: the processes, each the contexts it hosts; the first faces clients. */
export type SplitLayout = readonly (readonly string[])[];

/**
 * The named layouts `npm run start:split` and the topology tests run: the whole shop in one
 * process, shipping moved out (docs/topology.md walks through it), and three processes.
 */
export const SPLIT_LAYOUTS = {
  one: [CONTEXT_NAMES],
  'shipping-apart': [CONTEXT_NAMES.filter((context) => context !== 'shipping'), ['shipping']],
  three: [
    ['catalog', 'customers'],
    ['ordering', 'inventory'],
    ['payments', 'shipping', 'recommendations'],
  ],
} as const satisfies Record<string, SplitLayout>;

export type SplitLayoutName = keyof typeof SPLIT_LAYOUTS;

export const SPLIT_LAYOUT_NAMES = Object.keys(SPLIT_LAYOUTS) as SplitLayoutName[];
