// Entry point: fonts and styles from npm (nothing fetched from the network), the flow, then the page: one layer of
// text (src/dom) over the Phaser stage (src/ui/stage-host.ts), both following the flow's snapshots.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/source-serif-4/400.css';
import '@fontsource/source-serif-4/600.css';
import '@fontsource/source-serif-4/700.css';
import '@fontsource/source-serif-4/400-italic.css';
import './ui/style.css';
import { startFlow } from './flow/runtime.ts';
import { settings } from './ui/settings.ts';
import { mountApp } from './dom/app.ts';
import { followAddress } from './dom/replay-address.ts';
import { createStage } from './ui/stage-host.ts';
import { loadTexts } from './text/index.ts';

document.documentElement.lang = settings().lang;
const root = document.getElementById('a11y');
if (!root) throw new Error('index.html must hold a #a11y element');
// The flow first: it claims the right to write the save before anything reads it. Meanwhile the interface's texts in
// the player's language, and only that language's (a chunk of their own; should it fail, the page tries again when it
// draws the title, and says so in that language if it fails again).
const texts = loadTexts(settings().lang, 'ui').catch(() => undefined);
void Promise.all([startFlow(), texts]).then(([actor]) => {
  mountApp(root, createStage());
  // A run's code in the address opens it; a finished run's code is kept there.
  followAddress(actor);
});
