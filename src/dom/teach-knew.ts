// What a party knew (loaded on first use): at the end of a turn of this run, the public news so far (each with its
// mark and source) and the party's own private facts (the teaching core's knowledgeAt), with a switch to what is known
// now (knownNow). A person sees their own seat's knowledge; watching history, or once the game is over, any party's.
// During a game the run's hidden facts stay hidden (they would tell the player what their seat cannot know): "known
// now" then shows what history later showed, and the hidden facts wait for the ending.
import { flow } from '../flow/runtime.ts';
import { chooserOf } from '../flow/machine.ts';
import { flowName } from '../flow/names.ts';
import { PARTIES, type PartyId } from '../sim/ids.ts';
import type { GameState } from '../sim/types.ts';
import { knowledgeAt, knownNow, type KnownFact } from '../teach/knowledge.ts';
import { lang, partyName, u, whenText } from '../ui/i18n.ts';
import { btn, h } from './h.ts';
import { openPanel, redrawPanel } from './teach-dialog.ts';

const BEFORE_ALL = -2;
type ViewKind = 'then' | 'now';

/** What the panel shows; reset each time it opens. */
let chosen: { party: PartyId | null; turn: number; view: ViewKind } = { party: null, turn: BEFORE_ALL, view: 'then' };

interface Seat {
  game: GameState;
  /** The party whose knowledge is shown; null: several people share this device mid-game, so only public facts. */
  party: PartyId | null;
  /** Whether any party may be picked (watching history, or the game is over). */
  free: boolean;
  /** The latest turn whose news has been shown. */
  last: number;
  reveal: boolean;
}

function seatNow(): Seat | null {
  const snap = flow().getSnapshot();
  const ctx = snap.context;
  const game = ctx.game;
  if (!game) return null;
  const res = ctx.resolution;
  const logLast = game.log.length ? game.log[game.log.length - 1].turn : BEFORE_ALL;
  const last = res && res.shown < res.total ? res.record.turn - 1 : logLast;
  const free = ctx.mode === 'watch' || !!game.outcome;
  // Several people at one device: only the one in the chair, while choosing, sees their own private facts.
  const choosing = ['prologue', 'choosing', 'refused'].includes(flowName(snap));
  const own = ctx.humans.length === 1 ? ctx.humans[0] : choosing ? chooserOf(ctx) : null;
  const party = free ? (chosen.party ?? own ?? 'board') : own;
  return { game, party, free, last: Math.max(BEFORE_ALL, last), reveal: free };
}

function turnName(t: number): string {
  if (t === BEFORE_ALL) return u('ui.teach.know.beforeAll');
  if (t === -1) return u('ui.crisis.prologue');
  return whenText(t);
}

function markText(f: KnownFact): string {
  if (f.mark === 'historical') return u('ui.crisis.historicalMark');
  if (f.mark === 'historical-elsewhen') return u('ui.crisis.elsewhen');
  return f.mark === 'simulated' ? u('ui.crisis.simulated') : '';
}

function factItem(f: KnownFact): HTMLElement {
  const mark = markText(f);
  return h('li', { class: `fact ${f.mark ?? f.kind}` },
    mark ? h('span', { class: 'fact-mark', text: `${mark} · ` }) : null,
    h('span', { text: f.kind === 'public' ? u('ui.teach.dated', { when: turnName(f.turn), text: f.text }) : f.text }),
    f.source ? h('span', { class: 'src', text: ` ${u('ui.crisis.historical', { source: f.source })}` }) : null,
  );
}

const list = (id: string, facts: KnownFact[], empty: string): HTMLElement =>
  facts.length ? h('ul', { id, class: 'facts' }, ...facts.map(factItem)) : h('p', { id, class: 'dim', text: empty });

function toggle(id: string, label: string, on: boolean, onClick: () => void): HTMLButtonElement {
  return btn(label, { id, kind: 'toggle', pressed: on, onClick });
}

function body(): Node[] {
  const seat = seatNow();
  if (!seat) return [];
  const { game, party } = seat;
  const turn = Math.min(chosen.turn, seat.last);
  const out: Node[] = [];
  if (seat.free) {
    out.push(h('div', { class: 'row', attrs: { role: 'group', 'aria-label': u('ui.teach.know.party') } },
      ...PARTIES.map((p) => toggle(`knew-party-${p}`, partyName(p), p === party, () => { chosen.party = p; redrawPanel(`knew-party-${p}`); }))));
  }
  const select = h('select', { id: 'knew-turn', class: 'knew-turn' },
    ...Array.from({ length: seat.last - BEFORE_ALL + 1 }, (_, i) => BEFORE_ALL + i).map((t) => {
      const o = h('option', { attrs: { value: t }, text: turnName(t) });
      o.selected = t === turn;
      return o;
    }));
  select.addEventListener('change', () => { chosen.turn = Number(select.value); redrawPanel('knew-turn'); });
  out.push(
    h('div', { class: 'knew-controls' },
      h('label', { class: 'knew-at' }, h('span', { text: `${u('ui.teach.know.at')} ` }), select),
      h('div', { class: 'row', attrs: { role: 'group', 'aria-label': u('ui.teach.know.view') } },
        toggle('knew-then', u('ui.teach.know.then'), chosen.view === 'then', () => { chosen.view = 'then'; redrawPanel('knew-then'); }),
        toggle('knew-now', u('ui.teach.know.now'), chosen.view === 'now', () => { chosen.view = 'now'; redrawPanel('knew-now'); }))),
  );
  if (chosen.view === 'then') {
    const k = knowledgeAt(game, party ?? 'board', turn, lang());
    if (party) out.push(h('h3', { text: u('ui.teach.know.private') }), list('knew-private', k.private, u('ui.teach.know.noPrivate')));
    else out.push(h('p', { class: 'dim', text: u('ui.teach.know.shared') }));
    out.push(h('h3', { text: u('ui.teach.know.public') }), list('knew-public', [...k.public].reverse(), u('ui.teach.know.noPublic')));
  } else {
    const now = knownNow(game, lang());
    out.push(h('h3', { text: u('ui.teach.know.hidden') }), seat.reveal ? list('knew-hidden', now.hidden, '') : h('p', { id: 'knew-hidden', class: 'dim', text: u('ui.teach.know.later') }));
    out.push(h('h3', { text: u('ui.teach.know.hindsight') }), list('knew-hindsight', now.hindsight, ''));
  }
  return out;
}

export function openKnew(from: string): void {
  const seat = seatNow();
  chosen = { party: null, turn: seat?.last ?? BEFORE_ALL, view: 'then' };
  openPanel({
    kind: 'knew',
    title: () => {
      const s = seatNow();
      return s?.party ? u('ui.teach.know.heading', { party: partyName(s.party) }) : u('ui.teach.knew');
    },
    body,
  }, from);
}
