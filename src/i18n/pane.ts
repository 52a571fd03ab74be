import type { Catalog } from "./index";

type Key = never;

export const pane: Catalog<Key> = {
  vi: {},
  en: {},
};
