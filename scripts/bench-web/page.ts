// What bench:web runs inside the page, as text: the page's content security policy allows no eval, so Playwright
// cannot turn a function into page code there, and tsx would wrap a function with helpers the page does not have.
// Page.evaluate() of an expression and init scripts (both sent through the DevTools protocol) are allowed.

/** The settings a player would have kept: English, sound off, motion on or off, the first-turn guide on. */
export const settingsScript = (reducedMotion: boolean): string =>
  `localStorage.setItem('five-days-in-november:settings', ${JSON.stringify(
    JSON.stringify({ lang: 'en', sound: false, reducedMotion, textSize: 0, guide: true, v: 2 }),
  )});`;

/**
 * Helpers every page script below starts with: a small seeded generator (the moves picked are the same on every run),
 * the flow state the page shows, a click on a control by id, the next frame, and waiting for the screen to leave a
 * state (a screen whose code is still loading included).
 */
const HELPERS = `
  const rng = (seed) => { let s = seed >>> 0; return () => {
    s = (s + 0x6d2b79f5) >>> 0; let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; };
  const flow = () => document.documentElement.dataset.flow ?? '';
  const click = (id) => document.getElementById(id)?.click();
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const until = async (ok, what) => {
    for (let f = 0; f < 3000; f++) { if (ok()) return; await frame(); }
    throw new Error('stuck waiting for ' + what + ' in ' + flow());
  };
  const CHOOSING = ['prologue', 'choosing', 'refused'];
  const settled = () => flow() !== 'loading';
  // A playable move (and an option, if it has any), picked by the generator.
  const choose = (pick) => {
    const moves = [...document.querySelectorAll('[id^="move-"]')].filter((el) => el.getAttribute('aria-disabled') !== 'true');
    if (moves.length === 0) throw new Error('no playable move');
    const m = moves[Math.floor(pick() * moves.length)];
    m.click();
    const options = [...document.querySelectorAll('[id^="opt-"]')];
    if (options.length) options[Math.floor(pick() * options.length)].click();
    const end = document.getElementById('end-turn');
    if (!end || end.getAttribute('aria-disabled') === 'true') throw new Error('end turn stayed disabled after ' + m.id);
  };
`;

/**
 * From the title: a new game for one seat, played to its ending with the clicks a screen reader sends (a move and an
 * option picked by the seed, End turn, Skip, Continue), then back to the title. Resolves to the number of turns played.
 */
export const playGame = (seat: string, seed: number): string => `(async () => {
  ${HELPERS}
  const pick = rng(${seed});
  await until(() => flow() === 'title', 'the title');
  click('title-new');
  await until(() => flow() === 'setup', 'the seats');
  click('party-' + ${JSON.stringify(seat)});
  click('party-start');
  let turns = 0;
  for (let step = 0; step < 400; step++) {
    await until(settled, 'a screen to load');
    const now = flow();
    if (now === 'ended') break;
    if (now === 'handing-over') click('privacy-ready');
    else if (now === 'resolving') click('res-skip');
    else if (now === 'resolved') click('res-continue');
    else if (CHOOSING.includes(now)) { choose(pick); click('end-turn'); turns++; }
    else if (now !== 'setup') throw new Error('left the game for ' + now);
    // Skip may have gone with its resolution already.
    await until(() => flow() !== now || now === 'resolving', 'the screen to move on from ' + now);
  }
  await until(() => flow() === 'ended', 'the ending');
  click('ending-title');
  await until(() => flow() === 'title', 'the title');
  return turns;
})()`;

/**
 * Count the frames the stage draws (an init script; the game is not touched): a WebGL draw call, or a 2D drawing on a
 * canvas that is on the page (the stage uses a 2D canvas where WebGL would be drawn in software), marks the frame.
 */
export const stageDrawsScript = `(() => {
  window.__stageDrew = false;
  const mark = (proto, names, onPage) => {
    for (const name of names) {
      const real = proto[name];
      proto[name] = function (...args) { if (onPage(this)) window.__stageDrew = true; return real.apply(this, args); };
    }
  };
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) mark(proto, ['drawElements', 'drawArrays'], () => true);
  mark(CanvasRenderingContext2D.prototype, ['drawImage', 'fill', 'stroke', 'fillRect'], (ctx) => ctx.canvas.isConnected);
})();`;

