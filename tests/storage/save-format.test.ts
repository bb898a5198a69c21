// The save's format version follows its shape: a change to the saved shape without a new version fails here, and so
// does a new version whose older saves are neither brought up to date nor set aside as the player is told.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judge, SaveStore, SAVE_KEY, SAVE_VERSION } from '../../src/storage/save.ts';
import { MemoryKV, NOW, NOW_ISO, playToEnd } from './games.ts';
import { currentShape, differences, fingerprint, readFormat, saveFile, shapeFile } from './schema-shape.ts';

const format = readFormat();
const raw = (name: string) => readFileSync(name, 'utf8').trim();

describe('the save format', () => {
  it('has a new version whenever the saved shape changes', () => {
    const shape = currentShape();
    const recorded = format.fingerprints[SAVE_VERSION];
    const old = existsSync(shapeFile(SAVE_VERSION)) ? JSON.parse(raw(shapeFile(SAVE_VERSION))) : null;
    const changed = old ? differences(old, shape).map((d) => `  ${d}`).join('\n') : '  (no shape recorded)';
    expect(
      fingerprint(shape),
      `The saved shape (src/storage/save-schema.ts) is not the one recorded for format version ${SAVE_VERSION}:\n${changed}\n` +
        `A save of version ${SAVE_VERSION} no longer fits it. Bump SAVE_VERSION in src/storage/save.ts to ${SAVE_VERSION + 1}, ` +
        `then run npx tsx tests/storage/make-fixtures.ts. A version ${SAVE_VERSION} save is then brought up to date by ` +
        `replaying its moves (src/storage/migrate.ts); if that cannot work, add a step to MIGRATIONS there, or list the ` +
        `version in tests/storage/save-format.json "notMigratable" with the reason. See tests/storage/README.md.`,
    ).toBe(recorded);
  });

  it('records each version once, with its own shape', () => {
    const prints = Object.values(format.fingerprints);
    expect(new Set(prints).size).toBe(prints.length);
    expect(Math.max(...Object.keys(format.fingerprints).map(Number))).toBe(SAVE_VERSION);
  });

  it('loads a save of the current version as it is', () => {
    const text = raw(saveFile(SAVE_VERSION));
    const v = judge(text, NOW_ISO);
    if (v.kind !== 'sound') throw new Error(`the current version's own save is refused: ${JSON.stringify(v)}`);
    expect(v.migratedFrom).toBeUndefined();
    expect(v.save).toEqual(JSON.parse(text));
  });

  for (let version = 1; version < SAVE_VERSION; version++) {
    const why = format.notMigratable[version];
    const files = [saveFile(version), saveFile(version).replace('.json', '-early.json')].filter(existsSync);
    it(`has a save of version ${version} to prove its way forward`, () => expect(files.length).toBeGreaterThan(0));
    for (const file of files) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      const text = raw(file);
      const early = name.endsWith('-early.json');
      if (why || early) {
        it(`sets ${name} aside with the earlier-version message when it cannot be brought up to date`, () => {
          const kv = new MemoryKV();
          kv.data.set(SAVE_KEY, text);
          const r = new SaveStore(kv, () => NOW).load();
          if (r.ok) {
            // A save of an early shape may still replay under today's rules: then it must play on.
            expect(early).toBe(true);
            expect(playToEnd(r.save!.state).outcome).not.toBeNull();
            return;
          }
          expect(r.problem).toMatchObject({ kind: 'older-version', movedTo: `${SAVE_KEY}:v${version}:${NOW_ISO}` });
          expect(kv.data.get(`${SAVE_KEY}:v${version}:${NOW_ISO}`)).toBe(text);
          expect(kv.data.has(SAVE_KEY)).toBe(false);
        });
      } else {
        it(`brings ${name} up to date, the same game, and it plays on`, () => {
          const v = judge(text, NOW_ISO);
          if (v.kind !== 'sound') throw new Error(`version ${version} cannot be migrated: ${JSON.stringify(v)}`);
          expect(v.migratedFrom).toBe(version);
          const before = JSON.parse(text).state;
          expect({ turn: v.save.state.turn, seed: v.save.state.seed, moves: v.save.state.log.map((r) => r.moves) }).toEqual({
            turn: before.turn, seed: before.seed, moves: before.log.map((r: { moves: unknown }) => r.moves),
          });
          expect(playToEnd(v.save.state).outcome).not.toBeNull();
        });
      }
    }
  }
});

describe('replaying an old save', () => {
  it('rebuilds a save of an earlier shape into the same game, news and all', () => {
    const current = JSON.parse(raw(saveFile(SAVE_VERSION)));
    // An earlier shape: no temperament, turn records with their moves only, a world field missing.
    const old = structuredClone(current);
    old.version = SAVE_VERSION - 1;
    delete old.state.temperament;
    delete old.state.world.letterStartedTurn;
    old.state.log = old.state.log.map((r: { turn: number; moves: unknown }) => ({ turn: r.turn, moves: r.moves }));
    const v = judge(JSON.stringify(old), current.savedAt);
    if (v.kind !== 'sound') throw new Error(`not replayed: ${JSON.stringify(v)}`);
    expect(v.save).toEqual(current);
  });

  it('refuses a save whose moves today\'s rules do not allow, saying which turn', () => {
    const current = JSON.parse(raw(saveFile(SAVE_VERSION)));
    const old = { ...current, version: SAVE_VERSION - 1, state: { ...current.state, temperament: undefined } };
    old.state.log = structuredClone(current.state.log);
    old.state.log[2].moves[0].move = 'board.remove-ceo';
    const v = judge(JSON.stringify(old), NOW_ISO);
    expect(v).toMatchObject({ kind: 'unusable', tag: 'older', reason: expect.stringMatching(/refuse a move of turn 1/) });
  });
});
