import fc from "fast-check";
import { propertyOptions } from "../../test/properties";
import { scan, snapshotFromText } from "./index";
import type { FilledBlank } from "./types";

const pieces = fc.constantFrom(
  "xã",
  "Số",
  " ",
  "  ",
  "...",
  "…",
  "…..",
  "\t",
  ".",
  ",",
  "ngày",
  "tháng",
  "năm",
  "(",
  ")",
  "5",
  "-",
  "/",
  "_",
  "___",
  "hội viên",
  "\n",
  "I. ",
  "1. ",
  "v.v",
  "ha",
  "Đặc",
);
const docText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(pieces, { maxLength: 60 }).map((a) => a.join("")),
);

describe("engine properties", () => {
  test("never crashes; spans stay inside their paragraph and never overlap; ids are stable", () => {
    fc.assert(
      fc.property(docText, (text) => {
        const snapshot = snapshotFromText(text);
        const r = scan({ snapshot });
        const byParagraph = new Map<number, Array<[number, number]>>();
        for (const b of r.blanks) {
          const len = snapshot.paragraphs[b.paragraph].text.length;
          expect(b.start).toBeGreaterThanOrEqual(0);
          expect(b.end).toBeGreaterThan(b.start);
          expect(b.end).toBeLessThanOrEqual(len);
          const list = byParagraph.get(b.paragraph) ?? [];
          for (const [s, e] of list) expect(b.start >= e || b.end <= s).toBe(true);
          list.push([b.start, b.end]);
          byParagraph.set(b.paragraph, list);
        }
        expect(scan({ snapshot: snapshotFromText(text) }).blanks.map((b) => b.id)).toEqual(r.blanks.map((b) => b.id));
        expect(new Set(r.blanks.map((b) => b.id)).size).toBe(r.blanks.length);
      }),
      propertyOptions(300),
    );
  });

  test("filling every blank with a value and rescanning finds none of them empty, and keeps their ids", () => {
    fc.assert(
      fc.property(docText, fc.constantFrom("12", "Ea Kao", "Hà Nội", "1.234"), (text, value) => {
        const snapshot = snapshotFromText(text);
        const r = scan({ snapshot });
        const lines = snapshot.paragraphs.map((p) => p.text);
        const filled: FilledBlank[] = [];
        const byParagraph = new Map<number, typeof r.blanks>();
        for (const b of r.blanks) byParagraph.set(b.paragraph, [...(byParagraph.get(b.paragraph) ?? []), b]);
        for (const [p, bs] of byParagraph) {
          let out = "";
          let at = 0;
          for (const b of bs) {
            out += lines[p].slice(at, b.start);
            filled.push({
              blankId: b.id,
              original: b.text,
              value,
              paragraph: p,
              start: out.length,
              end: out.length + value.length,
            });
            out += value;
            at = b.end;
          }
          lines[p] = out + lines[p].slice(at);
        }
        const again = scan({ snapshot: snapshotFromText(lines.join("\n")), filled });
        expect(again.blanks.filter((b) => !b.filled)).toEqual([]);
        expect(again.blanks.map((b) => b.id)).toEqual(r.blanks.map((b) => b.id));
        // Typed by hand (no anchors): no blank is found where a value now stands.
        const byHand = scan({ snapshot: snapshotFromText(lines.join("\n")) });
        for (const f of filled) {
          expect(byHand.blanks.some((b) => b.paragraph === f.paragraph && b.start < f.end && f.start < b.end)).toBe(
            false,
          );
        }
      }),
      propertyOptions(300),
    );
  });
});
