// Measures the simulation's speed: games per second in one thread (recorded games, and the explorer's batch of
// ending-only games), and `explore` across worker threads.
// Prints figures; it asserts nothing. Usage: npm run bench:sim [-- --runs N]
import { availableParallelism } from 'node:os';
import { explore } from '../src/cli/explore.ts';
import { runBatch } from '../src/sim/explore.ts';
import { PARTIES, type PartyId, type PolicyId } from '../src/sim/ids.ts';
import { runGame } from '../src/sim/run.ts';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 10000;
const policies = Object.fromEntries(PARTIES.map((p) => [p, 'default'])) as Record<PartyId, PolicyId>;

// One thread, after a warm-up.
for (let s = 0; s < 200; s++) runGame({ seed: s });
const single = 2000;
let turns = 0;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for (let s = 0; s < single; s++) turns += runGame({ seed: s }).log.length;
const singleMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
// CPU time is steadier than wall time when other work shares the machine.
console.log(`one thread: ${single} games (${turns} turns) in ${singleMs.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU`);
console.log(`  ${Math.round(single / (singleMs / 1000))} games/s by wall time, ${Math.round(single / (cpuMs / 1000))} games/s per core by CPU time, ${((cpuMs * 1000) / turns).toFixed(1)} µs CPU per turn`);

// The explorer's own batch in one thread: ending-only games (no news, no turn records), tallied.
const b0 = process.cpuUsage();
const batch = runBatch({ firstSeed: 0, runs: single, rules: [], policies });
const b = process.cpuUsage(b0);
const batchMs = (b.user + b.system) / 1000;
console.log(`explorer's batch, one thread: ${batch.runs} games in ${batchMs.toFixed(0)} ms CPU: ${Math.round(batch.runs / (batchMs / 1000))} games/s per core`);

const workers = availableParallelism();
const r = await explore({ runs, seed: 1, rules: [], policies, json: true, workers });
console.log(`explore: ${r.runs} games on ${workers} workers in ${r.elapsedMs} ms: ${r.gamesPerSecond} games/s (including worker start-up)`);
const heap = process.memoryUsage();
console.log(`main thread memory: rss ${(heap.rss / 1048576).toFixed(0)} MB, heap used ${(heap.heapUsed / 1048576).toFixed(0)} MB`);
