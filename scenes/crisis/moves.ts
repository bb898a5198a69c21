// Your moves: the cards of the party in the chair (blocked ones with their rule), the chosen card's detail (what it
// does, likely changes, concepts with their glossary, its options), a refusal in words, and End turn.
// The choice is the flow's draft: clicks are sent as events, and the panel is redrawn from the next snapshot.
import { C } from '../../src/ui/theme.ts';
import { addText, px } from '../../src/ui/widgets.ts';
import { c, conceptTitle, metricName, moveExplain, moveTitle, msg, optionLabel, partyName, u } from '../../src/ui/i18n.ts';
import { textScale } from '../../src/ui/settings.ts';
import { dom } from '../../src/dom/layer.ts';
import { moveMenu } from '../../src/sim/index.ts';
import type { PartyId } from '../../src/sim/ids.ts';
import type { GameState, MoveCard } from '../../src/sim/types.ts';
import type { Draft, FlowContext, FlowEvent } from '../../src/flow/types.ts';
import { BOTTOM, LIST_W, type Area } from './area.ts';

const PER_PAGE = 10;

export interface ChooseInput {
  game: GameState;
  who: PartyId;
  draft: Draft;
  refusal: FlowContext['refusal'];
  send: (e: FlowEvent) => void;
  focus: (id: string) => void;
  cue: (name: 'confirm') => void;
}

export function cardDescription(card: MoveCard): string {
  const parts: string[] = [];
  if (card.blocked) parts.push(`${u('ui.crisis.blocked', { rule: msg(card.blocked) })}.`);
  if (card.likely.length) parts.push(`${u('ui.crisis.likely')} ${card.likely.map((l) => `${metricName(l.metric)} ${u(l.direction === 'up' ? 'ui.crisis.up' : 'ui.crisis.down')}`).join(', ')}.`);
  if (card.concepts.length) parts.push(`${u('ui.crisis.concepts')} ${card.concepts.map(conceptTitle).join(', ')}.`);
  return parts.join(' ');
}

/** The id of the control that should hold the focus after choosing this card. */
export function focusAfterSelect(card: MoveCard): string {
  return card.blocked ? `move-${card.move}` : card.options.length > 1 ? 'opt-0' : 'end-turn';
}

export function drawChoose(area: Area, o: ChooseInput): void {
  const r = BOTTOM;
  const scene = area.scene;
  const cards = moveMenu(o.game, o.who);
  const title = u('ui.crisis.yourMoves', { party: partyName(o.who) });
  const sec = dom().section(area.el, title, { headingLevel: 2 });
  area.track(addText(scene, r.x + 16, r.y + 12, title.toUpperCase(), { size: 'xs', bold: true, color: C.brassCss, letterSpacing: 1.5, width: LIST_W - 32, maxH: 22 }));
  const chosen = cards.find((cd) => cd.move === o.draft.move) ?? null;
  const open = chosen ? openConcept(chosen, o.draft) : null;
  if (open) {
    // An open concept's glossary takes the cards' place (its chip, pressed, closes it); the move's detail stays.
    drawGlossary(area, open, sec);
    area.track(scene.add.rectangle(r.x + LIST_W, r.y + 16, 1, r.h - 32, C.line).setOrigin(0, 0));
    drawDetail(area, o, chosen, sec);
    return;
  }
  const pages = Math.max(1, Math.ceil(cards.length / PER_PAGE));
  const page = Math.min(o.draft.page, pages - 1);
  const ul = document.createElement('ul');
  sec.appendChild(ul);
  const cw = (LIST_W - 32 - 8) / 2;
  const ch = 42;
  cards.slice(page * PER_PAGE, (page + 1) * PER_PAGE).forEach((card, i) => {
    const li = document.createElement('li');
    ul.appendChild(li);
    const blocked = !!card.blocked;
    area.btn({
      x: r.x + 16 + (i % 2) * (cw + 8), y: r.y + 36 + Math.floor(i / 2) * (ch + 6), w: cw, h: ch, label: moveTitle(card.move), kind: 'card', size: 'sm',
      selected: o.draft.move === card.move, disabled: blocked, tag: blocked ? `⊘ ${u('ui.crisis.blockedShort')}` : undefined, tagColor: C.dangerCss,
      id: `move-${card.move}`, parentEl: li, description: cardDescription(card),
      onClick: () => {
        o.send({ type: 'SELECT_MOVE', move: card.move });
        o.focus(focusAfterSelect(card));
      },
    });
  });
  if (pages > 1) {
    area.btn({
      x: r.x + 16, y: r.y + r.h - 44, w: LIST_W - 32, h: 34, label: u('ui.crisis.morePage', { page: page + 1, pages }), kind: 'quiet', size: 'xs',
      id: 'moves-more', onClick: () => {
        o.send({ type: 'PAGE', page: (page + 1) % pages });
        o.focus('moves-more');
      },
    });
  }
  area.track(scene.add.rectangle(r.x + LIST_W, r.y + 16, 1, r.h - 32, C.line).setOrigin(0, 0));
  drawDetail(area, o, cards.find((cd) => cd.move === o.draft.move) ?? null, sec);
}

