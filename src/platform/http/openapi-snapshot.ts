import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  COMPATIBILITY_ADVICE,
  type OpenApiDocument,
  restBreakingChanges,
} from './openapi-compatibility.js';
import { PROBLEMS, problemType } from './problem-catalog.js';

/** The published REST contract, committed: what existing clients were built against. */
export const SNAPSHOT_PATH = 'openapi/openapi.json';
/** TypeScript types of the published contract, as openapi-typescript generates them. */
export const CLIENT_TYPES_PATH = 'test/client/openapi.d.ts';
/** The page every problem `type` points to. */
export const PROBLEMS_PAGE_PATH = 'docs/problems.md';

/** The committed snapshot, or undefined before the first one. */
export function readSnapshot(root: string): OpenApiDocument | undefined {
  const path = join(root, SNAPSHOT_PATH);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as OpenApiDocument) : undefined;
}

/** Why the document would break clients of the committed snapshot (empty when it would not). */
export function describeBreakingChanges(root: string, document: unknown): string[] {
  const snapshot = readSnapshot(root);
  if (!snapshot) return [`${SNAPSHOT_PATH} is missing: run \`npm run openapi:snapshot\``];
  const problems = restBreakingChanges(snapshot, document as OpenApiDocument);
  return problems.length === 0
    ? []
    : [`The REST API changed incompatibly:\n- ${problems.join('\n- ')}\n${COMPATIBILITY_ADVICE}`];
}

/** Formats a generated file as the repository formats it (so the format check passes). */
async function formatted(root: string, path: string, text: string): Promise<string> {
  const prettier = await import('prettier');
  const filepath = join(root, path);
  return prettier.format(text, { ...(await prettier.resolveConfig(filepath)), filepath });
}

/** Client types generated from a document. */
export async function clientTypes(root: string, document: unknown): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const generated = astToString(
    await openapiTS(document as Parameters<typeof openapiTS>[0], {
      // A default must not make an optional request field look required.
      defaultNonNullable: false,
      alphabetize: true,
    }),
  );
  const header = `// Generated from ${SNAPSHOT_PATH} by \`npm run openapi:snapshot\`; do not edit.\n`;
  return formatted(root, CLIENT_TYPES_PATH, header + generated);
}

/** docs/problems.md: one section per problem type, from the problem catalog. */
export function problemsPage(root: string): Promise<string> {
  const sections = Object.entries(PROBLEMS)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, kind]) => {
      const extensions = Object.keys(kind.extensions ?? {});
      return [
        `## ${code}`,
        '',
        `- type: \`${problemType(code)}\``,
        `- status: ${kind.status}`,
        `- title: ${kind.title}`,
        ...(extensions.length > 0
          ? [`- extension members: ${extensions.map((e) => `\`${e}\``).join(', ')}`]
          : []),
        '',
        `**What it means.** ${kind.means}`,
        '',
        `**What to do.** ${kind.todo}`,
        '',
      ].join('\n');
    });
  const page = [
    '# Problems',
    '',
    'Every error of the API is an RFC 9457 `application/problem+json` body with `type`, `title`,',
    '`status`, `detail`, `code`, `instance` and `requestId`. Switch on `code`: it is stable. The',
    '`type` of each problem names its section below. Generated from',
    '`src/platform/http/problem-catalog.ts` by `npm run openapi:snapshot`; do not edit.',
    '',
    ...sections,
  ].join('\n');
  return formatted(root, PROBLEMS_PAGE_PATH, page);
}

/**
 * Records the document as the published contract, with the client types and
 * the problems page derived from it, unless it would break existing clients.
 */
export async function writeOpenApiSnapshot(
  root: string,
  document: unknown,
): Promise<{ ok: boolean; messages: string[] }> {
  const breaking = readSnapshot(root) ? describeBreakingChanges(root, document) : [];
  if (breaking.length > 0) return { ok: false, messages: breaking };
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    return `recorded ${path}`;
  };
  return {
    ok: true,
    messages: [
      write(SNAPSHOT_PATH, await formatted(root, SNAPSHOT_PATH, JSON.stringify(document))),
      write(CLIENT_TYPES_PATH, await clientTypes(root, document)),
      write(PROBLEMS_PAGE_PATH, await problemsPage(root)),
    ],
  };
}
