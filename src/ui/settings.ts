// Player settings: language, sound, motion, text size, the first-turn guide. Kept in storage when storage works; never required.
// Sound is off until the player turns it on; in a class (the page opened with a class session's link, #class= or
// #teach=) it starts off whatever this browser kept, so a room of devices is quiet until someone asks.
import type { Lang } from '../ui-text/index.ts';
import { browserStorage, PREFIX } from '../storage/store.ts';
import { TEXT_SCALES } from './theme.ts';
import { sessionInAddress } from '../flow/class-address.ts';

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
/** Settings kept before this version had sound on by default: their `sound` was never the player's choice. */
const KEPT_VERSION = 2;

/** Whether the page is used in a class: its address holds a class session (src/flow/class-address.ts). */
export const classMode = (): boolean => sessionInAddress();

function systemReducedMotion(): boolean {
  try {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  } catch {
    return false;
  }
}

function defaults(): Settings {
  const nav = typeof navigator !== 'undefined' ? navigator.language : 'en';
  return { lang: nav.toLowerCase().startsWith('fr') ? 'fr' : 'en', sound: false, reducedMotion: null, textSize: 0, guide: true };
}

function read(): Settings {
  const d = defaults();
  const kv = browserStorage();
  if (!kv) return d;
  try {
    const raw = kv.getItem(KEY);
    if (!raw) return d;
    const p = JSON.parse(raw) as Partial<Settings> & { v?: number };
    return {
      lang: p.lang === 'fr' || p.lang === 'en' ? p.lang : d.lang,
      sound: p.v === KEPT_VERSION && p.sound === true && !classMode(),
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
    try { kv.setItem(KEY, JSON.stringify({ ...current, v: KEPT_VERSION })); } catch { /* settings are a convenience; the save path reports storage problems */ }
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
