// The explorer: the crisis played many times in the simulation workers (one per core), with the rulebook switches,
// the parties' policies, a seat and its strategy, and the number of runs chosen here; a progress bar and a cancel
// button; each ending's share and each party's mean score beside the 2023 rulebook's; and, for each ending reached,
// the run that reached it first, opened by putting its share code in the page address. Loaded on first use.
import '../ui/explore.css';
import { c, partyName, rulebookText, switchTitle, u } from '../ui/i18n.ts';
import { defaultPolicies, exploredGame, SEAT_STRATEGIES, type BatchResult, type ExploreSetup, type SeatStrategy } from '../sim/explore.ts';
import { PARTIES, PLAYABLE_PARTIES, POLICIES, RULE_SWITCHES, type OutcomeId, type PlayablePartyId, type PolicyId, type RuleSwitch } from '../sim/ids.ts';
import { encodeRun, runOf } from '../share/index.ts';
import type { UiKey } from '../text/index.ts';
import { isAbort } from '../workers/pool.ts';
import { sharedPool } from '../workers/shared.ts';
import { exploreRuns, warmUp, WARM_UP } from '../workers/tasks.ts';
import { endingsTable, scoresTable, type Explored } from './explore-results.ts';
import { btn, h, section } from './h.ts';
import { countText, secondsText } from './odds-words.ts';
import type { View } from './app.ts';

export const RUNS = { min: 100, max: 100_000, initial: 10_000 };

/** What the player chose: kept while the page lives, so the explorer opens as it was left. */
const chosen = {
  rules: [] as RuleSwitch[],
  policies: defaultPolicies(),
  seat: null as PlayablePartyId | null,
  strategy: 'thinking' as SeatStrategy,
  runs: String(RUNS.initial),
};

let running: { stop: AbortController; done: number; total: number } | null = null;
let result: Explored | null = null;
/** What the last run came to (wall time with worker start-up, every game played), said in the language of the moment. */
let said: { kind: 'done'; ms: number; played: number; workers: number } | { kind: 'cancelled' } | { kind: 'failed'; error: string } | { kind: 'refused' } | null = null;
/** The run last opened from the table. */
let sample: { seed: number; ending: OutcomeId; code: string } | null = null;
/** The 2023 rulebook's runs, by setup and number: asked once. */
const baseline = new Map<string, BatchResult>();
/** The workers' warm-up while the player chooses, stopped by a run or by leaving; not needed once done or after a run. */
let warming: AbortController | null = null;
let compiled = false;
/** The progress elements on the page now. */
let meter: { bar: HTMLProgressElement; count: HTMLElement } | null = null;

function setupOf(): ExploreSetup {
  return {
    rules: RULE_SWITCHES.filter((r) => chosen.rules.includes(r)),
    policies: { ...chosen.policies },
    seat: chosen.seat ? { party: chosen.seat, strategy: chosen.strategy } : null,
  };
}

function runsOf(text: string): number | null {
  const n = Number(text.trim());
  return Number.isInteger(n) && n >= RUNS.min && n <= RUNS.max ? n : null;
}

function showProgress(done: number): void {
  if (!running) return;
  running.done = done;
  if (!meter) return;
  meter.bar.value = done;
  meter.count.textContent = u('ui.explore.progress', { done: countText(done), total: countText(running.total) });
}

async function play(v: View): Promise<void> {
  const runs = runsOf(chosen.runs);
  if (runs === null) {
    said = { kind: 'refused' };
    v.focusAfter('explore-runs');
    v.redraw();
    return;
  }
  const setup = setupOf();
  const baseKey = JSON.stringify({ ...setup, rules: [], runs });
  const wantBase = setup.rules.length > 0;
  const known = wantBase ? (baseline.get(baseKey) ?? null) : null;
  const total = runs + (wantBase && !known ? runs : 0);
  warming?.abort();
  const stop = new AbortController();
  running = { stop, done: 0, total };
  result = null;
  said = null;
  sample = null;
  v.focusAfter('explore-cancel');
  v.redraw();
  const t0 = performance.now();
  try {
    const pool = sharedPool();
    const main = await exploreRuns(pool, setup, runs, 1, { signal: stop.signal, onProgress: (p) => showProgress(p.done) });
    let base = known;
    if (wantBase && !base) {
      base = await exploreRuns(pool, { ...setup, rules: [] }, runs, 1, { signal: stop.signal, onProgress: (p) => showProgress(runs + p.done) });
      baseline.set(baseKey, base);
    }
    const ms = performance.now() - t0;
    result = { setup, runs, main, base };
    compiled = true;
    said = { kind: 'done', ms, played: total, workers: pool.size };
  } catch (e) {
    said = isAbort(e) ? { kind: 'cancelled' } : { kind: 'failed', error: String((e as Error)?.message ?? e) };
  }
  running = null;
  if (meter?.bar.isConnected) {
    v.focusAfter('explore-go');
    v.redraw();
  }
}

