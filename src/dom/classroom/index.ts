// The teacher's screen: set up a session and hand it out, then gather the class's runs and read the summary (or put it
// on the projector). Everything it shows is read from the flow (FlowContext.classroom) and src/classroom.
import { c } from '../../ui/i18n.ts';
import { sessionAddress } from '../../classroom/session.ts';
import { btn, h } from '../h.ts';
import type { View } from '../app.ts';
import { renderGather } from './gather.ts';
import { renderProjector } from './projector.ts';
import { renderSetup } from './setup.ts';
import { watchSpread } from './spread-run.ts';
import '../../ui/debrief.css';

export function renderClassroomBody(body: HTMLElement, v: View): void {
  const room = v.s.context.classroom!;
  // The address is the teacher's link while this screen is open: a reload comes back to the same session.
  const address = sessionAddress(window.location.href, room.session, 'teacher');
  if (address !== window.location.href) history.replaceState(history.state, '', address);
  // The spread is asked by the summary and the projector, and kept going on the setup tab until the screen is left.
  const spread = watchSpread(room.session, body, v.redraw, room.view !== 'setup');
  if (room.view === 'projector') {
    body.append(renderProjector(v, room.session, room.inputs, spread));
    return;
  }
  const tab = (view: 'setup' | 'gather', label: string) =>
    btn(label, { id: `class-tab-${view}`, kind: 'tab', pressed: room.view === view, onClick: () => { v.focusAfter(`class-tab-${view}`); v.send({ type: 'CLASS_VIEW', view }); } });
  body.append(
    h('nav', { class: 'class-tabs', attrs: { 'aria-label': c('class.title') } }, tab('setup', c('class.tab.setup')), tab('gather', c('class.tab.gather', { n: room.inputs.length }))),
    room.view === 'setup' ? renderSetup(v, room.session) : renderGather(v, room.session, room.inputs, spread),
  );
}
