import { lintFromString, createConfig, formatProblems, getTotals } from '@redocly/openapi-core';
import { readFileSync } from 'node:fs';
const config = await createConfig({ extends: ['recommended'] });
const problems = await lintFromString({ source: readFileSync(process.argv[2], 'utf8'), absoluteRef: '/openapi.json', config });
for (const p of problems) console.log(p.severity, p.ruleId, p.message, p.location?.[0]?.pointer);
console.log(getTotals(problems));
