// The class session in the page address: "#class=CODE" is a student's link (new games start with the session's
// settings), "#teach=CODE" the teacher's (the class screen opens on that session). The code is read by
// src/classroom/session.ts, loaded only when the address holds one, so the title's own script does not grow.
import type { ClassSession, SessionRefusalKind } from '../classroom/session.ts';

export interface AddressSession {
  role: 'student' | 'teacher';
  session: ClassSession | null;
  refused: SessionRefusalKind | null;
}

const SESSION_HASH = /^#(class|teach)=/;

/** Whether the page address names a class session (a student's or the teacher's link), read or not. */
export function sessionInAddress(): boolean {
  try {
    return SESSION_HASH.test(window.location.hash);
  } catch {
    return false;
  }
}

/** The session the page address names, read and checked; null when it names none. */
export async function sessionFromAddress(): Promise<AddressSession | null> {
  let hash: string;
  try {
    hash = window.location.hash;
  } catch {
    return null;
  }
  if (!SESSION_HASH.test(hash)) return null;
  const { decodeSession, sessionInHash } = await import('../classroom/session.ts');
  const named = sessionInHash(hash)!;
  const r = decodeSession(named.code);
  return r.ok ? { role: named.role, session: r.session, refused: null } : { role: named.role, session: null, refused: r.kind };
}

/** The teacher's link is the address only while the class screen is open: leaving it leaves a plain address. */
export function clearTeacherAddress(inClassroom: boolean): void {
  if (inClassroom || !window.location.hash.startsWith('#teach=')) return;
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
}
