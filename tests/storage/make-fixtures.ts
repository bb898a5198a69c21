// Records the current save format after SAVE_VERSION was bumped: `npx tsx tests/storage/make-fixtures.ts`.
// Writes, for the current version only and never over an existing one, its fingerprint (save-format.json), its
// shape (fixtures/shape-vN.json) and a real save made by playing a few turns (fixtures/save-vN.json).
import { existsSync, writeFileSync } from 'node:fs';
import { SAVE_VERSION } from '../../src/storage/save.ts';
import { playedGame, saveOf } from './games.ts';
import { currentShape, fingerprint, FORMAT_FILE, readFormat, saveFile, shapeFile } from './schema-shape.ts';

const format = readFormat();
const shape = currentShape();
const print = fingerprint(shape);
const recorded = format.fingerprints[SAVE_VERSION];
if (recorded && recorded !== print) {
  console.error(`Version ${SAVE_VERSION} is recorded with another shape. Bump SAVE_VERSION in src/storage/save.ts first.`);
  process.exit(1);
}
format.fingerprints[SAVE_VERSION] = print;
writeFileSync(FORMAT_FILE, `${JSON.stringify(format, null, 2)}\n`);
if (!existsSync(shapeFile(SAVE_VERSION))) writeFileSync(shapeFile(SAVE_VERSION), `${JSON.stringify(shape)}\n`);
if (!existsSync(saveFile(SAVE_VERSION))) {
  const state = playedGame({ seed: 20231117, humans: ['employees', 'microsoft'], turns: 6, rules: ['notice-required'] });
  writeFileSync(saveFile(SAVE_VERSION), `${JSON.stringify(saveOf(state, ['employees', 'microsoft']))}\n`);
}
console.log(`save format ${SAVE_VERSION}: ${print}`);
