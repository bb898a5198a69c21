// The saved shape as plain data: a stable description of the save's valibot schema (every field, type, range and
// allowed name), and its fingerprint. tests/storage/save-format.json pins the fingerprint of each format version.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { saveSchema } from '../../src/storage/save-schema.ts';

type Shape = string | number | boolean | null | Shape[] | { [k: string]: Shape };
type Node = Record<string, unknown>;

export const HERE = import.meta.dirname;
export const FORMAT_FILE = join(HERE, 'save-format.json');
export const shapeFile = (version: number) => join(HERE, 'fixtures', `shape-v${version}.json`);
export const saveFile = (version: number) => join(HERE, 'fixtures', `save-v${version}.json`);

export interface SaveFormat {
  /** The fingerprint of each format version's shape. */
  fingerprints: Record<string, string>;
  /** Versions whose saves cannot be brought up to date, and why: their saves are set aside. */
  notMigratable: Record<string, string>;
}

export const readFormat = (): SaveFormat => JSON.parse(readFileSync(FORMAT_FILE, 'utf8'));

function value(x: unknown): Shape {
  if (typeof x === 'function') return '<check>';
  if (x instanceof RegExp) return x.source;
  if (Array.isArray(x)) return x.map(value);
  if (x === undefined) return null;
  if (x && typeof x === 'object') return describe(x as Node);
  return x as Shape;
}

/** A schema or action as plain data. Checks written as functions count by their place, not their code. */
export function describe(node: Node): Shape {
  const pipe = node.pipe as Node[] | undefined;
  if (pipe) {
    const inner = describe(pipe[0]) as { [k: string]: Shape };
    const actions = pipe.slice(1).map((a) => ({ type: String(a.type), requirement: value(a.requirement) }));
    return { ...inner, pipe: [...((inner.pipe as Shape[]) ?? []), ...actions] };
  }
  const out: { [k: string]: Shape } = { type: String(node.type) };
  if (node.entries) {
    const entries = node.entries as Record<string, Node>;
    out.entries = Object.fromEntries(Object.keys(entries).sort().map((k) => [k, describe(entries[k])]));
  }
  for (const k of ['item', 'wrapped', 'key', 'value'] as const) if (node[k]) out[k] = describe(node[k] as Node);
  if (Array.isArray(node.options)) out.options = node.options.map(value);
  if (node.literal !== undefined) out.literal = value(node.literal);
  if (node.default !== undefined) out.default = value(node.default);
  return out;
}

export const currentShape = (): Shape => describe(saveSchema as unknown as Node);

export function fingerprint(shape: Shape): string {
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex').slice(0, 16);
}

/** The places where two shapes differ, as paths (entries.state.entries.world...), at most `max` of them. */
export function differences(a: Shape, b: Shape, at = '', out: string[] = [], max = 12): string[] {
  if (out.length >= max) return out;
  if (JSON.stringify(a) === JSON.stringify(b)) return out;
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      // Paths read as the save's own: state.log[].news[].historical.
      const next = k === 'entries' ? at : k === 'item' ? `${at}[]` : `${at}${at ? '.' : ''}${k}`;
      if (!(k in a)) out.push(`${next}: added`);
      else if (!(k in b)) out.push(`${next}: removed`);
      else differences(a[k], b[k], next, out, max);
      if (out.length >= max) break;
    }
    return out;
  }
  out.push(`${at || '(root)'}: ${JSON.stringify(a).slice(0, 60)} became ${JSON.stringify(b).slice(0, 60)}`);
  return out;
}
