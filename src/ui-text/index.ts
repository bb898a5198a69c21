// Interface texts: the helpers scenes have always called, now over the one text module in src/text.
import { hasText, uiText, type Lang, type UiKey, type Vars } from '../text/index.ts';

export type { Lang, UiKey };

export function ui(key: UiKey, lang: Lang, vars?: Vars): string {
  return uiText(key, lang, vars);
}

/** Fill {name} placeholders of a text that is not in the tables yet. Unknown placeholders stay visible. */
export function fill(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function hasUiKey(key: string): key is UiKey {
  return key.startsWith('ui.') && hasText(key, 'en');
}
