// Interface texts the flow brought that src/ui-text does not have yet (to move there with the text module's rework).
import { lang } from './i18n.ts';
import { fill } from '../ui-text/index.ts';

const TEXTS = {
  en: {
    seedRefused: 'The address asks for seed “{text}”, which is not a seed: a seed is a whole number from 0 to 4294967295. {new} and {watch} use a random seed instead.',
    speed: 'Speed: ×{n}',
  },
  fr: {
    seedRefused: 'L’adresse demande la graine « {text} », qui n’en est pas une : une graine est un nombre entier de 0 à 4294967295. {new} et {watch} utilisent une graine au hasard.',
    speed: 'Vitesse : ×{n}',
  },
} as const;

export function ft(key: keyof (typeof TEXTS)['en'], vars?: Record<string, string | number>): string {
  return fill(TEXTS[lang()][key], vars);
}
