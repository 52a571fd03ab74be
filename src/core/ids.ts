/**
 * Blank ids. An id comes from the paragraph's original text (every filled value replaced by the characters it
 * covered), how many identical paragraphs stand before it, and the blank's offset in that original text. Filling a
 * blank therefore changes no id, and the same document gives the same ids on every scan.
 */
import { hash } from "./text";

export class IdMinter {
  private readonly occurrences = new Map<string, number>();
  private readonly used = new Set<string>();

  /** Call once per paragraph, in document order. */
  paragraphKey(originalText: string): string {
    const h = hash(originalText);
    const k = this.occurrences.get(h) ?? 0;
    this.occurrences.set(h, k + 1);
    return k === 0 ? h : `${h}.${k}`;
  }

  /** Unique in this scan: a (vanishingly rare) hash collision gets a suffix rather than a duplicate. */
  claim(id: string): string {
    let out = id;
    for (let n = 2; this.used.has(out); n++) out = `${id}~${n}`;
    this.used.add(out);
    return out;
  }
}

export const textBlankId = (pkey: string, start: number): string => `b-${pkey}-${start}`;
export const userBlankId = (pkey: string, start: number, end: number): string => `u-${pkey}-${start}-${end}`;
export const controlBlankId = (controlId: string): string => `cc-${controlId}`;
export const fieldIdFor = (firstBlankId: string): string => `f-${firstBlankId}`;
