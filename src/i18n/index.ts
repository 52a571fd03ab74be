/**
 * The i18n catalog: every user-visible string. Vietnamese is the default; English when Office's display language
 * is English. Each area keeps its strings in its own module (`core.ts`, `word.ts`, `pane.ts`, `preview.ts`), with
 * the same keys in both languages (checked at compile time by `Catalog`).
 */
import type { about } from "./about";
import type { answers } from "./answers";
import type { check } from "./check";
import { core } from "./core";
import type { form } from "./form";
import type { grid } from "./grid";
import { host } from "./host";
import { pane } from "./pane";
import type { preview } from "./preview";
import type { repeat } from "./repeat";
import type { rollup } from "./rollup";
import type { tracking } from "./tracking";
import type { views } from "./views";
import { word } from "./word";

export type Lang = "vi" | "en";

/** A namespace's strings: `{vi, en}` with identical keys. `{name}` placeholders are filled by `format`. */
export interface Catalog<K extends string> {
  vi: Record<K, string>;
  en: Record<K, string>;
}

type Messages = typeof host.vi &
  typeof core.vi &
  typeof word.vi &
  typeof pane.vi &
  typeof preview.vi &
  typeof answers.vi &
  typeof rollup.vi &
  typeof repeat.vi &
  typeof about.vi &
  typeof form.vi &
  typeof grid.vi &
  typeof tracking.vi &
  typeof check.vi &
  typeof views.vi;

/**
 * The preview host's strings join when `./preview` is imported (the preview page and its tests do), so the
 * pane that ships to Word does not carry them; the office details' (`./answers`), the roll-up's (`./rollup`),
 * the repeated lines' (`./repeat`), the form's, the grid's, the About menu's, the Track Changes question's and the check's join
 * when their views load.
 */
const all = {
  vi: { ...host.vi, ...core.vi, ...word.vi, ...pane.vi } as Messages,
  en: { ...host.en, ...core.en, ...word.en, ...pane.en } as Messages,
};

export function addMessages(catalog: Catalog<string>): void {
  Object.assign(all.vi, catalog.vi);
  Object.assign(all.en, catalog.en);
}

export type MessageKey = keyof Messages;
export type Params = Record<string, string | number>;

export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function t(lang: Lang, key: MessageKey, params?: Params): string {
  return format(all[lang][key] ?? all.vi[key] ?? key, params);
}

export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}

/** Office's display language ("en-US", "vi-VN", …) to ours: English for any English locale, else Vietnamese. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^en\b/i.test(locale) ? "en" : "vi";
}
