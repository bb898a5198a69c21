// Saved games: a run saved under a name from the game is listed on the title's saved games, loads back where it was
// (asking first, since it replaces the autosaved run), and is deleted after a question. (New game asking before it
// replaces the autosaved run is input.spec.ts's.)
import { test, expect } from './fixtures.ts';
import { rng } from './game.page.ts';

test('save a run under a name, load it from the title, delete it', async ({ game }) => {
  await game.open();
  await game.newGame(['board']);
  await game.chooseMove('reader', rng(1));
  await game.activate('res-continue', 'reader');
  await game.at('choosing');
  const turn = (await game.saved())?.state?.turn;
  await game.activate('crisis-saves', 'keyboard');
  await game.at('saves');
  const id = await game.saveAs('Before the weekend', 'keyboard');
  await game.activate('saves-back', 'reader');
  await game.at('choosing');

  // Play on, so the autosave moves past the named save; then load the named save from the title.
  await game.chooseMove('reader', rng(2));
  await game.activate('crisis-menu', 'reader');
  await game.at('title');
  await game.activate('title-saves', 'mouse');
  await game.at('saves');
  await expect(game.control(`slot-${id}`)).toContainText('Before the weekend');
  await game.activate(`load-${id}`, 'keyboard');
  // It replaces the autosaved run in progress: asked first, and No keeps everything as it was.
  await expect(game.page.getByRole('alertdialog')).toContainText('Before the weekend');
  await game.activate('ask-no', 'keyboard');
  await expect(game.page.getByRole('alertdialog')).toHaveCount(0);
  await game.activate(`load-${id}`, 'reader');
  await game.activate('ask-yes', 'reader');
  await game.at('choosing');
  expect((await game.saved())?.state?.turn).toBe(turn);

  // Deleting asks, then the save is gone from the list.
  await game.activate('crisis-saves', 'reader');
  await game.at('saves');
  await game.activate(`delete-${id}`, 'reader');
  await expect(game.page.getByRole('alertdialog')).toContainText('Before the weekend');
  await game.activate('ask-yes', 'reader');
  await expect(game.control('saves-status')).toContainText('Before the weekend');
  expect(await game.slotIds()).toEqual([]);
});
