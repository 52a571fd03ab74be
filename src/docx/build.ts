/**
 * A DocumentSnapshot from parsed stories, in the order Word's API reports paragraphs (body with tables in place,
 * then the first section's primary header, then its primary footer). The pane builds one from Word's flat OOXML
 * (./ooxml), the simulator and readDocxSnapshot (./snapshot) from a whole .docx, so all see one reading of a file.
 * Nothing here opens a package: the pane imports this, and the zip library must stay out of its bundle.
 */
import type {
  DocumentSnapshot,
  DrawnBox,
  ParagraphLocation,
  SnapshotContentControl,
  SnapshotParagraph,
  TextBoxParagraph,
} from "../core/types";
import { firstSectPr, storyParagraphs, type BlockParagraph } from "./blocks";
import { cellWidth, leaderTabOffsets, sectionLineWidth } from "./leaders";
import type { DocxModel } from "./model";
import { sdtProps, type SdtProps } from "./sdt";
import { headingLevel, styleSuperscript } from "./styles";
import { drawnBoxes } from "./shapes";
import { CellReader } from "./tables";
import { paragraphText, type ParagraphText } from "./text";
import { firstW, wAttr, type Element } from "./xml";

/** `shape:<id>`: a text box's story, listed only by the simulator where the host reaches shapes. */
export type Story = "body" | "header" | "footer" | `shape:${number}`;

export interface IndexedParagraph extends BlockParagraph {
  story: Story;
  location: ParagraphLocation;
  /** Tables of the stories before this one: the story's own table numbers start here. */
  tableBase: number;
}

export interface IndexedSdt {
  el: Element;
  props: SdtProps;
  /** First paragraph (global index) and one past the last, for block controls; equal for inline ones. */
  paragraph: number;
  start: number;
  end: number;
  block: boolean;
  lastParagraph: number;
}

/** What a snapshot is built from: a whole package's model, or the stories of a flat OPC read from Word. */
export type SnapshotSource = Pick<DocxModel, "body" | "header" | "footer" | "styles" | "docParts">;

/** Every paragraph Word's API lists, with its story and location. */
export function documentParagraphs(model: SnapshotSource): { paragraphs: IndexedParagraph[]; blockSdts: IndexedSdt[] } {
  const paragraphs: IndexedParagraph[] = [];
  const blockSdts: IndexedSdt[] = [];
  const stories: Array<["body" | "header" | "footer", Element | null | undefined]> = [
    ["body", model.body],
    ["header", model.header?.documentElement],
    ["footer", model.footer?.documentElement],
  ];
  let tableBase = 0;
  for (const [story, root] of stories) {
    if (!root) continue;
    const base = paragraphs.length;
    const { paragraphs: ps, sdts, tables } = storyParagraphs(root);
    for (const bp of ps) {
      const location: ParagraphLocation = story !== "body" ? story : bp.nesting > 0 ? "table" : "body";
      paragraphs.push({ ...bp, story, location, tableBase });
    }
    tableBase += tables;
    for (const s of sdts) {
      blockSdts.push({
        el: s.el,
        props: sdtProps(s.el),
        paragraph: base + s.first,
        lastParagraph: base + s.last,
        start: 0,
        end: -1,
        block: true,
      });
    }
  }
  return { paragraphs, blockSdts };
}

function superscriptSpans(model: SnapshotSource, pt: ParagraphText): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const piece of pt.pieces) {
    if (piece.start === piece.end || !piece.run) continue;
    const rPr = firstW(piece.run, "rPr");
    const vert = firstW(rPr, "vertAlign");
    const sup = vert
      ? wAttr(vert, "val") === "superscript"
      : styleSuperscript(model.styles, wAttr(firstW(rPr, "rStyle"), "val"));
    if (!sup) continue;
    const last = out[out.length - 1];
    if (last && last[1] === piece.start) last[1] = piece.end;
    else out.push([piece.start, piece.end]);
  }
  return out;
}

/**
 * Builds the snapshot from an opened model; `texts` receives each paragraph's text map when given, `sdts` each
 * content control's properties, in the order of `contentControls`.
 */
