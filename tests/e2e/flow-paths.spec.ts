// Model-based, on the page: the flow machine's shortest path to each state a player can be in (xstate/graph over the
// same model as tests/flow) is walked in the browser through the control that sends each event, as a screen reader
// activates it; after every step the page shows the state the model says it reaches.
import { getShortestPaths } from 'xstate/graph';
import { test, expect } from './fixtures.ts';
import type { GamePage } from './game.page.ts';
import { flowName } from '../../src/flow/names.ts';
import type { FlowEvent } from '../../src/flow/types.ts';
import { flowFor, where, type FlowSnap } from '../flow/helpers.ts';
import { events, key } from '../flow/model.ts';

const SEED = '20231117';

/** The control on the page that sends this event in this state (null: the clock sends it). */
function controlFor(e: FlowEvent, before: FlowSnap): string | null {
  switch (e.type) {
    case 'NEW_GAME': return 'title-new';
    case 'RESUME': return 'title-continue';
    case 'WATCH': return 'title-watch';
    case 'OPEN_SETTINGS': return 'title-settings';
    case 'BACK': return before.matches('settings') ? 'set-back' : 'party-back';
    case 'TOGGLE_SEAT': return `party-${e.party}`;
    case 'TOGGLE_RULEBOOK': return 'rules-open';
    case 'TOGGLE_RULE': return `rule-${e.rule}`;
    case 'START': return 'party-start';
    case 'READY': return 'privacy-ready';
    case 'SELECT_MOVE': return `move-${e.move}`;
    case 'SELECT_OPTION': return `opt-${e.option}`;
    case 'END_TURN': return 'end-turn';
    case 'SKIP': return 'res-skip';
    case 'CONTINUE': return 'res-continue';
    case 'NEXT_TURN': return 'watch-next';
    case 'PAUSE': case 'PLAY': return 'watch-auto';
    case 'MENU': return before.matches('ended') ? 'ending-title' : before.matches({ game: 'handingOver' }) ? 'privacy-menu' : 'crisis-menu';
    case 'PLAY_AGAIN': return 'ending-again';
    case 'DISMISS_NOTICES': return 'notice-dismiss';
    default:
      if ((e.type as string).startsWith('xstate.after.')) return null;
      throw new Error(`no control known for ${e.type}`);
  }
}

// The page plays with reduced motion (playwright.config.ts), so the model does too. Watching history moves on by
// itself, so paths through it are left to history.spec.ts; here, one path to each state of the game and its menus.
const { machine } = flowFor();
const all = getShortestPaths(machine, { input: { reducedMotion: true, seedParam: SEED }, events, serializeState: key });
const shortest = new Map<string, (typeof all)[number]>();
for (const p of all) {
  const leaf = where(p.state);
  if (p.steps.some((s) => s.state.matches('watching'))) continue;
  if (!shortest.has(leaf) || p.steps.length < shortest.get(leaf)!.steps.length) shortest.set(leaf, p);
}

async function walk(game: GamePage, path: (typeof all)[number]): Promise<void> {
  // Each path starts from a fresh title: no saved run to continue.
  await game.open({ seed: SEED });
  await game.page.evaluate(() => localStorage.removeItem('five-days-in-november:save'));
  await game.open({ seed: SEED });
  let before: FlowSnap | null = null;
  for (const step of path.steps) {
    if (before) {
      const id = controlFor(step.event as FlowEvent, before);
      if (id) await game.activate(id, 'reader');
    }
    await expect(game.html, `after ${step.event.type} toward ${where(path.state)}`).toHaveAttribute('data-flow', flowName(step.state));
    before = step.state;
  }
}

test('the shortest path to every state of a game is walked on the page, each step showing the state the model reaches', async ({ game }) => {
  test.slow();
  await game.settings('en', 0);
  // Every state of a game short of its ending (which the whole-game tests reach).
  expect([...shortest.keys()].sort()).toEqual([
    'game.choosing.picking', 'game.choosing.refused', 'game.handingOver', 'game.prologue.picking', 'game.resolved',
    'settings', 'setup', 'title',
  ]);
  for (const path of shortest.values()) await walk(game, path);
});
