import type { Catalog } from "./index";

type Key = never;

export const word: Catalog<Key> = {
  vi: {},
  en: {},
};
