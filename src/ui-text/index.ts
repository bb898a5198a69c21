import { en, type UiKey } from '../text/ui.en.ts';
import { fr } from '../text/ui.fr.ts';

export type Lang = 'en' | 'fr';
export type { UiKey };

const TABLES: Record<Lang, Record<UiKey, string>> = { en, fr };

/** Fill {name} placeholders. Unknown placeholders are left visible so a missing var shows up in review. */
export function fill(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function ui(key: UiKey, lang: Lang, vars?: Record<string, string | number>): string {
  return fill(TABLES[lang][key] ?? en[key], vars);
}

export function hasUiKey(key: string): key is UiKey {
  return key in en;
}

export const UI_TABLES = TABLES;
