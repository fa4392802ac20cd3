import { readFileSync } from 'node:fs';
import { OLDEST_NODE, unsupportedNode } from './supported-node.js';

describe('the oldest supported Node.js', () => {
  it('refuses older versions in one line naming both, and accepts the rest', () => {
    expect(unsupportedNode('v20.20.2')).toMatch(
      /needs Node\.js 24\.11 or later; this is v20\.20\.2/,
    );
    expect(unsupportedNode('v24.10.9')).toBeDefined();
    expect(unsupportedNode('v24.11.0')).toBeUndefined();
    expect(unsupportedNode('v24.21.0')).toBeUndefined();
    expect(unsupportedNode('v26.0.0')).toBeUndefined();
  });

  it('is the version package.json requires', () => {
    const { engines } = JSON.parse(readFileSync('package.json', 'utf8')) as {
      engines: { node: string };
    };
    expect(engines.node).toBe(`>=${OLDEST_NODE}`);
  });
});
