/**
 * @jest-environment jsdom
 */
// The pane's build maps @xmldom/xmldom to the browser's parser; here jsdom's parser stands in for the browser's.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";

jest.mock("@xmldom/xmldom", () => jest.requireActual("./nativeDom"));

import { DocxError } from "./errors";
import { readFlatOpc } from "./ooxml";

const root = join(__dirname, "../..");

async function flatOpc(docx: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(join(root, docx)));
  const part = async (name: string) =>
    `<pkg:part pkg:name="/${name}"><pkg:xmlData>${(await zip.file(name)!.async("string")).replace(/^<\?xml[^>]*\?>/, "")}</pkg:xmlData></pkg:part>`;
  return (
    `<?xml version="1.0" standalone="yes"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    (await part("word/document.xml")) +
    (await part("word/styles.xml")) +
    `</pkg:package>`
  );
}

describe("reading Word's OOXML with the browser's own parser", () => {
  test("the template's paragraphs read the same as its source text", async () => {
    expect(jest.requireMock<{ DOMParser: { name: string } }>("@xmldom/xmldom").DOMParser.name).toBe("NativeDOMParser");
    const reading = readFlatOpc(await flatOpc("assets/template.docx"));
    const lines = readFileSync(join(root, "assets/template.txt"), "utf8").split("\n");
    expect(reading.paragraphs).toHaveLength(lines.length);
    expect(reading.paragraphs.slice(8).map((p) => p.text)).toEqual(lines.slice(8));
  });

  test("dotted-leader TABs, the superscript note and the text box come through", async () => {
    const reading = readFlatOpc(await flatOpc("test/fixtures/tab-leaders.docx"));
    expect(reading.paragraphs.some((p) => (p.leaderTabs ?? []).length > 0)).toBe(true);
    expect(reading.paragraphs.some((p) => (p.superscripts ?? []).length > 0)).toBe(true);
    expect(reading.textBoxes.length).toBeGreaterThan(0);
  });

  test("XML that is not well-formed is a damaged package, not a crash", () => {
    expect(() => readFlatOpc("<pkg:package><unclosed></pkg:package>")).toThrow(DocxError);
  });
});
