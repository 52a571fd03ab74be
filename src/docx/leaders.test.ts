/**
 * Which TABs draw a leader, read from the tab stops' alignment: text after a right, centred or decimal stop ends at,
 * centres on or aligns its decimal point at the stop, so the next TAB lands on the stop after that.
 */
import { scan } from "../core";
import { buildSnapshot } from "./build";
import { parseStyles } from "./styles";
import { firstW, parseXml } from "./xml";
import { ALTERNATING, tabbedParagraph as para, tabsOf as tabs, type Stop } from "../../test/sim/tabs";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A4 with 2 cm margins: 9,638 twips of text width. */
function read(...paragraphs: string[]) {
  const sectPr = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:left="1134" w:right="1134"/></w:sectPr>`;
  const doc = parseXml(`<w:document ${W}><w:body>${paragraphs.join("")}${sectPr}</w:body></w:document>`, "doc");
  const body = firstW(doc.documentElement, "body")!;
  return buildSnapshot({ body, header: null, footer: null, styles: parseStyles(null), docParts: new Map() });
}

/** The paragraph draws no leader and holds no blank. */
function expectNoBlank(text: string, stops: Stop[]): void {
  const snapshot = read(para(text, stops));
  expect(snapshot.paragraphs[0].leaderTabs).toEqual([]);
  expect(scan({ snapshot }).blanks).toEqual([]);
}

describe("leader TABs from the tab stops' alignment", () => {
  test("`Xã: … Huyện: … Tỉnh: …` on alternating stops: each label ends at its right stop, the value starts at the leaderless stop after it", () => {
    const { text, stops } = ALTERNATING;
    const snapshot = read(para(text, stops));
    expect(snapshot.paragraphs[0].leaderTabs).toEqual(tabs(text, 3, 6, 9));
    const { blanks } = scan({ snapshot });
    expect(blanks.map((b) => [b.label, b.start])).toEqual([
      ["Xã", tabs(text, 3)[0]],
      ["Huyện", tabs(text, 6)[0]],
      ["Tỉnh", tabs(text, 9)[0]],
    ]);
  });

  test("a right-aligned label followed by its printed value on a leaderless stop is no blank", () => {
    const stops: Stop[] = [
      ["right", 2400],
      ["left", 2500],
      ["right", 9638, "dot"],
    ];
    expectNoBlank("\tGiới tính:\tNam / Nữ", stops);
  });

  test("text centred on a stop reaches only half its width past it", () => {
    const stops: Stop[] = [
      ["center", 2400],
      ["left", 3800],
      ["right", 9638, "dot"],
    ];
    expectNoBlank("\tNăm học 2025 – 2026\tLớp: 5A", stops);
    // Its own blank still comes after it: the TAB after `Họ tên học sinh:` takes the dotted stop.
    const text = "\tNăm học 2025 – 2026\tHọ tên học sinh:\t";
    expect(read(para(text, stops)).paragraphs[0].leaderTabs).toEqual(tabs(text, 3));
  });

  test("a number on a decimal stop aligns its decimal point there; with no decimal point it ends there", () => {
    const stops: Stop[] = [
      ["decimal", 2000],
      ["left", 2600],
      ["right", 9638, "dot"],
    ];
    for (const amount of ["1.250,5", "12,75", "1250"]) expectNoBlank(`\t${amount}\tha`, stops);
    const text = "\t1.250,5\tha đất nông nghiệp, trong đó lúa:\t";
    expect(read(para(text, stops)).paragraphs[0].leaderTabs).toEqual(tabs(text, 3));
  });

  test("a left stop still takes the text from the stop on", () => {
    const stops: Stop[] = [
      ["left", 1000],
      ["left", 2000],
      ["right", 9638, "dot"],
    ];
    // `Họ và tên người khai:` starts at 1,000 and runs past 2,000: the next TAB takes the dotted stop.
    const text = "\tHọ và tên người khai:\t";
    expect(read(para(text, stops)).paragraphs[0].leaderTabs).toEqual(tabs(text, 2));
  });
});
