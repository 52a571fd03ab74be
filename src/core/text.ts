/** Text helpers shared by the engine's modules. Everything here is linear in the input. */

/** Vietnamese tone marks (grave, acute, tilde, hook above, dot below); vowel shapes (â, ơ, ư, ă) are kept. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Lower-cased, NFC, with tone marks removed: `quẩn` and `quần` compare equal, `quân` and `quan` do not. */
export function foldTones(text: string): string {
  if (text.length <= 24) {
    const hit = foldCache.get(text);
    if (hit !== undefined) return hit;
  }
  const out = text.normalize("NFD").replace(TONE_MARKS, "").normalize("NFC").toLowerCase();
  if (text.length <= 24) {
    if (foldCache.size > 5000) foldCache.clear();
    foldCache.set(text, out);
  }
  return out;
}

/** Short inputs (words, units) repeat across a document: folding each once keeps large documents fast. */
const foldCache = new Map<string, string>();

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && isLetter(ch) && ch === ch.toUpperCase() && ch !== ch.toLowerCase();
}

/**
 * White space of any kind: a space, a TAB, Word's line break (`\v`), the no-break and narrow no-break spaces, the
 * thin and em spaces a template may hold. Each separates a word from a blank, and a written value from the text.
 */
export function isSpace(ch: string | undefined): boolean {
  return ch === " " || (ch !== undefined && /^\s$/u.test(ch));
}

/** First letter upper-cased, the rest as written. */
export function capitalize(text: string): string {
  if (!text) return text;
  const first = String.fromCodePoint(text.codePointAt(0) ?? 0);
  return first.toUpperCase() + text.slice(first.length);
}

/** An all-caps heading phrase (`ĐẢNG ỦY`) in sentence case (`Đảng ủy`); mixed case is kept. */
export function sentenceCase(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters && letters === letters.toUpperCase()) return capitalize(text.toLowerCase());
  return capitalize(text);
}

/** Collapses runs of whitespace and trims. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

/** Words (letters/digits, with inner `/`, `-`, `.` kept as in `17-CT/TW`, `v.v`). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[./-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** FNV-1a, 32 bits, as 7 base-36 characters: a short, stable fingerprint of a text. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, "0");
}
