import type { Provider } from '@nestjs/common';
import { CONTEXT_NAMES } from '../../src/app/contexts.js';
import { ShippingQuotes } from '../../src/contexts/shipping/contracts/index.js';
import { startTestApp } from '../support/app.js';

// Ordering asks shipping for quotes; alone, it is given a stand-in (a remote one when split).
const standIns: Partial<Record<string, Provider[]>> = {
  ordering: [
    { provide: ShippingQuotes, useValue: { quote: () => Promise.reject(new Error('unused')) } },
  ],
};

/** Every context stands on its own: booted with the platform and nothing else, it starts. */
describe('each context booted alone', () => {
  it.each(CONTEXT_NAMES)('%s starts with only the platform', async (context) => {
    const shop = await startTestApp({ contexts: context, publicQueries: standIns[context] });
    try {
      expect(shop.config.CONTEXTS).toEqual([context]);
      const ready = await shop.app.inject({ method: 'GET', url: '/health/ready' });
      expect(ready.statusCode).toBe(200);
    } finally {
      await shop.close();
    }
  });
});
