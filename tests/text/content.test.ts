// Texts: every key the simulation can emit (news, rules, beats, outcomes, moves, states, concepts) has text that
// reads as words in English and in French (no raw key, no unfilled {placeholder}, no "director(s)"). That both
// tables have the same keys and placeholders is tables.test.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatMessage, formatParams, hasText, t } from '../../src/content/index.ts';
import {
  ALL_MOVES,
  CONCEPTS,
  newGame,
  OUTCOMES,
  PARTIES,
  partyStates,
  playTurn,
  POLICIES,
  RULE_SWITCHES,
  moveMenu,
  controllersOf,
} from '../../src/sim/index.ts';
import type { GameState, Message, PartyId, PolicyId, RuleSwitch } from '../../src/sim/index.ts';

interface Seen {
  news: Map<string, Message>;
  blocked: Map<string, Message>;
  causes: Set<string>;
  directors: Set<string>;
  params: Map<string, Record<string, unknown>>;
}

/** A few hundred games, turn by turn, with mixed policies and rulebooks: every message they emit, every blocked card. */
function survey(games: number): Seen {
  const seen: Seen = { news: new Map(), blocked: new Map(), causes: new Set(), directors: new Set(), params: new Map() };
  for (let i = 0; i < games; i++) {
    const policies = Object.fromEntries(PARTIES.map((p, j) => [p, POLICIES[(i + j) % POLICIES.length]])) as Record<PartyId, PolicyId>;
    const rules = RULE_SWITCHES.filter((_, j) => (i >> j) % 3 === 0) as RuleSwitch[];
    const humanBoard = i % 5 === 0;
    let s: GameState = newGame({ seed: i, rules, controllers: { ...controllersOf(policies), board: humanBoard ? 'human' : policies.board } });
    if (humanBoard) {
      for (const c of moveMenu(s, 'board')) for (const o of c.options) seen.params.set(`${c.move} ${JSON.stringify(o)}`, o);
      s = { ...playTurn(s, { board: { party: 'board', move: 'board.remove-ceo', params: { manner: i % 2 ? 'abrupt' : 'prepared' } } }), controllers: controllersOf(policies) };
    }
    while (!s.outcome) {
      for (const party of PARTIES) {
        for (const card of moveMenu(s, party)) {
          if (card.blocked) seen.blocked.set(`${card.blocked.key} ${JSON.stringify(card.blocked.vars ?? {})}`, card.blocked);
          for (const o of card.options) seen.params.set(`${card.move} ${JSON.stringify(o)}`, o);
        }
      }
      s = playTurn(s, {});
    }
    for (const r of s.log) {
      for (const n of r.news) seen.news.set(`${n.msg.key} ${JSON.stringify(n.msg.vars ?? {})}`, n.msg);
      for (const c of r.changes) seen.causes.add(c.cause);
    }
    for (const d of s.world.directors) seen.directors.add(d.id);
  }
  return seen;
}

/** Keys written literally in the simulation's source: news, beats, rules (also rule('name')), outcomes. */
function sourceKeys(): Set<string> {
  const keys = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(/['"`]((?:news|beat|rule)\.[a-z0-9.-]+[a-z0-9])['"`]/g)) keys.add(m[1]);
        for (const m of text.matchAll(/\brule\('([a-z0-9-]+)'/g)) keys.add(`rule.${m[1]}`);
      }
    }
  };
  walk(join(import.meta.dirname, '../../src/sim'));
  return keys;
}

const readable = (text: string, what: string) => {
  expect(text, what).not.toMatch(/\{\w+\}/);
  expect(text, what).not.toMatch(/(news|rule|beat|outcome|move|party|state|concept|director|option|ceo|clock)\.[\w.-]+/);
  expect(text, what).not.toMatch(/\p{L}\(\p{Ll}{1,3}\)/u);
  expect(text.trim().length, what).toBeGreaterThan(0);
};

let seen: Seen;
beforeAll(() => {
  seen = survey(300);
}, 60_000);

