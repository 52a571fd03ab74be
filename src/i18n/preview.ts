import type { Catalog } from "./index";

type Key = never;

export const preview: Catalog<Key> = {
  vi: {},
  en: {},
};