export interface Resolution { turn: number; steps: number; frames: number[]; stageFrames: number; longFrames: LongFrame[] }
export interface LongFrame { duration: number; blocking: number; scripts: { invoker: string; source: string; duration: number }[] }

/**
 * Play `turns` turns from wherever the game is, with motion on: for each, from the click on End turn until the
 * resolution has shown all its steps (paced by the flow machine, not skipped), every frame's length (between two
 * animation frames), how many frames the stage drew, and the long animation frames with the scripts that made them.
 */
export const resolutions = (seed: number, turns: number): string => `(async () => {
  ${HELPERS}
  const pick = rng(${seed});
  const runs = [];
  while (runs.length < ${turns}) {
    await until(settled, 'a screen to load');
    const now = flow();
    if (now === 'ended') break;
    if (now === 'handing-over') { click('privacy-ready'); await until(() => flow() !== now, 'the table'); continue; }
    if (now === 'resolved') { click('res-continue'); await until(() => flow() !== now, 'the next turn'); continue; }
    if (!CHOOSING.includes(now)) throw new Error('left the game for ' + now);
    choose(pick);
    // The choice's own redraws are not the resolution's.
    await frame();
    await frame();
    const times = [];
    let stageFrames = 0;
    let on = true;
    const tick = (t) => {
      times.push(t);
      if (window.__stageDrew) stageFrames++;
      window.__stageDrew = false;
      if (on) requestAnimationFrame(tick);
    };
    const longFrames = [];
    const since = performance.now();
    const keep = (entries) => { for (const e of entries) if (e.startTime >= since) longFrames.push({
      duration: e.duration, blocking: e.blockingDuration,
      scripts: e.scripts.map((s) => ({ invoker: s.invoker, source: (s.sourceFunctionName || '?') + ' ' + s.sourceURL.replace(/^.*\\//, '') + ':' + s.sourceCharPosition, duration: s.duration })),
    }); };
    const lo = new PerformanceObserver((l) => keep(l.getEntries()));
    lo.observe({ type: 'long-animation-frame' });
    window.__stageDrew = false;
    requestAnimationFrame(tick);
    // Clicked from a task of its own, as an input would be.
    await new Promise((r) => setTimeout(() => r(click('end-turn'))));
    await until(() => !CHOOSING.includes(flow()) && flow() !== 'resolving' && flow() !== 'loading', 'the resolution to end');
    on = false;
    await frame();
    keep(lo.takeRecords());
    lo.disconnect();
    const steps = document.querySelectorAll('#steps > li').length;
    const frames = times.slice(1).map((t, i) => t - times[i]);
    runs.push({ turn: runs.length, steps, frames, stageFrames, longFrames });
  }
  return runs;
})()`;

/** Keep every Event Timing entry over 16 ms (an init script): the time from an input to the next paint after it. */
export const eventTimingScript = `(() => {
  window.__events = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__events.push({ name: e.name, start: e.startTime, duration: e.duration, interaction: e.interactionId }); })
    .observe({ type: 'event', durationThreshold: 16, buffered: true });
})();`;

/** The interaction entries since a moment of the page's clock, after two more frames (entries come after the paint). */
export const eventsSince = (t0: number): string => `(async () => {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await new Promise((r) => setTimeout(r, 50));
  return window.__events.filter((e) => e.start >= ${t0} && e.interaction > 0);
})()`;

/** A click listener that keeps the main thread for `ms`, once: the bench checks that it reads such a click right. */
export const slowClickOnce = (ms: number): string => `document.addEventListener('click', function slow() {
  const t = performance.now(); while (performance.now() - t < ${ms});
  document.removeEventListener('click', slow, true);
}, true);`;

/**
 * The title's New game, clicked as soon as it is on the page (an init script): when it appeared and when the page
 * answered (the flow left the title), on the page's clock, which starts at the navigation.
 */
export const titleWatchScript = `(() => {
  const t = { present: 0, answered: 0 };
  window.__title = t;
  const mo = new MutationObserver(() => {
    if (!t.present && document.getElementById('title-new') && document.documentElement.dataset.flow === 'title') {
      t.present = performance.now();
      setTimeout(() => document.getElementById('title-new')?.click(), 0);
    } else if (t.present && !t.answered && document.documentElement.dataset.flow !== 'title') {
      t.answered = performance.now();
      mo.disconnect();
    }
  });
  mo.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-flow'] });
})();`;