export function buildSnapshot(model: SnapshotSource, texts?: ParagraphText[], sdts?: SdtProps[]): DocumentSnapshot {
  const { paragraphs, blockSdts } = documentParagraphs(model);
  const bodyWidth = sectionLineWidth(firstSectPr(model.body));
  const out: SnapshotParagraph[] = [];
  const controls: Array<{ sdt: IndexedSdt; text: string }> = [];
  const textBoxes: TextBoxParagraph[] = [];
  const pts: ParagraphText[] = [];
  const cells = new CellReader(model.styles);
  paragraphs.forEach((ip, index) => {
    const pt = paragraphText(ip.p);
    pts.push(pt);
    const styleId = wAttr(firstW(firstW(ip.p, "pPr"), "pStyle"), "val");
    out.push({
      text: pt.text,
      location: ip.location,
      headingLevel: headingLevel(model.styles, styleId),
      tableNestingLevel: ip.nesting,
      leaderTabs: leaderTabOffsets(ip.p, pt, {
        styles: model.styles,
        lineWidth: cellWidth(ip.cell, bodyWidth),
      }),
      superscripts: superscriptSpans(model, pt),
      footnoteRefs: pt.pieces.filter((x) => x.kind === "ref").map((x) => x.start),
      ...(pt.formTexts.length > 0 ? { formFields: pt.formTexts.map(([s, e]): [number, number] => [s, e]) } : {}),
      ...boxesOf(ip.p),
      ...(ip.at && ip.cell ? { cell: cells.read(ip.at, ip.cell, ip.p, ip.tableBase) } : {}),
    });
    for (const s of pt.sdts) {
      controls.push({
        sdt: {
          el: s.el,
          props: sdtProps(s.el),
          paragraph: index,
          lastParagraph: index,
          start: s.start,
          end: s.end,
          block: false,
        },
        text: pt.text.slice(s.start, s.end),
      });
    }
    collectTextBoxParagraphs(pt.textBoxes, index, textBoxes);
  });
  for (const b of blockSdts) {
    const inside = pts.slice(b.paragraph, b.lastParagraph).map((x) => x.text);
    const single = inside.length === 1;
    controls.push({ sdt: { ...b, end: single ? inside[0].length : -1 }, text: inside.join("\r") });
  }
  // Word lists controls in document order: by start paragraph, then offset; an outer block control first.
  controls.sort(
    (a, b) =>
      a.sdt.paragraph - b.sdt.paragraph ||
      a.sdt.start - b.sdt.start ||
      Number(b.sdt.block) - Number(a.sdt.block) ||
      b.sdt.end - a.sdt.end,
  );
  if (texts) texts.push(...pts);
  if (sdts) sdts.push(...controls.map((c) => c.sdt.props));
  return {
    paragraphs: out,
    contentControls: controls.map(({ sdt, text }) => toSnapshotControl(model, sdt, text)),
    textBoxes,
  };
}

function boxesOf(p: Element): { drawnBoxes?: DrawnBox[] } {
  const boxes = drawnBoxes(p);
  return boxes.length > 0 ? { drawnBoxes: boxes } : {};
}

function collectTextBoxParagraphs(boxes: Element[], anchor: number, out: TextBoxParagraph[]): void {
  for (const box of boxes) {
    for (const bp of storyParagraphs(box).paragraphs) {
      const pt = paragraphText(bp.p);
      out.push({ text: pt.text, anchorParagraph: anchor });
      collectTextBoxParagraphs(pt.textBoxes, anchor, out);
    }
  }
}

export function toSnapshotControl(model: SnapshotSource, sdt: IndexedSdt, text: string): SnapshotContentControl {
  const p = sdt.props;
  const fromDocPart = p.placeholderDocPart ? (model.docParts.get(p.placeholderDocPart) ?? null) : null;
  return {
    id: p.id,
    tag: p.tag,
    title: p.title,
    text,
    type: p.type,
    placeholder: fromDocPart ?? (p.showingPlaceholder ? text : null),
    showingPlaceholder: p.showingPlaceholder,
    cannotEdit: p.cannotEdit,
    paragraph: sdt.paragraph,
    start: sdt.start,
    end: sdt.end,
  };
}
