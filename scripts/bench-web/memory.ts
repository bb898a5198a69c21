// The JavaScript heap across ten games played in one page (seats and seeds varying, motion on, each resolution
// skipped as a player in a hurry does), read on the title after game 1 and after game 10, garbage collected first.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { playGame, settingsScript } from './page.ts';
import type { Budget } from './report.ts';

const GAMES = 10;
const SEATS = ['microsoft', 'board', 'employees', 'altman'];

interface Reading { heap: number; code: number; nodes: number }

/**
 * The V8 heap after a forced garbage collection, and how much of it is compiled code (bytecode, machine code and
 * their metadata, which grow as the JIT meets new paths; from a heap snapshot), and the elements in the document.
 */
async function read(cdp: CDPSession, page: Page): Promise<Reading> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const nodes = (await page.evaluate('document.getElementsByTagName("*").length')) as number;
  const chunks: string[] = [];
  const take = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', take);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', take);
  const snap = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const { node_fields: fields, node_types: [types] } = snap.snapshot.meta;
  const [ti, si] = [fields.indexOf('type'), fields.indexOf('self_size')];
  let code = 0;
  for (let i = 0; i < snap.nodes.length; i += fields.length) if (types[snap.nodes[i + ti]] === 'code') code += snap.nodes[i + si];
  // The snapshot collects garbage too: the heap is read again after it.
  const after = await cdp.send('Runtime.getHeapUsage');
  return { heap: Math.min(usedSize, after.usedSize), code, nodes };
}

export async function memoryBudget(browser: Browser, url: string): Promise<Budget> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(settingsScript(false));
  const page = await context.newPage();
  await page.goto(url);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const readings: Reading[] = [];
  const t0 = Date.now();
  for (let g = 0; g < GAMES; g++) {
    await page.evaluate(playGame(SEATS[g % SEATS.length], 40 + g));
    if (g === 0 || g === GAMES - 1) readings.push(await read(cdp, page));
  }
  await context.close();
  const [first, last] = readings;
  const mb = (n: number) => `${(n / 1048576).toFixed(2)} MB`;
  const growth = (last.heap - first.heap) / first.heap;
  const objects = (r: Reading) => r.heap - r.code;
  console.log(`memory: ${GAMES} games in ${((Date.now() - t0) / 1000).toFixed(0)} s; after game 1: heap ${mb(first.heap)} (compiled code ${mb(first.code)}), ${first.nodes} elements in the document; after game ${GAMES}: heap ${mb(last.heap)} (compiled code ${mb(last.code)}), ${last.nodes} elements in the document`);
  console.log(`memory: without compiled code, the heap goes from ${mb(objects(first))} to ${mb(objects(last))} (${(((objects(last) - objects(first)) / objects(first)) * 100).toFixed(1)}%)`);
  return {
    name: `JavaScript heap across ${GAMES} games in one page`,
    figure: `${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}% (${mb(first.heap)} after game 1, ${mb(last.heap)} after game ${GAMES})`,
    budget: '10% growth or less',
    ok: growth <= 0.1,
  };
}
