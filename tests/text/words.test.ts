// What a player reads: counts in the right plural for 0, 1 and 2 in both languages, dates of the crisis in Pacific
// time as each language writes them, lists joined as each language joins them, and keys checked by the compiler.
import { describe, expect, it } from 'vitest';
import { clockLabel, formatMessage, formatParams, t } from '../../src/content/index.ts';
import { ui } from '../../src/ui-text/index.ts';
import { clockText, dayPart, deadlineText, momentShort, u, whenText } from '../../src/ui/i18n.ts';
import { updateSettings } from '../../src/ui/settings.ts';
import { LAST_TURN } from '../../src/sim/index.ts';
import type { Lang } from '../../src/text/index.ts';

const say = (key: string, vars: Record<string, string | number>, lang: Lang) => formatMessage({ key, vars }, lang);

describe('plurals, for 0, 1 and 2', () => {
  it('English: singular for 1 only', () => {
    expect([0, 1, 2].map((count) => say('news.employees.accept-salesforce', { count }, 'en'))).toEqual([
      '0 researchers join Salesforce.',
      '1 researcher joins Salesforce.',
      '2 researchers join Salesforce.',
    ]);
    expect([0, 1, 2].map((leave) => formatParams({ directorsLeave: leave, investigation: false, altmanOffBoard: false }, 'en'))).toEqual([
      '0 directors step down',
      '1 director steps down',
      '2 directors step down',
    ]);
    expect([0, 1, 2].map((n) => ui('ui.rules.count', 'en', { n }))).toEqual(['0 rules changed', '1 rule changed', '2 rules changed']);
  });

  it('French: singular for 0 and 1, as French counts', () => {
    expect([0, 1, 2].map((count) => say('news.employees.accept-salesforce', { count }, 'fr'))).toEqual([
      '0 chercheur rejoint Salesforce.',
      '1 chercheur rejoint Salesforce.',
      '2 chercheurs rejoignent Salesforce.',
    ]);
    expect([0, 1, 2].map((leave) => formatParams({ directorsLeave: leave, investigation: false, altmanOffBoard: false }, 'fr'))).toEqual([
      '0 administrateur se retire',
      '1 administrateur se retire',
      '2 administrateurs se retirent',
    ]);
    expect([0, 1, 2].map((n) => ui('ui.party.count', 'fr', { n }))).toEqual(['0 choisie sur 5', '1 choisie sur 5', '2 choisies sur 5']);
    // English needs no plural there.
    expect([1, 2].map((n) => ui('ui.party.count', 'en', { n }))).toEqual(['1 of 5 chosen', '2 of 5 chosen']);
  });

  it('a list of directors counts by its length, and reads as a list', () => {
    const block = (againstDirectors: string, lang: Lang) => say('rule.board-majority', { needed: 3, seated: 4, againstDirectors }, lang);
    expect(block('sutskever', 'en')).toBe('needs a majority (3 of 4); Sutskever now votes against');
    expect(block('toner,mccauley', 'en')).toBe('needs a majority (3 of 4); Toner and McCauley now vote against');
    expect(block('sutskever', 'fr')).toBe('il faut une majorité (3 sur 4)\u00a0; Sutskever vote désormais contre');
    expect(block('toner,mccauley,dangelo', 'fr')).toBe('il faut une majorité (3 sur 4)\u00a0; Toner, McCauley et D’Angelo votent désormais contre');
    expect(say('news.board.name-directors', { directors: 'taylor' }, 'en')).toBe('The board names Taylor as a director.');
    expect(say('news.board.name-directors', { directors: 'taylor,summers' }, 'en')).toBe('The board names Taylor and Summers as directors.');
    expect(formatParams({ directors: ['taylor', 'summers', 'hurd'] }, 'en')).toBe('name Taylor, Summers and Hurd');
  });
});

