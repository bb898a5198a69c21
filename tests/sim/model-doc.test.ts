// docs/model.md is the causal graph of the simulation: it must name every cause a rule records, and every move and
// rule function it names must exist, so the page cannot drift from the code unnoticed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MOVES, POLICIES, RULE_SWITCHES, runGame } from '../../src/sim/index.ts';
import type { PolicyId } from '../../src/sim/index.ts';
import { allOn } from './helpers.ts';

const page = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');

describe('docs/model.md', () => {
  it('names every cause the rules record, over games of every policy and rulebook switch', () => {
    const causes = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const policy = POLICIES[seed % POLICIES.length] as PolicyId;
      const rules = seed % 3 === 0 ? [RULE_SWITCHES[seed % RULE_SWITCHES.length]] : [];
      for (const r of runGame({ seed, rules, policies: allOn(policy) }).log) for (const c of r.changes) if (c.cause.startsWith('rule.')) causes.add(c.cause);
    }
    expect(causes.size).toBeGreaterThan(8);
    expect([...causes].filter((c) => !page.includes(`\`${c}\``))).toEqual([]);
  });

  it('every move it names is a move of the game', () => {
    const named = [...page.matchAll(/`((?:board|employees|microsoft|salesforce|altman|investors|management)\.[a-z-]+)`/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((id) => !MOVES.has(id))).toEqual([]);
  });
});