/** The run that reached an ending first: its share code goes into the page address, which opens it. */
function openSample(v: View, r: Explored, ending: OutcomeId): void {
  const seed = r.main.samples[ending];
  if (seed === undefined) return;
  const code = encodeRun(runOf(exploredGame(r.setup, seed, false)));
  sample = { seed, ending, code };
  v.focusAfter('explore-sample');
  v.redraw();
  location.hash = code;
}

function select(id: string, label: string, options: [string, string][], value: string, onChange: (value: string) => void, disabled = false): HTMLElement {
  const s = h('select', { id, class: 'select', attrs: { disabled } }, ...options.map(([val, text]) => h('option', { attrs: { value: val, selected: val === value }, text })));
  s.addEventListener('change', () => onChange(s.value));
  return h('div', { class: 'field' }, h('label', { attrs: { for: id }, text: label }), s);
}

const policyName = (p: string) => u(`ui.explore.policy.${p}` as UiKey);
const strategyName = (s: SeatStrategy) => ((POLICIES as readonly string[]).includes(s) ? policyName(s) : u(`ui.explore.strategy.${s}` as UiKey));

function form(v: View): HTMLElement {
  const toggle = (r: RuleSwitch) => {
    chosen.rules = chosen.rules.includes(r) ? chosen.rules.filter((x) => x !== r) : [...chosen.rules, r];
    v.focusAfter(`explore-rule-${r}`);
    v.redraw();
  };
  const rules = section('explore-rules', u('ui.explore.rules'), 2,
    h('div', { class: 'chips' },
      btn(u('ui.explore.rulesNone'), { id: 'explore-rule-none', kind: 'chip toggle', pressed: chosen.rules.length === 0, onClick: () => { chosen.rules = []; v.focusAfter('explore-rule-none'); v.redraw(); } }),
      ...RULE_SWITCHES.map((r) => btn(switchTitle(r), { id: `explore-rule-${r}`, kind: 'chip toggle', pressed: chosen.rules.includes(r), onClick: () => toggle(r) }))));
  const policies = section('explore-policies', u('ui.explore.policies'), 2,
    h('div', { class: 'fields' }, ...PARTIES.map((p) => select(`explore-policy-${p}`, partyName(p), POLICIES.map((x) => [x, policyName(x)]), chosen.policies[p], (x) => (chosen.policies[p] = x as PolicyId), chosen.seat === p))));
  const seat = section('explore-seat', u('ui.explore.seat'), 2,
    h('div', { class: 'fields' },
      select('explore-seat-party', u('ui.explore.seatLabel'), [['', u('ui.explore.seatNone')], ...PLAYABLE_PARTIES.map((p): [string, string] => [p, partyName(p)])], chosen.seat ?? '', (x) => {
        chosen.seat = (x || null) as PlayablePartyId | null;
        v.focusAfter('explore-seat-party');
        v.redraw();
      }),
      select('explore-strategy', u('ui.explore.strategyLabel'), SEAT_STRATEGIES.map((s) => [s, strategyName(s)]), chosen.strategy, (x) => (chosen.strategy = x as SeatStrategy), !chosen.seat)));
  const runs = h('input', { id: 'explore-runs', class: 'runs', attrs: { type: 'number', inputmode: 'numeric', min: RUNS.min, max: RUNS.max, step: 100, value: chosen.runs, 'aria-describedby': 'explore-runs-d' } });
  runs.addEventListener('input', () => (chosen.runs = runs.value));
  const count = section('explore-count', u('ui.explore.runsLabel'), 2,
    h('div', { class: 'field' }, h('label', { attrs: { for: 'explore-runs' }, text: u('ui.explore.runsLabel') }), runs),
    h('p', { id: 'explore-runs-d', class: 'dim', text: u('ui.explore.runsHint', { min: countText(RUNS.min), max: countText(RUNS.max) }) }));
  return h('div', { class: 'explore-form' }, rules, policies, seat, count);
}

