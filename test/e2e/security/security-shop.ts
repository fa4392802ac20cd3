import { connect } from 'node:net';
import { aProduct } from '../../builders/product.builder.js';
import { startTestApp, type TestApp } from '../../support/app.js';
import { shopDriver, US_ADDRESS, VISA } from '../../support/shop.js';

/** The shop the security tests attack: every context, one product in stock. */
export async function securityShop(env: Record<string, string> = {}) {
  const shop = await startTestApp({ env: { MESSAGING_POLL_MS: '50', ...env } });
  const driver = shopDriver(shop);
  const sku = await driver.product(aProduct().pricedAt(1999).weighing(500), 1000);
  return { shop, driver, sku };
}

/** A valid order body for one line of `sku`, with overrides. */
export const anOrder = (sku: string, extra: Record<string, unknown> = {}) => ({
  lines: [{ sku, quantity: 1 }],
  shippingAddress: US_ADDRESS,
  paymentMethod: VISA,
  ...extra,
});

/** Listens on a free port of the loopback interface: for what only a real socket shows. */
export async function listening(shop: TestApp): Promise<number> {
  await shop.app.listen({ port: 0, host: '127.0.0.1' });
  return (shop.app.getHttpServer().address() as { port: number }).port;
}

/**
 * Writes raw bytes to the server and collects what comes back until it closes
 * the connection (or `giveUpMs` passes, then `closedByServer` is false).
 */
export function rawExchange(
  port: number,
  writes: readonly string[],
  giveUpMs: number,
): Promise<{ response: string; closedByServer: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let response = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ response, closedByServer: false });
    }, giveUpMs);
    socket.on('data', (chunk) => (response += chunk.toString('utf8')));
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ response, closedByServer: true });
    });
    socket.on('connect', () => {
      for (const data of writes) socket.write(data);
    });
  });
}

/** The status, headers and JSON body of a raw HTTP/1.1 response. */
export function parseRaw(response: string): {
  status: number;
  headers: Record<string, string>;
  body: any;
} {
  const at = response.indexOf('\r\n\r\n');
  const head = response.slice(0, at);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(
    lines.map((line) => {
      const at = line.indexOf(':');
      return [line.slice(0, at).toLowerCase(), line.slice(at + 1).trim()];
    }),
  );
  // Only the first response: anything after its declared length is not part of it.
  const body = Buffer.from(response.slice(at + 4)).subarray(0, Number(headers['content-length']));
  return {
    status: Number(statusLine.split(' ')[1]),
    headers,
    body: body.length ? JSON.parse(body.toString('utf8')) : null,
  };
}
