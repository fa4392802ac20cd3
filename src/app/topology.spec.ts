import { CONTEXT_MODULES } from './contexts.js';
import { remoteProcesses, remoteRoutes } from './topology.js';

describe('the routes of contexts hosted elsewhere', () => {
  const topology = {
    hosted: ['catalog', 'customers', 'inventory', 'ordering'],
    remote: {
      payments: 'http://b:3001',
      recommendations: 'http://b:3001',
      shipping: 'http://c:3002',
    },
    broker: true,
  };

  it('forwards each route by its path up to the first parameter, also from a controller without a path', () => {
    const prefixes = remoteRoutes(topology, CONTEXT_MODULES).map(
      (route) => `${route.context} ${route.prefix}`,
    );
    expect(prefixes.sort()).toEqual([
      'payments /api/admin/payments/reconciliation',
      'payments /api/admin/payments/reconciliations',
      'payments /api/payments',
      'recommendations /api/admin/recommendations/rebuild',
      'recommendations /api/recommendations',
      'shipping /api/shipments',
      'shipping /api/shipping/quotes',
    ]);
  });

  it('groups the contexts by the process (base URL) that hosts them', () => {
    expect(remoteProcesses(topology, CONTEXT_MODULES)).toEqual([
      {
        baseUrl: 'http://b:3001',
        contexts: ['payments', 'recommendations'],
        prefixes: expect.arrayContaining(['/api/payments', '/api/recommendations']),
      },
      {
        baseUrl: 'http://c:3002',
        contexts: ['shipping'],
        prefixes: ['/api/shipping/quotes', '/api/shipments'],
      },
    ]);
  });
});
