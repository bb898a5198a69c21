// Twenty games played one after another in one page: what the page keeps alive stays flat. Measured on heap
// snapshots after the first game and after the last, on the title (whose page is the same after every game):
// the objects the game keeps (the heap without V8's compiled code, which grows as the JIT warms to new paths), the
// document's nodes and the detached ones, and the stage's live WebGL textures: 10% growth or less.
import { test, expect } from './fixtures.ts';
import type { CDPSession } from '@playwright/test';

/**
 * The twenty games: each seat four times, with seeds for its choices that were picked for short games (3 to 15 moves
 * when chosen) reaching different endings, so the page meets every kind of screen, card and ending.
 */
const GAMES: [seat: string, seed: number][] = [
  ['microsoft', 12], ['board', 11], ['employees', 2], ['altman', 61], ['salesforce', 62],
  ['microsoft', 28], ['board', 8], ['employees', 5], ['altman', 33], ['salesforce', 30],
  ['microsoft', 21], ['board', 25], ['employees', 22], ['altman', 34], ['salesforce', 48],
  ['microsoft', 15], ['board', 7], ['employees', 14], ['altman', 40], ['salesforce', 36],
];

interface Memory { objects: number; code: number; domNodes: number; detached: number; textures: number }

async function snapshot(cdp: CDPSession): Promise<Omit<Memory, 'textures' | 'domNodes'>> {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const take = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', take);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', take);
  const s = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[];
  };
  const { node_fields: fields, node_types: [types] } = s.snapshot.meta;
  const [ti, ni, si] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const out = { objects: 0, code: 0, detached: 0 };
  for (let i = 0; i < s.nodes.length; i += fields.length) {
    const type = types[s.nodes[i + ti]];
    const size = s.nodes[i + si];
    if (type === 'code') out.code += size;
    else out.objects += size;
    if (type !== 'native') continue;
    const name = s.strings[s.nodes[i + ni]];
    if (/^Detached /.test(name)) out.detached++;
  }
  return out;
}

test('twenty games in one page hold the objects, the DOM and the textures flat', async ({ game, page, context }) => {
  test.setTimeout(600_000);
  // Live textures, counted where WebGL makes and frees them (the page itself is not touched).
  await page.addInitScript(() => {
    const w = window as unknown as { __textures: number };
    w.__textures = 0;
    for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
      const create = proto.createTexture;
      const remove = proto.deleteTexture;
      proto.createTexture = function (this: WebGLRenderingContext) { w.__textures++; return create.call(this); };
      proto.deleteTexture = function (this: WebGLRenderingContext, t: WebGLTexture | null) { if (t) w.__textures--; return remove.call(this, t); };
    }
  });
  await game.settings('en', 0);
  await game.open();
  const cdp = await context.newCDPSession(page);
  const measure = async (): Promise<Memory> => ({
    ...(await snapshot(cdp)),
    textures: await page.evaluate(() => (window as unknown as { __textures: number }).__textures),
    // Every node in the document (elements, text, comments).
    domNodes: await page.evaluate(() => {
      const walk = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
      let n = 0;
      while (walk.nextNode()) n++;
      return n;
    }),
  });
  const seen: Memory[] = [];
  for (const [g, [seat, seed]] of GAMES.entries()) {
    await game.newGame([seat], 'reader');
    await game.playInPage(seed);
    await game.ending();
    await game.activate('ending-title', 'reader');
    await game.at('title');
    if (g === 0 || g === GAMES.length - 1) seen.push(await measure());
  }
  const [first, last] = seen;
  const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
  const table = seen.map((m, i) => `after game ${i ? GAMES.length : 1}: objects ${mb(m.objects)}, compiled code ${mb(m.code)}, ${m.domNodes} DOM nodes, ${m.detached} detached, ${m.textures} textures`).join('\n');
  await test.info().attach('memory.txt', { body: table, contentType: 'text/plain' });
  expect(last.objects, table).toBeLessThanOrEqual(first.objects * 1.1);
  expect(last.domNodes, table).toBeLessThanOrEqual(first.domNodes * 1.1);
  expect(last.detached, table).toBeLessThanOrEqual(first.detached + 10);
  expect(last.textures, table).toBeLessThanOrEqual(Math.max(first.textures * 1.1, first.textures + 2));
});
