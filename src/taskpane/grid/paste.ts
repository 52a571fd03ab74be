/**
 * What a spreadsheet puts on the clipboard, read as a block of cells, and the notation of its numbers. Excel and
 * Google Sheets copy numbers as they display them, so an English sheet gives `1,250.5` where Vietnamese writes
 * `1.250,5`; the notation is decided once for the whole block.
 */
import { parseNumber } from "../../core/values";

/** Tab-separated rows; a cell holding a tab, a newline or a quote comes quoted, its quotes doubled. */
export function readBlock(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  const s = text.replace(/\r\n?/g, "\n");
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"' && cell === "") {
      const end = closingQuote(s, i + 1);
      if (end >= 0) {
        cell = s.slice(i + 1, end).replace(/""/g, '"');
        i = end + 1;
        continue;
      }
    }
    if (ch === "\t") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
    i++;
  }
  // A copied range ends with a newline: no empty row after it.
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.map((r) => r.map((c) => c.trim()));
}

/** The quote closing a quoted cell, when one is followed by the cell's end; -1 when the quote is only text. */
function closingQuote(s: string, from: number): number {
  for (let j = from; j < s.length; j++) {
    if (s[j] !== '"') continue;
    if (s[j + 1] === '"') {
      j++;
      continue;
    }
    return j + 1 === s.length || s[j + 1] === "\t" || s[j + 1] === "\n" ? j : -1;
  }
  return -1;
}

/** A dot for a comma and a comma for a dot: an English number in Vietnamese notation. */
export function swapSeparators(value: string): string {
  return value.replace(/[.,]/g, (m) => (m === "." ? "," : "."));
}

type Reading = "vi" | "en" | "either" | "none";

function reading(value: string): Reading {
  if (!/\d[.,]\d/.test(value)) return "none";
  const vi = parseNumber(value).ok;
  const en = parseNumber(swapSeparators(value)).ok;
  return vi && en ? "either" : vi ? "vi" : en ? "en" : "none";
}

/**
 * `vi`: keep the block as it is; `en`: swap the separators of every number; `ask`: only values such as `12,480`,
 * a thousand in one notation and a decimal in the other, so the user says which (`sample` is the first).
 */
export type Notation = { kind: "vi" } | { kind: "en" } | { kind: "ask"; sample: string };

export function blockNotation(block: string[][]): Notation {
  let vi = false;
  let en = false;
  let sample: string | null = null;
  for (const value of block.flat()) {
    const r = reading(value);
    if (r === "vi") vi = true;
    else if (r === "en") en = true;
    else if (r === "either" && value.includes(",") && sample === null) sample = value;
  }
  if (en && !vi) return { kind: "en" };
  // A block that mixes both notations is left as copied: no single reading converts it safely.
  if (vi || sample === null) return { kind: "vi" };
  return { kind: "ask", sample };
}

/** The block as Vietnamese writes it: with `en`, every number readable in English notation is swapped. */
export function inNotation(block: string[][], notation: "vi" | "en"): string[][] {
  if (notation === "vi") return block;
  return block.map((row) => row.map((v) => (reading(v) === "en" || reading(v) === "either" ? swapSeparators(v) : v)));
}

/** `12,480` read as a decimal, as Vietnamese writes it without the zeros that end it (`12,48`). */
export function asDecimal(value: string): string {
  return value.replace(/(,\d*?)0+$/, "$1").replace(/,$/, "");
}
