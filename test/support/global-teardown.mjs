import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const state = globalThis.__EMPORIUM_PG__;
  if (!state) return;
  state.watchdog.disarm();
  await state.pg.stop();
  await rm(state.dir, { recursive: true, force: true });
}
