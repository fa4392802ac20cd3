/** Printed by the shop the tracing A/B starts, once its tracing module has been replaced. */
export const ABSENT_NOTICE = 'bench: this shop runs without its tracing code';