function saidText(): string {
  if (!said) return '';
  if (said.kind === 'refused') return u('ui.explore.runsRefused', { min: countText(RUNS.min), max: countText(RUNS.max) });
  if (said.kind === 'cancelled') return u('ui.explore.cancelled');
  if (said.kind === 'failed') return u('ui.explore.failed', { error: said.error });
  const rate = Math.round(said.played / (said.ms / 1000));
  return u('ui.explore.done', { runs: countText(said.played), seconds: secondsText(said.ms), rate: countText(rate), workers: said.workers });
}

function controls(v: View): HTMLElement {
  const go = btn(u('ui.explore.go'), { id: 'explore-go', kind: 'primary big', disabled: !!running, onClick: () => void (running ? undefined : play(v)) });
  const cancel = btn(u('ui.explore.cancel'), { id: 'explore-cancel', kind: 'secondary', onClick: () => running?.stop.abort() });
  cancel.hidden = !running;
  const bar = h('progress', { id: 'explore-progress', attrs: { 'aria-labelledby': 'explore-count-now' } });
  const count = h('p', { id: 'explore-count-now', class: 'dim', text: u('ui.explore.progressLabel') });
  bar.max = running?.total ?? 1;
  bar.value = running?.done ?? 0;
  bar.hidden = !running;
  count.hidden = !running;
  meter = { bar, count };
  if (running) showProgress(running.done);
  const status = h('p', { id: 'explore-status', class: said?.kind === 'failed' || said?.kind === 'refused' ? 'warn' : '', attrs: { role: 'status' }, text: saidText() });
  return h('div', { class: 'explore-go' }, h('div', { class: 'row' }, go, cancel), bar, count, status);
}

function results(v: View, r: Explored): HTMLElement {
  const seat = r.setup.seat ? `${partyName(r.setup.seat.party)}, ${strategyName(r.setup.seat.strategy)}` : u('ui.explore.seatNone');
  return h('div', { id: 'explore-results', class: 'explore-results' },
    h('p', { class: 'dim', text: u('ui.explore.setupNow', { rules: rulebookText(r.setup.rules), seat }) }),
    h('div', { class: 'explore-tables' }, h('div', { class: 'table-wrap' }, endingsTable(r, (o) => openSample(v, r, o))), h('div', { class: 'table-wrap' }, scoresTable(r))),
    sample && h('div', { id: 'explore-sample', class: 'explore-sample', attrs: { tabindex: -1 } },
      h('p', { text: u('ui.explore.sampleCode', { seed: sample.seed, ending: c(`outcome.${sample.ending}.title`, undefined, sample.ending) }) }),
      h('code', { class: 'code', text: sample.code })));
}

export function renderExplorer(main: HTMLElement, v: View): string {
  if (!compiled && !running && (!warming || warming.signal.aborted)) {
    // While the player chooses, the workers start and compile the simulation (a worker that cannot start says so at the run).
    const w = (warming = new AbortController());
    warmUp(sharedPool(), WARM_UP.compile, w.signal).then(() => (compiled = true), () => undefined);
  }
  main.append(
    h('div', { class: 'explore-page' },
      h('header', { class: 'masthead' },
        h('p', { class: 'kicker', text: u('ui.explore.kicker') }),
        h('h1', { text: u('ui.explore.heading') }),
        h('p', { class: 'lead', text: u('ui.explore.intro') })),
      form(v),
      controls(v),
      result && results(v, result),
      h('nav', { class: 'row', attrs: { 'aria-label': u('ui.explore.heading') } },
        btn(u('ui.explore.back'), { id: 'explore-back', kind: 'secondary', onClick: () => { running?.stop.abort(); warming?.abort(); v.send({ type: 'BACK' }); } })),
    ),
  );
  return u('ui.explore.heading');
}
