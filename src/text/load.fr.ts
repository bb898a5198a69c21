// Ce que dit la page quand une partie du jeu (le code d’un écran ou un paquet de textes) n’a pas pu être chargée
// (français). Livré avec la page dans les deux langues. L’anglais est dans load.en.ts.
import type { en } from './load.en.ts';

export const fr: Record<keyof typeof en, string> = {
  'ui.load.failed': 'Une partie du jeu n’a pas pu être chargée. Vérifiez la connexion, puis réessayez.',
  'ui.load.retry': 'Réessayer',
};
