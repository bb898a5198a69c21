// Entry point: fonts and styles from npm (nothing fetched from the network), then the Phaser game.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/source-serif-4/400.css';
import '@fontsource/source-serif-4/600.css';
import '@fontsource/source-serif-4/700.css';
import '@fontsource/source-serif-4/400-italic.css';
import './ui/style.css';
import Phaser from 'phaser';
import { GAME_H, GAME_W, C } from './ui/theme.ts';
import { dom } from './dom/layer.ts';
import { renderOnDemand } from './ui/on-demand.ts';
import { startFlow } from './flow/runtime.ts';
import { BootScene } from '../scenes/BootScene.ts';
import { TitleScene } from '../scenes/TitleScene.ts';
import { SettingsScene } from '../scenes/SettingsScene.ts';
import { PartyChoiceScene } from '../scenes/PartyChoiceScene.ts';
import { PrivacyScene } from '../scenes/PrivacyScene.ts';
import { CrisisScene } from '../scenes/CrisisScene.ts';
import { EndingScene } from '../scenes/EndingScene.ts';

const layer = dom();
// The flow first: it claims the right to write the save before anything reads it.
void startFlow();

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  backgroundColor: C.bgCss,
  width: GAME_W,
  height: GAME_H,
  scale: {
    mode: Phaser.Scale.FIT,
    autoCenter: Phaser.Scale.CENTER_BOTH,
    width: GAME_W,
    height: GAME_H,
  },
  // Sound is a few synthesised cues (src/ui/sound.ts); keyboard input belongs to the DOM layer.
  audio: { noAudio: true },
  input: { keyboard: false },
  render: { antialias: true },
  banner: false,
  scene: [BootScene, TitleScene, SettingsScene, PartyChoiceScene, PrivacyScene, CrisisScene, EndingScene],
});

game.events.once(Phaser.Core.Events.READY, () => {
  layer.attach(game.canvas);
  game.scale.on(Phaser.Scale.Events.RESIZE, () => layer.align());
  renderOnDemand(game);
});

