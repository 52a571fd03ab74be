/**
 * Words of a paragraph for aligning a report with its template: letters, numbers (`1.250,5` one token) and marks,
 * case folded and composed (NFC), their offsets in the text as written. Spacing never makes a token, nor do dots, ellipses and underscores: a report filled by hand keeps
 * some of a blank's dots, drops others, and spaces its figures as the clerk pleases.
 */
const TOKEN = /[\p{L}\p{M}]+|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{M}\p{N}.…_]/gu;

export interface Token {
  key: string;
  start: number;
  end: number;
}

/** The tokens of `text[from, to)`, offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const part = text.slice(from, to);
  for (const m of part.matchAll(TOKEN)) {
    const start = from + (m.index ?? 0);
    out.push({ key: m[0].normalize("NFC").toLowerCase(), start, end: start + m[0].length });
  }
  return out;
}

/** Leftover blank characters and spacing around a value (`21…`, ` 5 `); dots inside it (`1.250`) stay. */
export function cleanValue(text: string): string {
  return text.replace(/^[\s.…_]+|[\s.…_]+$/gu, "").normalize("NFC");
}

/** How many of `wanted`'s keys `have` holds, each key counted as often as both have it. */
export function overlap(wanted: readonly string[], have: ReadonlyMap<string, number>): number {
  const used = new Map<string, number>();
  let n = 0;
  for (const k of wanted) {
    const u = used.get(k) ?? 0;
    if (u < (have.get(k) ?? 0)) {
      used.set(k, u + 1);
      n++;
    }
  }
  return n;
}

export function counts(keys: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}
