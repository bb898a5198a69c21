// Storage problems in words, as the notice at the foot of every screen says them.
import { u } from '../ui/i18n.ts';
import type { StorageProblem } from '../storage/store.ts';

export function noticeText(p: StorageProblem): string {
  switch (p.kind) {
    case 'unavailable': return u('ui.storage.unavailable');
    case 'full': return `${u('ui.storage.full')} ${u('ui.storage.fullHint')}`;
    case 'corrupt': return u('ui.storage.corrupt', { key: p.movedTo });
    case 'corrupt-stuck': return u('ui.storage.corruptStuck');
    case 'invalid': return u('ui.storage.invalid', { key: p.movedTo, reason: p.reason });
    case 'older-version': return u('ui.storage.olderVersion', { key: p.movedTo });
    case 'newer-version': return u('ui.storage.newerVersion');
    case 'other-tab': return u('ui.storage.otherTab');
    case 'unsavable': return u('ui.storage.unsavable', { reason: p.reason });
    case 'gone': return u('ui.storage.gone');
  }
}
