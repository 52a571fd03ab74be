/**
 * Where the office's standing answers are kept: the add-in's own browser storage on this computer. Nothing leaves
 * it; clearing Office's cache wipes it, which is why the view offers an export. Storage can be missing (private
 * windows, locked-down profiles): then reads give nothing and writes say they failed.
 */
import { readStandingFile, toStandingFile, type StandingValues } from "../../core/standing";

const KEY = "dien-mau:standing";
const DECLINED = "dien-mau:standing:declined";

function storage(): Storage | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

export function loadStanding(): StandingValues {
  try {
    const raw = storage()?.getItem(KEY);
    if (!raw) return {};
    const read = readStandingFile(raw);
    return read.ok ? read.file.values : {};
  } catch {
    return {};
  }
}

/** False when the storage refused (missing or full). An empty set forgets everything. */
export function saveStanding(values: StandingValues): boolean {
  const s = storage();
  if (!s) return false;
  try {
    if (Object.keys(values).length === 0) s.removeItem(KEY);
    else s.setItem(KEY, JSON.stringify(toStandingFile(values, new Date())));
    return true;
  } catch {
    return false;
  }
}

/** The user said "later" to saving: not asked again on this computer until something is saved or forgotten. */
export function saveDeclined(): boolean {
  try {
    return storage()?.getItem(DECLINED) === "1";
  } catch {
    return false;
  }
}

export function declineSave(declined: boolean): void {
  try {
    if (declined) storage()?.setItem(DECLINED, "1");
    else storage()?.removeItem(DECLINED);
  } catch {
    // Only the question comes back next time.
  }
}
