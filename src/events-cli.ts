/**
 * `npm run events -- <command>`: operates the integration events of a running
 * shop through its admin API (EMPORIUM_URL, default http://localhost:3000).
 *
 *   catalog                          every event with its schema, producer and consumers
 *   dead-letters                     list the dead letters
 *   dead-letters show <id>           one dead letter with its event and error
 *   dead-letters replay <id>         put one back in its inbox
 *   dead-letters replay --all        put all back
 *   replay <handler> --since <time>  redeliver a handler's events since an ISO-8601 time
 *   rebuild-recommendations          rebuild the co-purchase read model from the event log
 */
const base = (process.env.EMPORIUM_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const token = process.env.EMPORIUM_ADMIN_TOKEN;

async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = answer as { code?: string; detail?: string } | null;
    throw new Error(`${response.status} ${problem?.code ?? ''} ${problem?.detail ?? ''}`.trim());
  }
  return answer;
}

function usage(): never {
  process.stderr.write(
    'usage: npm run events -- catalog | dead-letters [show <id> | replay <id> | replay --all] | replay <handler> --since <ISO time> | rebuild-recommendations\n',
  );
  process.exit(2);
}

async function run(args: string[]): Promise<unknown> {
  const [command, sub, arg] = args;
  switch (command ?? '') {
    case 'catalog':
      return call('GET', '/api/admin/events');
    case 'dead-letters':
      if (sub === undefined) return call('GET', '/api/admin/dead-letters');
      if (sub === 'show' && arg)
        return call('GET', `/api/admin/dead-letters/${encodeURIComponent(arg)}`);
      if (sub === 'replay' && arg === '--all')
        return call('POST', '/api/admin/dead-letters/replay');
      if (sub === 'replay' && arg)
        return call('POST', `/api/admin/dead-letters/${encodeURIComponent(arg)}/replay`);
      return usage();
    case 'replay': {
      const since = args[args.indexOf('--since') + 1];
      if (!sub || !args.includes('--since') || !since) return usage();
      return call('POST', `/api/admin/handlers/${encodeURIComponent(sub)}/replay`, { since });
    }
    case 'rebuild-recommendations':
      return call('POST', '/api/admin/recommendations/rebuild');
    default:
      return usage();
  }
}

run(process.argv.slice(2)).then(
  (answer) => process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
