/**
 * Figures as a Vietnamese report writes them: a dot groups thousands, a comma starts the decimals (12.480;
 * 1.250,5). What a person types, or a spreadsheet copies in its own locale, is read here: converted when only one
 * reading makes sense ("12480", "1,250.5"), asked about when two do ("12,480": twelve thousand, or 12.48).
 */
import type { ValueProblem } from "./values";
import { foldTones } from "./text";

export type Figure =
  | { ok: true; value: number; /** In Vietnamese notation. */ text: string }
  | { ok: false; ambiguous: { thousands: string; decimal: string } }
  | { ok: false; error: ValueProblem };

const vi = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 20, useGrouping: true });

/** 12480 → "12.480"; 1250.5 → "1.250,5"; -3 → "-3". */
export function viNotation(value: number): string {
  return vi.format(value).replace(/\u2212/g, "-");
}

function reading(sign: string, int: string, decimals: string | undefined): Figure {
  const value = Number(`${sign}${int}${decimals ? `.${decimals}` : ""}`);
  if (!Number.isFinite(value)) return { ok: false, error: { key: "core.number.format" } };
  const text = viNotation(Math.abs(value));
  // The decimals as typed: "2,50" keeps its two places.
  const shown = decimals ? `${text.split(",")[0]},${decimals}` : text;
  return { ok: true, value, text: `${value < 0 ? "-" : ""}${shown}` };
}

/** What a typed or pasted figure is, in every notation a clerk or a spreadsheet uses. */
export function readFigure(input: string): Figure {
  const s = input
    .normalize("NFC")
    .trim()
    .replace(/[\s\u00a0\u202f]+/g, " ");
  if (!s) return { ok: false, error: { key: "core.value.empty" } };
  const m = /^([+-]?)\s*([\d., ]+)$/.exec(s.replace(/\u2212/g, "-"));
  if (!m || !/\d/.test(m[2])) return { ok: false, error: { key: "core.number.notNumber" } };
  const sign = m[1] === "-" ? "-" : "";
  const body = m[2].trim();
  let g: RegExpExecArray | null;
  // 12480, 12 480
  if ((g = /^(\d{1,3}(?: \d{3})+|\d+)$/.exec(body))) return reading(sign, g[1].replace(/ /g, ""), undefined);
  // 12.480, 1.250,5, 12,5 (Vietnamese): a comma then anything but exactly three digits is a decimal comma.
  if ((g = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(body))) {
    const [, int, dec] = g;
    const bare = !int.includes(".");
    if (bare && dec && dec.length === 3) {
      const thousands = reading(sign, int + dec, undefined);
      const decimal = reading(sign, int, dec);
      if (thousands.ok && decimal.ok)
        return { ok: false, ambiguous: { thousands: thousands.text, decimal: decimal.text } };
    }
    return reading(sign, int.replace(/\./g, ""), dec);
  }
  // 1,250.5, 1,250,000, 12.5 (English): a comma groups thousands, a dot starts the decimals.
  if ((g = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(body))) {
    const [, int, dec] = g;
    // "1.250" was read above as Vietnamese; here a dot is a decimal point only when it cannot group thousands.
    return reading(sign, int.replace(/,/g, ""), dec);
  }
  return { ok: false, error: { key: "core.number.format" } };
}

/** What a number field holds, from its unit: counts are whole, counts and sizes are never negative. */
export type Quantity = "count" | "size" | "other";

// Sizes (area, length, weight, volume) take decimals; money, rates and times may also fall; any other unit names
// things counted one by one (người, hộ, chi bộ, hội viên).
const SIZES = /^(ha|hec-?ta|m2|m²|m3|m³|km2|km²|km|m|cm|mm|kg|g|tân|ta|yên|lit|l)$/u;
const OTHERS = /^(%|phân trăm|(nghin |triêu |ty )?đông|usd|giơ|thang|năm|lân|tuôi)$/u;

export function quantityOf(unit: string | null): Quantity {
  const u = unit ? foldTones(unit.trim()) : "";
  if (!u || OTHERS.test(u)) return "other";
  if (SIZES.test(u)) return "size";
  return /\p{L}/u.test(u) ? "count" : "other";
}

/** Why a figure cannot stand for its quantity: part of a person, a negative area. */
export function figureProblem(value: number, unit: string | null): ValueProblem | null {
  const q = quantityOf(unit);
  if (q === "other") return null;
  if (value < 0) return { key: "core.number.negative", params: { unit: unit ?? "" } };
  if (q === "count" && !Number.isInteger(value)) return { key: "core.number.whole", params: { unit: unit ?? "" } };
  return null;
}
