// Player settings: language, sound, motion, text size, the first-turn guide. Kept in storage when storage works; never required.
import type { Lang } from '../ui-text/index.ts';
import { browserStorage, PREFIX } from '../storage/store.ts';
import { TEXT_SCALES } from './theme.ts';

export interface Settings {
  lang: Lang;
  sound: boolean;
  /** null: follow the system's prefers-reduced-motion. */
  reducedMotion: boolean | null;
  /** Index into TEXT_SCALES. */
  textSize: 0 | 1 | 2;
  /** The guided first turn: shown on each seat's first turn until dismissed or until a first game ends. */
  guide: boolean;
}

const KEY = `${PREFIX}:settings`;

function systemReducedMotion(): boolean {
  try {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  } catch {
    return false;
  }
}

function defaults(): Settings {
  const nav = typeof navigator !== 'undefined' ? navigator.language : 'en';
  return { lang: nav.toLowerCase().startsWith('fr') ? 'fr' : 'en', sound: true, reducedMotion: null, textSize: 0, guide: true };
}

function read(): Settings {
  const d = defaults();
  const kv = browserStorage();
  if (!kv) return d;
  try {
    const raw = kv.getItem(KEY);
    if (!raw) return d;
    const p = JSON.parse(raw) as Partial<Settings>;
    return {
      lang: p.lang === 'fr' || p.lang === 'en' ? p.lang : d.lang,
      sound: typeof p.sound === 'boolean' ? p.sound : d.sound,
      reducedMotion: typeof p.reducedMotion === 'boolean' ? p.reducedMotion : null,
      textSize: p.textSize === 1 || p.textSize === 2 ? p.textSize : 0,
      guide: typeof p.guide === 'boolean' ? p.guide : d.guide,
    };
  } catch {
    return d;
  }
}

let current: Settings | null = null;
const listeners = new Set<(s: Settings) => void>();

export function settings(): Settings {
  if (!current) current = read();
  return current;
}

export function updateSettings(patch: Partial<Settings>): Settings {
  current = { ...settings(), ...patch };
  const kv = browserStorage();
  if (kv) {
    try { kv.setItem(KEY, JSON.stringify(current)); } catch { /* settings are a convenience; the save path reports storage problems */ }
  }
  for (const l of listeners) l(current);
  return current;
}

export function onSettings(fn: (s: Settings) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function reducedMotion(): boolean {
  const s = settings();
  return s.reducedMotion ?? systemReducedMotion();
}

export function textScale(): number {
  return TEXT_SCALES[settings().textSize];
}
