/**
 * Text boxes as parts of their own. Where the host reaches shapes (WordApiDesktop 1.2, a desktop Word only), each
 * text box that holds text is read through `Shape.body` as a part named `shape:<id>`, its paragraphs after the
 * footer's, and written like any other part. Getting `Shape.body` of a shape without text makes a text story and
 * an undo entry: a shape's body is asked for only once its type says text box and `textFrame.hasText` says text.
 * Elsewhere the text boxes stay what the OOXML tells (`snapshot.textBoxes`): blanks filled by hand in Word.
 */
import type { TextBoxParagraph } from "../core/types";
import type { ShapePart } from "./model";
import { sameText } from "./ooxml";

/** Whether the host says it has shapes: unlike the WordApi sets, a host that cannot tell is not trusted. */
export function supportsShapes(office: typeof Office | undefined, platform: "web" | "desktop"): boolean {
  if (platform === "web") return false;
  return office?.context?.requirements?.isSetSupported?.("WordApiDesktop", "1.2") === true;
}

export const shapePart = (id: number): ShapePart => `shape:${id}`;

/** The shape id of a part's name; null for the body, header and footer. */
export function shapeId(name: string): number | null {
  const m = /^shape:(\d+)$/.exec(name);
  return m ? Number(m[1]) : null;
}

/** The shapes whose body may be asked for without changing the document: text boxes that hold text. */
export function readableTextBoxes(shapes: readonly Word.Shape[]): Word.Shape[] {
  return shapes.filter((s) => String(s.type) === "TextBox" && s.textFrame.hasText === true);
}

/**
 * The OOXML's text-box paragraphs that were not read through their shapes: each paragraph read from a shape takes
 * one of the same text (a group's text boxes, or one Word did not list, stay to be filled by hand).
 */
export function unreadTextBoxes(fromOoxml: readonly TextBoxParagraph[], read: readonly string[]): TextBoxParagraph[] {
  const left = read.slice();
  return fromOoxml.filter((t) => {
    const i = left.findIndex((r) => sameText(r, t.text));
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}