/** The concept whose glossary is open, if it is one of the chosen card's. */
function openConcept(card: MoveCard, draft: Draft): string | null {
  return draft.concept && card.concepts.includes(draft.concept as never) ? draft.concept : null;
}

function drawGlossary(area: Area, concept: string, sec: HTMLElement): void {
  const r = BOTTOM;
  const title = area.track(addText(area.scene, r.x + 16, r.y + 36, conceptTitle(concept), { size: 'lg', serif: true, bold: true, width: LIST_W - 40, maxH: 34 }));
  const body = c(`concept.${concept}.glossary`, undefined, '');
  const top = title.y + title.height + 8;
  area.track(addText(area.scene, r.x + 16, top, body, { size: 'sm', serif: true, italic: true, width: LIST_W - 40, maxH: r.y + r.h - 16 - top, minScale: 0.6, lineSpacing: 4 }));
  dom().text(sec, `${conceptTitle(concept)}: ${body}`);
}

/** The width of a one-line text at a size of the type scale. */
function measure(area: Area, str: string): number {
  const t = addText(area.scene, -1000, -1000, str, { size: 'xs', bold: true });
  const w = t.width;
  t.destroy();
  return w;
}

function drawDetail(area: Area, o: ChooseInput, card: MoveCard | null, sec: HTMLElement): void {
  const r = BOTTOM;
  const scene = area.scene;
  const x = r.x + LIST_W + 24;
  const w = r.x + r.w - x - 20;
  const endY = r.y + r.h - 62;
  if (!card) {
    area.track(addText(scene, x, r.y + 40, u('ui.crisis.pickMove'), { size: 'lg', serif: true, italic: true, color: C.inkDim, width: w, maxH: 60 }));
    area.btn({ x: x + w - 380, y: endY, w: 380, h: 50, label: u('ui.crisis.endTurnNone'), kind: 'primary', disabled: true, id: 'end-turn', onClick: () => dom().announce(u('ui.crisis.pickMove')) });
    return;
  }
  const detail = document.createElement('div');
  sec.appendChild(detail);
  dom().text(detail, moveTitle(card.move), 'h3');
  let y = r.y + 14;
  const title = area.track(addText(scene, x, y, moveTitle(card.move), { size: 'xl', serif: true, bold: true, width: w, maxH: 36 }));
  y += title.height + 4;
  const explain = moveExplain(card.move);
  const hasOptions = card.options.length > 1;
  // Long option labels (terms of a deal) get two wide columns and two lines, very long ones (several people named) a
  // whole line each when there are few; short ones three columns.
  const longest = hasOptions ? Math.max(...card.options.map((op) => optionLabel(op).length)) * textScale() : 0;
  const optCols = longest > 70 && card.options.length <= 4 ? 1 : longest > 34 ? 2 : 3;
  const optRows = hasOptions ? Math.ceil(card.options.length / optCols) : 0;
  const optH = longest > 34 ? 46 : optRows > 3 ? 30 : 36;
  const optBlock = hasOptions ? 22 + optRows * (optH + 6) : 0;
  // Concepts are small buttons: one opens its glossary paragraph in place of the move's explanation.
  const conceptLab = u('ui.crisis.concepts');
  const labW = measure(area, conceptLab) + 8;
  const chips = card.concepts.map((id) => ({ id, title: conceptTitle(id), w: Math.min(w - labW, measure(area, conceptTitle(id)) + 34) }));
  const chipRows: { id: string; title: string; w: number; x: number }[][] = [[]];
  let cx = labW;
  for (const ch of chips) {
    if (cx + ch.w > w && chipRows[chipRows.length - 1].length) {
      chipRows.push([]);
      cx = labW;
    }
    chipRows[chipRows.length - 1].push({ ...ch, x: cx });
    cx += ch.w + 6;
  }
  const chipH = px('xs') + 12;
  const conceptBlock = chips.length ? chipRows.length * (chipH + 4) + 4 : 0;
  const open = openConcept(card, o.draft);
  const explainMax = endY - y - 8 - optBlock - 22 - conceptBlock - (card.blocked ? 26 : 0);
  if (explain) {
    const ex = area.track(addText(scene, x, y, explain, { size: 'sm', color: C.inkDim, width: w, maxH: Math.max(40, explainMax), minScale: 0.68 }));
    dom().text(detail, explain);
    y += ex.height + 8;
  }
  const said = cardDescription({ ...card, blocked: null });
  if (said) dom().text(detail, said);
  // Likely changes (arrows and words, not colour alone) and concepts.
  const likely = card.likely.map((l) => `${l.direction === 'up' ? '▲' : '▼'} ${metricName(l.metric)}`).join('   ');
  if (likely) {
    const lab = area.track(addText(scene, x, y, u('ui.crisis.likely'), { size: 'xs', bold: true, color: C.brassCss }));
    area.track(addText(scene, x + lab.width + 8, y, likely, { size: 'xs', color: C.ink, width: w - lab.width - 8, maxH: 20 }));
    y += 20;
  }
  if (chips.length) {
    area.track(addText(scene, x, y + 5, conceptLab, { size: 'xs', bold: true, color: C.brassCss }));
    const group = document.createElement('div');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', conceptLab);
    area.el.appendChild(group);
    chipRows.forEach((row, ri) => {
      for (const ch of row) {
        const on = open === ch.id;
        area.btn({
          x: x + ch.x, y: y + ri * (chipH + 4), w: ch.w, h: chipH, label: ch.title, kind: 'toggle', size: 'xs', selected: on, pressed: on,
          id: `concept-${ch.id}`, parentEl: group, description: c(`concept.${ch.id}.glossary`, undefined, ''),
          onClick: () => {
            o.send({ type: 'OPEN_CONCEPT', concept: on ? null : ch.id });
            o.focus(`concept-${ch.id}`);
          },
        });
      }
    });
    y += conceptBlock;
  }
  if (card.blocked) {
    const b = area.track(addText(scene, x, y, `⊘ ${u('ui.crisis.blocked', { rule: msg(card.blocked) })}`, { size: 'sm', bold: true, color: C.dangerCss, width: w, maxH: 40 }));
    dom().text(detail, b.text);
    y += b.height + 6;
  }
  if (hasOptions && !card.blocked) {
    area.track(addText(scene, x, y, u('ui.crisis.choose'), { size: 'xs', bold: true, color: C.brassCss }));
    y += 20;
    const group = document.createElement('div');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', `${u('ui.crisis.choose')} ${moveTitle(card.move)}`);
    area.el.appendChild(group);
    const ow = (w - 8 * (optCols - 1)) / optCols;
    card.options.forEach((op, i) => {
      const on = o.draft.option === i;
      area.btn({
        x: x + (i % optCols) * (ow + 8), y: y + Math.floor(i / optCols) * (optH + 6), w: ow, h: optH, label: optionLabel(op) || moveTitle(card.move), kind: 'toggle', size: 'xs',
        selected: on, pressed: on, id: `opt-${i}`, parentEl: group,
        onClick: () => {
          o.send({ type: 'SELECT_OPTION', option: i });
          o.focus('end-turn');
        },
      });
    });
  }
  // The rules refused the last attempt: said in words, the choice kept.
  if (o.refusal) {
    const text = u('ui.error.move', { reason: msg(o.refusal.reason) });
    area.track(addText(scene, x, endY - 26, text, { size: 'xs', bold: true, color: C.dangerCss, width: w - 400, maxH: 40 }));
    dom().text(detail, text);
  }
  const ready = !card.blocked && o.draft.option >= 0;
  const label = ready ? u('ui.crisis.endTurn', { move: moveTitle(card.move) }) : card.blocked ? u('ui.crisis.endTurnNone') : u('ui.crisis.endTurnChoose');
  area.btn({
    x: x + w - 420, y: endY, w: 420, h: 50, label, kind: 'primary', disabled: !ready, id: 'end-turn',
    description: ready && hasOptions ? optionLabel(card.options[o.draft.option]) : card.blocked ? u('ui.crisis.blocked', { rule: msg(card.blocked) }) : undefined,
    onClick: () => {
      // An option still to choose is asked for; otherwise the flow plays the move or says which rule refuses it.
      if (!card.blocked && o.draft.option < 0) {
        dom().announce(`${u('ui.crisis.choose')} ${moveTitle(card.move)}`);
        o.focus('opt-0');
        return;
      }
      if (ready) o.cue('confirm');
      o.send({ type: 'END_TURN' });
    },
  });
}
