// The one page object: drives the game as a player does, by the flow state the page shows (`<html data-flow>`) and
// by its real controls: keyboard (Tab to the control, a visible focus ring, Enter), mouse (a click where the control
// is on screen, with nothing else over it), or a screen reader (the control found in the accessibility tree by its
// role and name, then activated with a click event, as assistive technology does).
import { expect, type Locator, type Page } from '@playwright/test';

export type How = 'keyboard' | 'mouse' | 'reader';
export type Flow =
  | 'title' | 'settings' | 'saves' | 'exploring' | 'setup' | 'handing-over' | 'prologue' | 'choosing' | 'refused' | 'resolving' | 'resolved' | 'watching' | 'ended'
  | 'classroom'
  | 'timeline' | 'branching' | 'branches' | 'compare' | 'share' | 'import' | 'gallery';

export const SAVE_KEY = 'five-days-in-november:save';
const CHOOSING: Flow[] = ['prologue', 'choosing', 'refused'];
const SETTLED: Flow[] = [...CHOOSING, 'resolving', 'resolved', 'watching', 'handing-over', 'ended', 'title', 'setup', 'settings', 'classroom', 'exploring', 'saves'];

/** A small seeded generator so the moves picked are the same on every run. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class GamePage {
  /** Console errors, page errors, failed requests and 4xx/5xx responses seen so far. */
  readonly errors: string[] = [];
  /** Console warnings seen so far. */
  readonly warnings: string[] = [];
  readonly html: Locator;

  constructor(readonly page: Page) {
    this.html = page.locator('html');
    page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(`console: ${m.text()}`);
      if (m.type() === 'warning') this.warnings.push(m.text());
    });
    page.on('pageerror', (e) => this.errors.push(`pageerror: ${e.message}`));
    // A request the page gave up (a worker's script still loading when the test moved to another address) is not a
    // failure; any other is.
    page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && this.errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => {
      if (r.status() >= 400) this.errors.push(`${r.status()}: ${r.url()}`);
    });
  }

  /** The address the site is served at (a sub-path, see serve.setup.ts). */
  static get url(): string {
    const u = process.env.E2E_URL;
    if (!u) throw new Error('E2E_URL is not set: run through playwright.config.ts (its globalSetup serves the site)');
    return u;
  }

  control(id: string): Locator {
    return this.page.locator(`[id="${id}"]`);
  }

  /** Open the game at the title; games started from it play `seed` (the game reads ?seed= from its address). */
  async open(opts: { seed?: number | string } = {}): Promise<void> {
    await this.page.goto(`${GamePage.url}?seed=${opts.seed ?? 20231117}`);
    await this.at('title');
  }

  /** Open the game at `hash` (a class session's "#class=..." or "#teach=..."), with this save in the browser's storage. */
  async openAt(hash: string, save?: object): Promise<void> {
    if (save) await this.page.addInitScript(([k, v]) => localStorage.setItem(k, v), [SAVE_KEY, JSON.stringify(save)]);
    await this.page.goto(`${GamePage.url}${hash}`);
    await this.at('title', 'classroom');
  }

  /** The debrief under the ending is on screen (it is loaded after the ending's heading). */
  async debrief(): Promise<void> {
    await this.ending();
    await expect(this.control('questions')).toBeVisible();
  }

  /** Save what the next click downloads, and return its text. */
  async downloadOf(id: string): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([this.page.waitForEvent('download'), this.activate(id, 'reader')]);
    const { readFile } = await import('node:fs/promises');
    return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
  }

  /** Wait until one of these flow states is on screen, and say which. */
  async at(...fs: Flow[]): Promise<Flow> {
    await this.page.locator(fs.map((f) => `html[data-flow="${f}"]`).join(', ')).waitFor({ state: 'attached' });
    return (await this.html.getAttribute('data-flow')) as Flow;
  }

  /** Wait until the screen has moved on from this state. */
  async left(f: Flow): Promise<void> {
    await this.page.locator(`html:not([data-flow="${f}"])`).waitFor({ state: 'attached' });
  }

  /** The scene's heading, as a screen reader announces it. */
  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Activate a control by keyboard, mouse or screen reader. */
  async activate(id: string, how: How): Promise<void> {
    const el = this.control(id);
    // Each way waits for the control itself (reading its snapshot, Tab reaching it, or its being visible).
    if (how === 'reader') return this.viaReader(el);
    if (how === 'keyboard') {
      await this.tabTo(id);
      expect(await this.focusVisible(), `focus on ${id} shows a ring`).toBe(true);
      await this.page.keyboard.press('Enter');
      return;
    }
    await expect(el).toBeVisible();
    await el.scrollIntoViewIfNeeded();
    const box = await el.boundingBox();
    if (!box) throw new Error(`${id} has no box on screen`);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    // Nothing covers the control: the point hits the control itself, or the canvas it is drawn on.
    const hit = await el.evaluate((c, [px, py]) => {
      const h = document.elementFromPoint(px, py);
      return !h || h === c || c.contains(h) || h.tagName === 'CANVAS' ? 'ok' : `${h.tagName}#${h.id}.${h.className}`;
    }, [x, y] as const);
    expect(hit, `a click on ${id} would land on ${hit}`).toBe('ok');
    await this.page.mouse.click(x, y);
  }

  /** Read the control's role and name from the accessibility tree, and send it the click a screen reader sends. */
  private async viaReader(el: Locator): Promise<void> {
    // Retried while the screen redraws: the control must be in the tree with an interactive role and a name.
    await expect(async () => {
      const snap = (await el.ariaSnapshot()).split('\n')[0];
      // `- button "Name" [pressed]`, YAML-quoted as `- 'button "Name: more"'` when the name holds a colon.
      let line = snap.replace(/^- /, '').replace(/:$/, '');
      if (line.startsWith("'")) line = line.slice(1, line.lastIndexOf("'")).replace(/''/g, "'");
      const m = /^(\w+) "((?:[^"\\]|\\.)*)"/.exec(line);
      expect(m?.[1] ?? `no role and name in: ${snap}`, `role of ${snap}`).toMatch(/^(button|link|radio|checkbox|switch|tab|menuitem|menuitemradio|option)$/);
      expect(m?.[2].trim(), `name of ${snap}`).toBeTruthy();
    }).toPass({ intervals: [50, 100, 250, 500], timeout: 20_000 });
    await el.dispatchEvent('click');
  }

  /** Press Tab until the control has focus (as a keyboard user would); fails if Tab never reaches it. */
  async tabTo(id: string, max = 150): Promise<number> {
    const el = this.control(id);
    // How many Tabs away the control looks, from the page's focusable elements in document order: pressed without a
    // look after each (a round trip each), then checked one Tab at a time as before, so a wrong guess costs time only.
    const ahead = await this.page.evaluate((target) => {
      const stops = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')]
        .filter((e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && !e.closest('[inert]') && e.checkVisibility({ visibilityProperty: true }));
      const to = stops.findIndex((e) => e.id === target);
      const from = stops.indexOf(document.activeElement as HTMLElement);
      return to < 0 ? 0 : from < 0 ? to + 1 : to > from ? to - from : 0;
    }, id);
    for (let i = 0; i < Math.min(ahead - 1, max); i++) await this.page.keyboard.press('Tab');
    for (let i = Math.max(ahead - 1, 0); i < max; i++) {
      if (await el.evaluate((e) => e === document.activeElement).catch(() => false)) return i;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${id}`);
  }

  /** The focused control shows a visible focus indicator. */
  async focusVisible(): Promise<boolean> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return false;
      const cs = getComputedStyle(el);
      return (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== 'none';
    });
  }

  async focusedId(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.id ?? '');
  }

  /** A toggle (party, rule, option) shows as on. */
  async expectOn(id: string, on = true): Promise<void> {
    const el = this.control(id);
    const v = String(on);
    await expect(el.and(this.page.locator(`[aria-pressed="${v}"], [aria-checked="${v}"]`))).toHaveCount(1);
  }

  /** From the title: a new game with these human seats. */
  async newGame(parties: string[], how: How = 'reader'): Promise<void> {
    await this.activate('title-new', how);
    await this.at('setup');
    for (const p of parties) {
      await this.activate(`party-${p}`, how);
      await this.expectOn(`party-${p}`);
    }
    await this.activate('party-start', how);
    await this.left('setup');
  }

  /** Choose a playable move (and an option, if it has any) for the seat in the chair, and end the turn. */
  async chooseMove(how: How, pick: () => number): Promise<string> {
    await this.at(...CHOOSING);
    const enabled = this.page.locator('[id^="move-"]:not([aria-disabled="true"])');
    await expect(enabled.first()).toBeAttached();
    const ids = await enabled.evaluateAll((els) => els.map((e) => e.id));
    const id = ids[Math.floor(pick() * ids.length)];
    await this.activate(id, how);
    await expect(this.control(id)).toHaveAttribute('aria-current', 'true');
    const opts = await this.page.locator('[id^="opt-"]').evaluateAll((els) => els.map((e) => e.id));
    if (opts.length > 0) {
      const o = opts[Math.floor(pick() * opts.length)];
      await this.activate(o, how);
      await this.expectOn(o);
    }
    await expect(this.control('end-turn'), `end turn is ready after choosing ${id}`).not.toHaveAttribute('aria-disabled', 'true');
    await this.activate('end-turn', how);
    const next = await this.at('refused', 'handing-over', 'resolving', 'resolved', 'ended');
    expect(next, `the rules refused ${id}`).not.toBe('refused');
    return id.slice('move-'.length);
  }

  /** Open every card of the hand, each option and each concept of it, checking after each that the screen fits. */
  async exploreHand(check: () => Promise<void>): Promise<void> {
    const cards = await this.page.locator('[id^="move-"]').evaluateAll((els) => els.map((e) => e.id));
    for (const id of cards) {
      await this.activate(id, 'reader');
      await expect(this.control(id)).toHaveAttribute('aria-current', 'true');
      const opts = await this.page.locator('[id^="opt-"]').evaluateAll((els) => els.map((e) => e.id));
      for (const o of opts) {
        await this.activate(o, 'reader');
        await this.expectOn(o);
      }
      await check();
      const concepts = await this.page.locator('[id^="concept-"]').evaluateAll((els) => els.map((e) => e.id));
      for (const c of concepts) await this.activate(c, 'reader');
      if (concepts.length) {
        await check();
        await this.activate(concepts[concepts.length - 1], 'reader');
      }
    }
  }

  /** Play from wherever the game is to its ending; returns the moves played. */
  async playToEnd(how: How, pick: () => number, opts: { explore?: () => Promise<void>; maxTurns?: number } = {}): Promise<string[]> {
    const played: string[] = [];
    const hands = new Set<string>();
    for (let step = 0; step < (opts.maxTurns ?? 30) * 4; step++) {
      const f = await this.at(...SETTLED);
      if (f === 'ended') return played;
      if (f === 'handing-over') {
        await this.activate('privacy-ready', how);
        await this.left('handing-over');
      } else if (f === 'resolving') {
        // A resolution playing step by step is skipped, as a player in a hurry does; it may end on its own first,
        // and Skip goes with it, so this one click is not waited for.
        await this.control('res-skip').dispatchEvent('click', undefined, { timeout: 1_000 }).catch(() => undefined);
        await this.left('resolving');
      } else if (f === 'resolved') {
        await this.activate('res-continue', how);
        await this.left('resolved');
      } else if (CHOOSING.includes(f)) {
        if (opts.explore) {
          const hand = (await this.page.locator('[id^="move-"]').evaluateAll((els) => els.map((e) => e.id))).join();
          if (!hands.has(hand)) {
            hands.add(hand);
            await this.exploreHand(opts.explore);
          }
        }
        played.push(await this.chooseMove(how, pick));
      } else throw new Error(`left the game for ${f}`);
    }
    throw new Error('no ending reached');
  }

  /** The ending is on screen; returns its title. */
  async ending(): Promise<string> {
    await this.at('ended');
    await expect(this.heading()).not.toBeEmpty();
    return (await this.heading().textContent()) ?? '';
  }

  /** Before the page loads: the settings a returning player would have (language, text size), sound off, reduced motion. */
  async settings(lang: 'en' | 'fr' = 'en', textSize = 0): Promise<void> {
    await this.page.addInitScript(
      ([l, size]) => localStorage.setItem('five-days-in-november:settings', JSON.stringify({ lang: l, sound: false, reducedMotion: true, textSize: size })),
      [lang, textSize] as const,
    );
  }

  /**
   * Play from wherever the game is to its ending through the same click events a screen reader sends (a choice, Skip,
   * Continue, Ready), the whole game in one call into the page: for tests about what many games do to the page, not
   * about the controls. The choices come from `seed`.
   */
  async playInPage(seed: number, maxSteps = 400): Promise<string[]> {
    const r = await this.page.evaluate(
      async ([s0, max]) => {
        let s = s0 >>> 0;
        const pick = () => {
          s = (s + 0x6d2b79f5) >>> 0;
          let t = s;
          t = Math.imul(t ^ (t >>> 15), t | 1);
          t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
          return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
        };
        const flow = () => document.documentElement.dataset.flow ?? '';
        const click = (id: string) => document.getElementById(id)?.click();
        const frame = () => new Promise((r) => requestAnimationFrame(r));
        const next: Record<string, string> = { 'handing-over': 'privacy-ready', resolving: 'res-skip', resolved: 'res-continue' };
        const played: string[] = [];
        for (let i = 0; i < max; i++) {
          const now = flow();
          if (now === 'ended') return { played, error: '' };
          // A screen whose code is still on its way: wait for it.
          if (now === 'loading') {
            await frame();
            continue;
          }
          if (next[now]) click(next[now]);
          else if (['prologue', 'choosing', 'refused'].includes(now)) {
            const moves = [...document.querySelectorAll<HTMLElement>('[id^="move-"]')].filter((el) => el.getAttribute('aria-disabled') !== 'true');
            if (moves.length === 0) return { played, error: 'no playable move' };
            const m = moves[Math.floor(pick() * moves.length)];
            m.click();
            const options = [...document.querySelectorAll<HTMLElement>('[id^="opt-"]')];
            if (options.length) options[Math.floor(pick() * options.length)].click();
            const end = document.getElementById('end-turn');
            if (!end || end.getAttribute('aria-disabled') === 'true') return { played, error: `end turn stayed disabled after ${m.id}` };
            end.click();
            played.push(m.id.slice('move-'.length));
          } else return { played, error: `left the game for ${now}` };
          // The screen moves on from the state acted on (Skip may have gone with its resolution already).
          for (let f = 0; flow() === now && f < 600; f++) await frame();
          if (flow() === now && now !== 'resolving') return { played, error: `stuck in ${now}` };
        }
        return { played, error: 'no ending reached' };
      },
      [seed, maxSteps] as const,
    );
    if (r.error) throw new Error(r.error);
    return r.played;
  }

  /** The teaching dialog (the glossary, why a number changed, what a party knew), while it is open. */
  teachDialog(): Locator {
    return this.page.locator('#teach-dialog[open]');
  }

  /** Open a teaching panel with this control; the focus moves into the dialog. */
  async openPanel(id: string, how: How): Promise<void> {
    await this.activate(id, how);
    await expect(this.teachDialog()).toBeVisible();
    await expect.poll(() => this.page.evaluate(() => !!document.activeElement?.closest('#teach-dialog'))).toBe(true);
  }

  /** Close the teaching dialog with Escape; the focus goes back to the control that opened it. */
  async closePanel(opener: string): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.teachDialog()).toHaveCount(0);
    await expect.poll(() => this.focusedId()).toBe(opener);
  }

  /** Save the run under a name from the saved games screen (opened from the title or the game); returns its id. */
  async saveAs(name: string, how: How = 'reader'): Promise<string> {
    const before = await this.slotIds();
    await this.page.locator('[id="save-name"]').fill(name);
    await this.activate('save-as', how);
    await expect(this.control('saves-status')).toContainText(name);
    const ids = await this.slotIds();
    return ids.find((id) => !before.includes(id)) ?? ids[0];
  }

  /** The ids of the named saves listed on the saved games screen. */
  async slotIds(): Promise<string[]> {
    return this.page.locator('[id^="load-"]').evaluateAll((els) => els.map((e) => e.id.slice('load-'.length)));
  }

  /** The save in this browser's storage, parsed (null when there is none). */
  async saved(): Promise<{ state?: { seed?: number; turn?: number; rules?: string[] }; tree?: { branch: number; run: { branches: unknown[] } } } | null> {
    return this.page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), SAVE_KEY);
  }

  /** From the title: the explorer, loaded and ready. */
  async openExplorer(how: How = 'reader'): Promise<void> {
    await this.activate('title-explore', how);
    await this.at('exploring');
    await expect(this.control('explore-go')).toBeVisible();
  }

  /** In the explorer: play `runs` runs and wait for them to finish (or not: `wait: false`). */
  async explore(runs: number, opts: { wait?: boolean; how?: How } = {}): Promise<void> {
    await this.control('explore-runs').fill(String(runs));
    await this.activate('explore-go', opts.how ?? 'reader');
    if (opts.wait === false) return;
    await expect(this.control('explore-endings')).toBeVisible({ timeout: 60_000 });
  }

  /** Open the game with a save in this browser's storage, and continue it from the title. */
  async continueSave(save: { key: string; value: string }): Promise<void> {
    await this.open();
    await this.page.evaluate(([k, v]) => localStorage.setItem(k, v), [save.key, save.value] as const);
    await this.page.reload();
    await this.at('title');
    await this.activate('title-continue', 'reader');
    await this.left('title');
  }

  /** Open the page at an address whose "#" part is a run's code (or anything else, to see it refused). */
  async openCode(code: string): Promise<void> {
    await this.page.goto(`${GamePage.url}#${code}`);
  }

  /** In the timeline: show a turn with the keyboard on the scrubber (Home is the prologue, each → a turn on). */
  async showTurn(turn: number): Promise<void> {
    await this.at('timeline');
    const range = this.control('tl-turn');
    await range.focus();
    await this.page.keyboard.press('Home');
    for (let t = -1; t < turn; t++) await this.page.keyboard.press('ArrowRight');
    await expect(this.control('tl-turn')).toHaveValue(String(turn));
  }
}
