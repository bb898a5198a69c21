// What the page says when part of the game (a screen's code or a pack of texts) could not be fetched (English). It
// comes with the page in both languages, since it may have to be said before any pack of texts is in. The French is
// in load.fr.ts.
export const en = {
  'ui.load.failed': 'Part of the game could not be loaded. Check the connection, then try again.',
  'ui.load.retry': 'Try again',
};