describe('dates, in Pacific time', () => {
  it('English reads "Saturday 18 November, 12:00"', () => {
    expect(clockLabel(3, 'en', 'end')).toBe('Saturday 18 November, 12:00');
    expect(clockLabel(4, 'en')).toBe('Saturday 18 November, 12:00–18:00');
    // Turn 0 is noon in San Francisco, whatever the machine's own time zone.
    expect(clockLabel(0, 'en')).toBe('Friday 17 November, 12:00–18:00');
    expect(clockLabel(-1, 'en')).toBe('Friday 17 November, 06:00–12:00 (prologue)');
  });

  it('French reads "samedi 18 novembre à 12 h"', () => {
    expect(clockLabel(3, 'fr', 'end')).toBe('samedi 18 novembre à 12 h');
    expect(clockLabel(4, 'fr')).toBe('samedi 18 novembre, 12 h – 18 h');
    expect(clockLabel(-1, 'fr')).toBe('vendredi 17 novembre, 06 h – 12 h (prologue)');
  });

  it('the last turn ends at 24:00 on Thursday, not at 00:00 on Friday', () => {
    expect(clockLabel(LAST_TURN, 'en', 'end')).toBe('Thursday 23 November, 24:00');
    expect(clockLabel(LAST_TURN, 'fr', 'end')).toBe('jeudi 23 novembre à 24 h');
    expect(clockLabel(LAST_TURN, 'en')).toBe('Thursday 23 November, 18:00–24:00');
  });

  it('a deadline in a message reads as the moment it falls (17:00, as in 2023)', () => {
    expect(say('news.board.agree-to-resign', { at: '2023-11-18T17:00-08:00' }, 'en')).toBe('The board agrees in principle to resign, by Saturday 18 November, 17:00.');
    expect(say('news.altman.set-deadline', { at: '2023-11-19T17:00-08:00' }, 'fr')).toContain('dimanche 19 novembre à 17 h');
  });

  it('the interface shows the clock, the short day and the part of the day in the player’s language', () => {
    updateSettings({ lang: 'en' });
    expect(clockText(4)).toBe('Saturday 18 November, 12:00–18:00 PT');
    expect(whenText(4)).toBe('Sat 18, afternoon');
    expect(dayPart(4)).toEqual({ day: 'Saturday 18', part: 'afternoon' });
    expect(u('ui.crisis.resolution', dayPart(4))).toBe('What happened: Saturday 18 afternoon');
    updateSettings({ lang: 'fr' });
    // A line that opens with the day: capital; inside a sentence, French keeps the day in small letters.
    expect(clockText(4)).toBe('Samedi 18 novembre, 12 h – 18 h (heure du Pacifique)');
    expect(whenText(4)).toBe('sam. 18, après-midi');
    expect(u('ui.crisis.resolution', dayPart(4))).toBe('Ce qui s’est passé : samedi 18 après-midi');
    updateSettings({ lang: 'en' });
  });

  it('deadlines read short, and the markets open at 06:30 on Monday', () => {
    updateSettings({ lang: 'en' });
    expect(deadlineText(5)).toBe('Sat 18, 24:00');
    expect(momentShort(new Date('2023-11-20T06:30:00-08:00'))).toBe('Mon 20, 06:30');
    updateSettings({ lang: 'fr' });
    expect(deadlineText(LAST_TURN)).toBe('jeu. 23 à 24 h');
    expect(momentShort(new Date('2023-11-20T06:30:00-08:00'))).toBe('lun. 20 à 06:30');
    updateSettings({ lang: 'en' });
  });
});

describe('keys', () => {
  it('a mistyped literal key does not compile, and shows itself if it ever runs', () => {
    // @ts-expect-error: no such key ('bord' for 'board'); tsc fails if this line ever compiles.
    expect(t('party.bord.name')).toBe('party.bord.name');
    // @ts-expect-error: no such interface key.
    expect(ui('ui.crisis.nope', 'en')).toBe('ui.crisis.nope');
    expect(t('party.board.name', 'fr')).toBe('Le conseil');
  });

  it('a key built from data is looked up at run time', () => {
    const party: string = 'microsoft';
    expect(t(`party.${party}.name`, 'fr')).toBe('Microsoft');
    expect(t(`outcome.${'stalemate' as const}.title`, 'fr')).toBe(t('outcome.stalemate.title', 'fr'));
  });
});