describe('English text for everything the simulation emits', () => {
  it('the survey saw a wide range of messages', () => {
    expect(seen.news.size).toBeGreaterThan(60);
    expect(seen.blocked.size).toBeGreaterThan(20);
  });

  it('every news item key has English text, and every item reads without a raw key or an unfilled placeholder', () => {
    const missing = [...new Set([...seen.news.values()].map((m) => m.key))].filter((k) => !hasText(k, 'en'));
    expect(missing).toEqual([]);
    for (const msg of seen.news.values()) readable(formatMessage(msg), `${msg.key} ${JSON.stringify(msg.vars ?? {})}`);
  });

  it('a failed move’s news names the rule that stopped it, in words', () => {
    const failed = [...seen.news.values()].filter((m) => m.key === 'news.move-failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const m of failed) {
      expect(hasText(String(m.vars?.rule), 'en'), String(m.vars?.rule)).toBe(true);
      readable(formatMessage(m), JSON.stringify(m.vars));
    }
  });

  it('every blocked move in any menu carries a rule with English text that reads as words', () => {
    const missing = [...new Set([...seen.blocked.values()].map((m) => m.key))].filter((k) => !hasText(k, 'en'));
    expect(missing).toEqual([]);
    for (const msg of seen.blocked.values()) readable(formatMessage(msg), `${msg.key} ${JSON.stringify(msg.vars ?? {})}`);
  });

  it('every rule named as the cause of a change has text, and every move named as a cause has a title', () => {
    for (const cause of seen.causes) {
      if (cause === 'world') continue;
      const key = cause.startsWith('rule.') ? cause : `move.${cause}.title`;
      expect(hasText(key, 'en'), key).toBe(true);
    }
  });

  it('every news, beat and rule key written in src/sim has English text', () => {
    const keys = sourceKeys();
    expect(keys.size).toBeGreaterThan(80);
    expect([...keys].filter((k) => !hasText(k, 'en'))).toEqual([]);
  });

  it('every move parameter offered reads in words', () => {
    expect(seen.params.size).toBeGreaterThan(20);
    for (const [what, params] of seen.params) if (Object.keys(params).length > 0) readable(formatParams(params), what);
  });

  it('every director who can sit on the board has a name', () => {
    for (const id of seen.directors) expect(hasText(`director.${id}`, 'en'), id).toBe(true);
    for (const id of ['taylor', 'summers', 'hurd', 'hoffman', 'zilis', 'microsoft-seat']) expect(seen.directors.has(id), id).toBe(true);
  });
});

describe('English text for the catalogue', () => {
  it('every move has a title and an explanation', () => {
    for (const m of ALL_MOVES) {
      expect(hasText(`move.${m.id}.title`, 'en'), m.id).toBe(true);
      expect(hasText(`move.${m.id}.explain`, 'en'), m.id).toBe(true);
    }
  });

  it('every party has a name, and every state of every party a text', () => {
    for (const p of PARTIES) {
      expect(hasText(`party.${p}.name`, 'en'), p).toBe(true);
      for (const s of partyStates(p)) expect(hasText(`state.${p}.${s}`, 'en'), `${p}.${s}`).toBe(true);
    }
  });

  it('every concept has a title and a glossary paragraph, and every concept a move names is one of them', () => {
    for (const c of CONCEPTS) {
      expect(hasText(`concept.${c}.title`, 'en'), c).toBe(true);
      expect(t(`concept.${c}.glossary`).length, c).toBeGreaterThan(80);
    }
    for (const m of ALL_MOVES) for (const c of m.concepts) expect(CONCEPTS, m.id).toContain(c);
    // Every concept of the glossary is taught by some move.
    expect([...new Set(ALL_MOVES.flatMap((m) => m.concepts))].sort()).toEqual([...CONCEPTS].sort());
  });

  it('every outcome has a title, a summary and a news line', () => {
    for (const o of OUTCOMES) for (const part of ['title', 'summary', 'news']) expect(hasText(`outcome.${o}.${part}`, 'en'), `${o}.${part}`).toBe(true);
  });
});

describe('French', () => {
  it('renders every message the survey saw, and every parameter offered, as words', () => {
    for (const msg of [...seen.news.values(), ...seen.blocked.values()]) {
      expect(hasText(msg.key, 'fr'), msg.key).toBe(true);
      readable(formatMessage(msg, 'fr'), `${msg.key} ${JSON.stringify(msg.vars ?? {})}`);
    }
    for (const [what, params] of seen.params) if (Object.keys(params).length > 0) readable(formatParams(params, 'fr'), what);
  });
});
