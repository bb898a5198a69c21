// Watching history to its ending, and seeds: a bad ?seed= is refused on the title and a random seed played instead.
import { test, expect } from './fixtures.ts';
import { t } from '../../src/content/index.ts';

test('watch history steps every party along its historical line to the ending history had', async ({ game }) => {
  await game.open();
  await game.activate('title-watch', 'reader');
  await game.at('watching', 'resolving', 'resolved');
  // Pause the automatic playback and step by hand.
  await game.activate('watch-auto', 'reader');
  await game.expectOn('watch-auto');
  for (let turn = 0; turn < 40; turn++) {
    const f = await game.at('watching', 'resolving', 'resolved', 'ended');
    if (f === 'ended') break;
    if (f === 'resolving') await game.left('resolving');
    else await game.activate(f === 'resolved' ? 'res-continue' : 'watch-next', 'reader');
    await game.left(f);
  }
  expect(await game.ending()).toBe(t('outcome.return-new-board.title', 'en'));
});

for (const bad of ['1'.repeat(310), 'abc']) {
  test(`a seed that is not one (${bad.slice(0, 12)}) is refused on the title, and the game plays a random seed`, async ({ game }) => {
    await game.open({ seed: bad });
    await expect(game.control('seed-refused')).toContainText('4294967295');
    if (bad === 'abc') await game.activate('title-watch', 'reader');
    else await game.newGame(['board']);
    await game.at('prologue', 'watching', 'resolving', 'resolved');
    const seed = (await game.saved())?.state?.seed;
    expect(Number.isInteger(seed) && seed! >= 0 && seed! <= 4294967295, `saved seed ${seed}`).toBe(true);
  });
}

test('a good seed is played as asked, with nothing to say', async ({ game }) => {
  await game.open({ seed: 4294967295 });
  await expect(game.control('seed-refused')).toHaveCount(0);
  await game.activate('title-watch', 'reader');
  await game.at('watching', 'resolving', 'resolved');
  expect((await game.saved())?.state?.seed).toBe(4294967295);
});
