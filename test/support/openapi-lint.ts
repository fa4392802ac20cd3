import { createConfig, lintFromString } from '@redocly/openapi-core';

/** What Redocly's recommended rules find wrong with an OpenAPI document, as errors only. */
export async function redoclyErrors(document: unknown): Promise<string[]> {
  const problems = await lintFromString({
    source: JSON.stringify(document),
    absoluteRef: 'openapi.json',
    config: await createConfig({ extends: ['recommended'] }),
  });
  return problems
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
}
