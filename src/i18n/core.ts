import type { Catalog } from "./index";

type Key = never;

export const core: Catalog<Key> = {
  vi: {},
  en: {},
};
