// The operations console: one page over the admin API, no build step, no framework.
const TOKEN_KEY = 'emporium.console.token';
const REFRESH_MS = 2000;
const $ = (id) => document.getElementById(id);

let token = sessionStorage.getItem(TOKEN_KEY);
let timer;
let renderedMap = '';

/** An element with text (never HTML: event data and errors come from outside). */
function el(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = String(text);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

async function api(path, init = {}) {
  const response = await fetch(path, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
  });
  if (response.status === 401) {
    signOut('Your session ended; sign in again.');
    throw new Error('signed out');
  }
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail ?? body.title ?? response.statusText);
  return body;
}

async function signIn(event) {
  event.preventDefault();
  const form = new FormData(event.target);
  $('sign-in-error').textContent = '';
  const response = await fetch('/api/auth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: form.get('email'), password: form.get('password') }),
  });
  const body = await response.json();
  if (!response.ok) {
    $('sign-in-error').textContent = body.detail ?? 'Sign-in failed';
    return;
  }
  token = body.accessToken;
  const probe = await fetch('/api/admin/modules', {
    headers: { authorization: `Bearer ${token}` },
  });
  if (probe.status === 403) {
    token = null;
    $('sign-in-error').textContent = 'This account is not an administrator.';
    return;
  }
  sessionStorage.setItem(TOKEN_KEY, token);
  start();
}

function signOut(message = '') {
  token = null;
  sessionStorage.removeItem(TOKEN_KEY);
  clearInterval(timer);
  renderedMap = '';
  for (const view of document.querySelectorAll('.view')) view.hidden = true;
  $('tabs').hidden = true;
  $('sign-in').hidden = false;
  $('sign-in-error').textContent = message;
}

function show(view) {
  for (const section of document.querySelectorAll('.view')) section.hidden = section.id !== view;
  for (const link of document.querySelectorAll('nav a'))
    link.classList.toggle('active', link.dataset.view === view);
}

function currentView() {
  const wanted = location.hash.slice(1);
  return document.getElementById(wanted)?.classList.contains('view') ? wanted : 'map';
}

async function renderMap(modules) {
  if (modules.map === renderedMap) return;
  renderedMap = modules.map;
  const { default: mermaid } = await import('./vendor/mermaid/mermaid.esm.min.mjs');
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral' });
  const { svg } = await mermaid.render('context-map-svg', modules.map);
  $('map-diagram').innerHTML = svg; // Mermaid's own output, rendered with securityLevel strict.
}

/** This process, or the other process that hosts the context (its base URL), as far as known. */
function whereItRuns(context) {
  const pid = context.process ? ` pid ${context.process.pid}` : '';
  if (context.hosted) return `${context.process.host}${pid}`;
  if (!context.hostedBy) return 'another process';
  return context.status === 'unreachable'
    ? `${context.hostedBy} (unreachable)`
    : `${context.hostedBy}${context.process ? ` (${context.process.host}${pid})` : ''}`;
}

function renderContexts(modules) {
  $('process').textContent = `this process: ${modules.process.host} pid ${modules.process.pid}`;
  const rows = modules.items.map((context) => {
    const row = el('tr', undefined, { 'data-context': context.name });
    const backlog = context.backlog;
    const sync = context.extraction.syncCallsPerMinute;
    const cells = [
      context.name,
      whereItRuns(context),
      context.extraction.eventsOutPerMinute,
      context.extraction.eventsInPerMinute,
      sync,
      context.extraction.synchronousDependencies,
      backlog ? backlog.outboxWaiting : '–',
      backlog ? `${backlog.outboxOldestAgeSeconds} s` : '–',
      backlog ? `${backlog.inboxPending} / ${backlog.inboxRetrying}` : '–',
      backlog ? backlog.deadLetters : '–',
    ];
    cells.forEach((value, i) => {
      const cell = el('td', value, i >= 2 ? { class: 'num' } : {});
      if (i === cells.length - 1 && backlog?.deadLetters > 0) cell.classList.add('bad');
      row.append(cell);
    });
    return row;
  });
  $('contexts-rows').replaceChildren(...rows);
}

async function renderDeadLetters() {
  const { items } = await api('/api/admin/dead-letters');
  $('dead-count').textContent = items.length > 0 ? String(items.length) : '';
  $('dead-empty').hidden = items.length > 0;
  const entries = items.map((letter) => {
    const item = el('li', undefined, { 'data-dead-letter': letter.id });
    const title = el('strong', `${letter.event.name} → ${letter.handler}`);
    const meta = el(
      'p',
      `${letter.attempts} attempts · last failed ${letter.lastFailedAt ?? 'never'} · event ${letter.event.id}`,
    );
    const error = el('code', letter.error ?? '(no error recorded)');
    const replay = el('button', 'Replay', { type: 'button' });
    replay.addEventListener('click', async () => {
      replay.disabled = true;
      replay.textContent = 'Replaying…';
      await api(`/api/admin/dead-letters/${letter.id}/replay`, { method: 'POST' });
      await refresh();
    });
    const payload = el('pre', JSON.stringify(letter.event.payload, null, 2));
    item.append(title, meta, error, el('div'), replay, payload);
    return item;
  });
  $('dead-list').replaceChildren(...entries);
}

async function renderEvents() {
  if ($('event-list').childElementCount > 0) return;
  const { items } = await api('/api/admin/events');
  $('event-list').replaceChildren(
    ...items.map((event) => {
      const details = el('details', undefined, { 'data-event': event.name });
      const consumers = event.consumers.map((c) => c.handler).join(', ') || 'no consumer';
      details.append(
        el('summary', event.name),
        el('p', event.description),
        el('p', `published by ${event.producer} · consumed by ${consumers}`, { class: 'meta' }),
        el('h4', 'Example payload'),
        el('pre', JSON.stringify(event.example, null, 2)),
        el('h4', 'Schema'),
        el('pre', JSON.stringify(event.schema, null, 2)),
      );
      return details;
    }),
  );
}

async function refresh() {
  const modules = await api('/api/admin/modules');
  renderContexts(modules);
  await Promise.all([renderDeadLetters(), renderEvents(), renderMap(modules)]);
}

function start() {
  $('sign-in').hidden = true;
  $('tabs').hidden = false;
  show(currentView());
  void refresh().catch(() => undefined);
  clearInterval(timer);
  timer = setInterval(() => void refresh().catch(() => undefined), REFRESH_MS);
}

$('sign-in').addEventListener('submit', (event) => void signIn(event));
$('sign-out').addEventListener('click', () => signOut());
window.addEventListener('hashchange', () => show(currentView()));
if (token) start();
else signOut();
