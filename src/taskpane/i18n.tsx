import { createContext, useContext, useMemo, type ReactNode } from "react";
import { translator, type Lang, type MessageKey, type Params, type Translate } from "../i18n";

export interface PaneI18n {
  lang: Lang;
  t: Translate;
  /** A catalog key that arrives as data (from the engine or a notice). */
  tKey(key: string, params?: Params): string;
  formatNumber(n: number): string;
}

const locales: Record<Lang, string> = { vi: "vi-VN", en: "en-US" };

export function makeI18n(lang: Lang): PaneI18n {
  const t = translator(lang);
  const nf = new Intl.NumberFormat(locales[lang]);
  return {
    lang,
    t,
    tKey: (key, params) => t(key as MessageKey, params),
    formatNumber: (n) => nf.format(n),
  };
}

const I18nContext = createContext<PaneI18n>(makeI18n("vi"));

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => makeI18n(lang), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): PaneI18n {
  return useContext(I18nContext);
}
