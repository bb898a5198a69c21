// A class session in words, where a student meets it: the title and the seat choice say which settings every new game
// at this device follows (or why the class link could not be used). The teacher's screen says it the same way.
import { c, partyName, rulebookText } from '../ui/i18n.ts';
import type { ClassSession, SessionRefusalKind } from '../classroom/session.ts';
import { h } from './h.ts';

/** The session in one line: seed, rulebook, seats, devices. */
export function sessionLine(s: ClassSession): string {
  return c('class.session.line', { seed: s.seed, rules: rulebookText(s.rules), seats: s.seats.map((p) => partyName(p)).join(', '), devices: c(`class.devices.${s.devices}`) });
}

/** The session this page was opened with, and how its seats are played; or why it could not be used. */
export function classNote(session: ClassSession | null, refused: SessionRefusalKind | null): HTMLElement | null {
  if (refused) return h('p', { id: 'class-refused', class: 'warn', attrs: { role: 'alert' }, text: c('class.student.refused', { why: c(`class.session.refused.${refused}`) }) });
  if (!session) return null;
  return h('section', { id: 'class-session', class: 'panel class-note', attrs: { 'aria-labelledby': 'class-session-h' } },
    h('h2', { id: 'class-session-h', class: 'panel-h', text: c('class.student.heading') }),
    h('p', { text: sessionLine(session) }),
    h('p', { class: 'dim', text: c(`class.student.how.${session.devices}`) }),
  );
}
