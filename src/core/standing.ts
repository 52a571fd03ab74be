/**
 * Standing answers: values that describe the office rather than one report (the commune's and district's names, the
 * party committee, the place name, area, population, number of hamlets). Saved once with the user's consent, they
 * are offered on the next template whose fields mean the same thing. Pure: the pane keeps them and asks first.
 */
import type { Field } from "./types";
import { foldTones, squash } from "./text";

export const STANDING_KEYS = [
  "province",
  "district",
  "commune",
  "committee",
  "placeName",
  "area",
  "population",
  "hamlets",
] as const;

export type StandingKey = (typeof STANDING_KEYS)[number];

export type StandingValues = Partial<Record<StandingKey, string>>;

/** What an export file holds; `version` lets a later format read an older file. */
export interface StandingFile {
  app: "dien-mau";
  kind: "standing-answers";
  version: 1;
  savedAt: string;
  values: StandingValues;
}

interface Meaning {
  key: StandingKey;
  /** Matched against the folded label (`foldTones`: lower case, tone marks gone, â/ê/ô/ơ/ư/đ kept). */
  label: RegExp;
  number?: boolean;
}

// A label names the office when it asks for the unit's own name or size, not for a figure of the report period:
// "Dân số (người)" is standing, "Số đảng viên" changes with every report and is left out.
const MEANINGS: Meaning[] = [
  { key: "province", label: whole("tên (tinh|thanh phô trưc thuôc trung ương)") },
  { key: "district", label: whole("tên (huyên|quân|thi xa|thanh phô)") },
  { key: "commune", label: whole("tên (xa|phương|thi trân)") },
  { key: "committee", label: whole("tên (đang uy|đang bô)( xa| phương| thi trân)?") },
  { key: "placeName", label: whole("đia danh") },
  { key: "area", label: whole("(tông )?diên tich( đât)? tư nhiên"), number: true },
  { key: "population", label: whole("(tông )?dân sô"), number: true },
  { key: "hamlets", label: whole("sô (thôn|âp|ban|buôn|tô dân phô|khu phô)( dân cư)?"), number: true },
];

/** The whole label, allowing only a unit or a note in brackets after it: "Tên xã bạn" names another commune. */
function whole(words: string): RegExp {
  return new RegExp(`^(?:${words})(?: ?\\([^()]*\\))?$`, "u");
}

/** The standing answer a field asks for, or null when its value belongs to this report only. */
export function standingKeyOf(field: Pick<Field, "label" | "kind" | "readOnly">): StandingKey | null {
  if (field.readOnly) return null;
  const label = foldTones(squash(field.label));
  for (const m of MEANINGS) {
    if (!m.label.test(label)) continue;
    if (m.number ? field.kind !== "number" : field.kind !== "text") continue;
    return m.key;
  }
  return null;
}

export interface StandingOffer {
  fieldId: string;
  key: StandingKey;
  value: string;
}

/** The empty fields a saved answer can fill, each once; a field the user already filled is never offered. */
export function standingOffers(
  fields: readonly Field[],
  saved: StandingValues,
  current: Readonly<Record<string, string>> = {},
): StandingOffer[] {
  const offers: StandingOffer[] = [];
  for (const f of fields) {
    if (f.filled || (current[f.id] ?? "").trim()) continue;
    const key = standingKeyOf(f);
    const value = key ? saved[key]?.trim() : undefined;
    if (key && value) offers.push({ fieldId: f.id, key, value });
  }
  return offers;
}

/**
 * The standing answers in the values the user gave, keyed by meaning. Where two fields mean the same thing and
 * disagree, the first one in document order wins: it is the one the user saw first.
 */
export function standingFrom(fields: readonly Field[], values: Readonly<Record<string, string>>): StandingValues {
  const out: StandingValues = {};
  for (const f of fields) {
    const key = standingKeyOf(f);
    const value = squash(values[f.id] ?? "");
    if (key && value && out[key] === undefined) out[key] = value;
  }
  return out;
}

export function toStandingFile(values: StandingValues, savedAt: Date): StandingFile {
  return { app: "dien-mau", kind: "standing-answers", version: 1, savedAt: savedAt.toISOString(), values };
}

export type StandingReadError = "not-json" | "not-standing" | "newer-version";

/** Reads an export file; anything that is not one is refused with a reason, never half taken. */
export function readStandingFile(
  text: string,
): { ok: true; file: StandingFile } | { ok: false; error: StandingReadError } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, error: "not-json" };
  }
  if (!isRecord(data) || data.app !== "dien-mau" || data.kind !== "standing-answers" || !isRecord(data.values)) {
    return { ok: false, error: "not-standing" };
  }
  if (data.version !== 1) return { ok: false, error: "newer-version" };
  const values: StandingValues = {};
  for (const key of STANDING_KEYS) {
    const v = data.values[key];
    if (typeof v === "string" && squash(v)) values[key] = squash(v).slice(0, 500);
  }
  const savedAt = typeof data.savedAt === "string" ? data.savedAt : "";
  return { ok: true, file: { app: "dien-mau", kind: "standing-answers", version: 1, savedAt, values } };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
