/** Paragraphs on tab stops, for the leader-TAB tests of the .docx reader and of the Word layer. */

export type Stop = [align: string, pos: number, leader?: string];

const SIZE = `<w:rPr><w:sz w:val="26"/></w:rPr>`;

/** A paragraph of 13 pt runs on the given tab stops; `\t` in `text` is a TAB. */
export function tabbedParagraph(text: string, stops: Stop[]): string {
  const tabs = stops
    .map(([align, pos, leader]) => `<w:tab w:val="${align}" w:pos="${pos}"${leader ? ` w:leader="${leader}"` : ""}/>`)
    .join("");
  const runs = text
    .split("\t")
    .map(
      (t, i) =>
        (i > 0 ? `<w:r>${SIZE}<w:tab/></w:r>` : "") +
        (t ? `<w:r>${SIZE}<w:t xml:space="preserve">${t}</w:t></w:r>` : ""),
    )
    .join("");
  return `<w:p><w:pPr><w:tabs>${tabs}</w:tabs></w:pPr>${runs}</w:p>`;
}

/** The offsets of the TABs of `text` by their number (1-based) in the paragraph. */
export function tabsOf(text: string, ...nth: number[]): number[] {
  const at = [...text].flatMap((ch, i) => (ch === "\t" ? [i] : []));
  return nth.map((n) => at[n - 1]);
}

/**
 * `Xã: … Huyện: … Tỉnh: …` in three columns: per column the label right-aligned on a stop, the value's place on a
 * leaderless left stop just after it, and a dotted leader to the column's end. The blanks are TABs 3, 6 and 9.
 */
export const ALTERNATING: { text: string; stops: Stop[] } = {
  text: "\tXã:\t\t\tHuyện:\t\t\tTỉnh:\t\t",
  stops: [
    ["right", 1300],
    ["left", 1400],
    ["right", 3000, "dot"],
    ["right", 4500],
    ["left", 4600],
    ["right", 6300, "dot"],
    ["right", 7800],
    ["left", 7900],
    ["right", 9000, "dot"],
  ],
};
