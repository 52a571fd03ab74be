/**
 * The document drawn like a Word page, from the plain view model (React elements only: document text never goes
 * through innerHTML). The simulator's selection is drawn over the text; selecting text here reports the new
 * selection so the pane's "add field from selection" sees it.
 */
import { useCallback, useEffect, useRef, type CSSProperties, type ReactNode } from "react";
import type { Translate } from "../../i18n";
import type { RunFormat } from "./format";
import {
  isAnchorTag,
  type Block,
  type DocumentView as View,
  type InlineControl,
  type ParagraphBlock,
  type Segment,
  type TableBlock,
  type TableCellBlock,
} from "./model";
import { domSelectionToDoc, type DocSelection } from "./selection";
import type { CellBorders, Width } from "./table";

export interface DocumentViewProps {
  view: View;
  selection: DocSelection | null;
  onSelect: (sel: DocSelection) => void;
  /** Scroll the drawn selection into view when it changes (set when the pane moved it, not the user). */
  followSelection: boolean;
  t: Translate;
}

/** A stretch of one segment, cut at the selection's edges. */
interface Atom extends Segment {
  selected: boolean;
}

function runStyle(f: RunFormat): CSSProperties {
  const deco = [f.underline && "underline", f.strike && "line-through"].filter(Boolean).join(" ");
  return {
    fontWeight: f.bold ? 700 : undefined,
    fontStyle: f.italic ? "italic" : undefined,
    textDecoration: deco || undefined,
    backgroundColor: f.highlight ?? f.shading ?? undefined,
    color: f.color ?? undefined,
    fontSize: f.size ? `${f.size}pt` : undefined,
    fontFamily: f.font ? `"${f.font}", "Times New Roman", serif` : undefined,
    verticalAlign: f.vertAlign === "superscript" ? "super" : f.vertAlign === "subscript" ? "sub" : undefined,
    lineHeight: f.vertAlign ? 0 : undefined,
  };
}

function cut(segments: Segment[], sel: DocSelection | null, index: number): Atom[] {
  if (!sel || sel.paragraph !== index || sel.start === sel.end) {
    return segments.map((s) => ({ ...s, selected: false }));
  }
  const out: Atom[] = [];
  for (const s of segments) {
    if (s.kind !== "text" || s.end <= sel.start || s.start >= sel.end) {
      out.push({ ...s, selected: s.start >= sel.start && s.end <= sel.end && s.end > s.start });
      continue;
    }
    const a = Math.max(s.start, sel.start);
    const b = Math.min(s.end, sel.end);
    if (a > s.start) out.push({ ...s, end: a, text: s.text.slice(0, a - s.start), selected: false });
    out.push({ ...s, start: a, end: b, text: s.text.slice(a - s.start, b - s.start), selected: true });
    if (b < s.end) out.push({ ...s, start: b, text: s.text.slice(b - s.start), selected: false });
  }
  return out;
}

function atomElement(a: Atom, dotLeader: boolean): ReactNode {
  const key = `${a.start}-${a.kind}-${a.end}`;
  const common = {
    "data-o": a.start,
    "data-len": a.end - a.start,
    style: runStyle(a.format),
    className: [a.kind === "tab" ? (dotLeader ? "tab leader" : "tab") : "", a.selected ? "sel" : ""]
      .filter(Boolean)
      .join(" "),
  };
  if (a.kind === "break") {
    return (
      <span key={key} {...common}>
        {"\n"}
      </span>
    );
  }
  if (a.kind === "tab") {
    return (
      <span key={key} {...common}>
        {"\t"}
      </span>
    );
  }
  if (a.kind === "ref") {
    return (
      <sup key={key} {...common} aria-hidden="true" className="ref">
        *
      </sup>
    );
  }
  return (
    <span key={key} {...common}>
      {a.text}
    </span>
  );
}

function caret(offset: number): ReactNode {
  return <span key={`caret-${offset}`} className="caret" aria-hidden="true" />;
}

/** Atoms between `from` and `to`, wrapped in the inline content controls that hold them (nested ones too). */
function inline(
  atoms: Atom[],
  controls: InlineControl[],
  from: number,
  to: number,
  p: ParagraphBlock,
  sel: DocSelection | null,
  t: Translate,
  nested = false,
): ReactNode[] {
  const top = controls.filter((c) => !controls.some((o) => contains(o, c)));
  const inside = (c: InlineControl, a: Atom) =>
    a.end > a.start ? c.start <= a.start && a.end <= c.end : c.start < a.start && a.start < c.end;
  type Item = { at: number; order: number; node: () => ReactNode };
  const items: Item[] = [];
  for (const a of atoms) {
    if (a.start < from || a.end > to || (a.start === to && a.end === a.start && to !== p.text.length)) continue;
    if (top.some((c) => inside(c, a))) continue;
    items.push({ at: a.start, order: 2, node: () => atomElement(a, p.format.dotLeader) });
  }
  for (const c of top) {
    const inner = controls.filter((o) => contains(c, o));
    const anchor = isAnchorTag(c.tag);
    items.push({
      at: c.start,
      order: 1,
      node: () => (
        <span
          key={`cc-${c.start}-${c.end}-${c.tag}`}
          className={anchor ? "cc anchor" : "cc"}
          data-tag={c.tag}
          title={anchor ? t("preview.anchor", { title: c.title || c.tag }) : c.title || undefined}
        >
          {inline(
            atoms.filter((a) => inside(c, a)),
            inner,
            c.start,
            c.end,
            p,
            sel,
            t,
            true,
          )}
        </span>
      ),
    });
  }
  const caretAt = sel && sel.paragraph === p.index && sel.start === sel.end ? sel.start : -1;
  const within = nested ? caretAt > from && caretAt < to : caretAt >= from && caretAt <= to;
  if (within && !top.some((c) => c.start < caretAt && caretAt < c.end)) {
    items.push({ at: caretAt, order: 0, node: () => caret(caretAt) });
  }
  return items.sort((x, y) => x.at - y.at || x.order - y.order).map((i) => i.node());
}

function contains(outer: InlineControl, inner: InlineControl): boolean {
  return (
    outer !== inner &&
    outer.start <= inner.start &&
    outer.end >= inner.end &&
    outer.end - outer.start > inner.end - inner.start
  );
}

function Paragraph({ p, sel, t }: { p: ParagraphBlock; sel: DocSelection | null; t: Translate }) {
  const f = p.format;
  const style: CSSProperties = {
    textAlign: f.align,
    marginLeft: `${f.indentLeft}pt`,
    marginRight: `${f.indentRight}pt`,
    textIndent: f.firstLine ? `${f.firstLine}pt` : undefined,
    marginTop: `${f.spaceBefore}pt`,
    marginBottom: `${f.spaceAfter}pt`,
    lineHeight: f.lineHeight ? String(Math.max(1, f.lineHeight) * 1.15) : undefined,
    position: p.boxes.length > 0 ? "relative" : undefined,
  };
  const atoms = cut(p.segments, sel, p.index);
  const children = inline(atoms, p.controls, 0, p.text.length, p, sel, t);
  return (
    <p className="para" data-p={p.index} data-len={p.text.length} style={style}>
      {children}
      {p.text.length === 0 && <br />}
      {p.boxes.map((b, i) => (
        <span
          key={`box${i}`}
          className="box"
          aria-hidden="true"
          style={{
            position: "absolute",
            // Shapes stand from the text column's edge, the paragraph's box from its indent.
            left: `${b.x - f.indentLeft}pt`,
            top: `${b.y}pt`,
            width: `${b.width}pt`,
            height: `${b.height}pt`,
            boxSizing: "border-box",
            borderStyle: "solid",
            borderWidth: "0.75pt",
            borderColor: "#000000",
          }}
        />
      ))}
    </p>
  );
}

const SIDES = ["Top", "Right", "Bottom", "Left"] as const;
/** The cell being filled: an outline inside its lines, in the colour of the drawn caret. */
const CURRENT_CELL: CSSProperties = {
  outlineStyle: "solid",
  outlineWidth: "2px",
  outlineColor: "#2b579a",
  outlineOffset: "-2px",
};

function cssWidth(w: Width): string {
  return w.unit === "pct" ? `${w.value}%` : `${w.value}pt`;
}

function borderStyle(b: CellBorders): CSSProperties {
  const out: Record<string, string> = {};
  for (const side of SIDES) {
    const line = b[side.toLowerCase() as keyof CellBorders];
    out[`border${side}Style`] = line ? line.style : "none";
    if (line) {
      out[`border${side}Width`] = `${line.width}pt`;
      out[`border${side}Color`] = line.color;
    }
  }
  return out;
}

/** The cell's paragraphs, not those of a table nested in it (that table's own cells show its selection). */
function cellParagraphs(blocks: Block[], out: ParagraphBlock[] = []): ParagraphBlock[] {
  for (const b of blocks) {
    if (b.type === "paragraph") out.push(b);
    else if (b.type === "control") cellParagraphs(b.blocks, out);
  }
  return out;
}

/**
 * Whether the selection stands for the whole cell, as when the pane selects a cell blank: it covers all the text
 * of its paragraph but spaces (an empty cell's is a caret), and the cell's other paragraphs are empty.
 */
function holdsCellSelection(cell: TableCellBlock, sel: DocSelection | null): boolean {
  if (!sel) return false;
  const ps = cellParagraphs(cell.blocks);
  const p = ps.find((x) => x.index === sel.paragraph);
  return (
    !!p &&
    p.text.slice(0, sel.start).trim() === "" &&
    p.text.slice(sel.end).trim() === "" &&
    ps.every((x) => x === p || x.text.trim() === "")
  );
}

function Table({ table, sel, t }: { table: TableBlock; sel: DocSelection | null; t: Translate }) {
  const total = table.columns.reduce((a, b) => a + b, 0);
  const pct = table.width?.unit === "pct" ? table.width.value : null;
  // With a grid, columns are drawn at the grid's widths, as Word lays them out; without one the browser fits them.
  const fixed = total > 0;
  const style: CSSProperties = {
    tableLayout: fixed ? "fixed" : undefined,
    width: pct !== null ? `${pct}%` : fixed ? `${total}pt` : table.width ? cssWidth(table.width) : undefined,
    marginLeft: table.align === "left" ? (table.indent ? `${table.indent}pt` : undefined) : "auto",
    marginRight: table.align === "center" ? "auto" : undefined,
  };
  return (
    <table className="tbl" style={style}>
      {fixed && (
        <colgroup>
          {table.columns.map((w, i) => (
            <col key={i} style={{ width: pct !== null ? `${(100 * w) / total}%` : `${w}pt` }} />
          ))}
        </colgroup>
      )}
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r} style={{ height: row.height ? `${row.height}pt` : undefined }}>
            {row.cells.map((cell, c) => {
              const current = holdsCellSelection(cell, sel);
              return (
                <td
                  key={c}
                  colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                  rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                  className={current ? "current" : undefined}
                  aria-current={current || undefined}
                  style={{
                    width: !fixed && cell.width ? cssWidth(cell.width) : undefined,
                    backgroundColor: cell.shading ?? undefined,
                    verticalAlign: cell.vAlign,
                    paddingLeft: `${cell.padding.left}pt`,
                    paddingRight: `${cell.padding.right}pt`,
                    ...borderStyle(cell.borders),
                    ...(current ? CURRENT_CELL : {}),
                  }}
                >
                  <Blocks blocks={cell.blocks} sel={sel} t={t} />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Blocks({ blocks, sel, t }: { blocks: Block[]; sel: DocSelection | null; t: Translate }) {
  return (
    <>
      {blocks.map((b, i) => {
        if (b.type === "paragraph") return <Paragraph key={`p${b.index}`} p={b} sel={sel} t={t} />;
        if (b.type === "table") return <Table key={`t${i}`} table={b} sel={sel} t={t} />;
        const anchor = isAnchorTag(b.tag);
        return (
          <div
            key={`c${i}`}
            className={anchor ? "cc block anchor" : "cc block"}
            data-tag={b.tag}
            title={anchor ? t("preview.anchor", { title: b.title || b.tag }) : b.title || undefined}
          >
            <Blocks blocks={b.blocks} sel={sel} t={t} />
          </div>
        );
      })}
    </>
  );
}

export function DocumentView({ view, selection, onSelect, followSelection, t }: DocumentViewProps) {
  const root = useRef<HTMLDivElement>(null);
  const report = useCallback(() => {
    const el = root.current;
    if (!el) return;
    const sel = domSelectionToDoc(el, el.ownerDocument.getSelection());
    if (sel) onSelect(sel);
  }, [onSelect]);

  useEffect(() => {
    if (!followSelection || !selection) return;
    const el =
      root.current?.querySelector(".sel, .caret") ?? root.current?.querySelector(`[data-p="${selection.paragraph}"]`);
    el?.scrollIntoView?.({ block: "center", behavior: "smooth" });
  }, [followSelection, selection]);

  const { page } = view;
  const pageStyle: CSSProperties = {
    width: `${page.width}pt`,
    paddingLeft: `${page.marginLeft}pt`,
    paddingRight: `${page.marginRight}pt`,
    paddingTop: `${page.marginTop / 2}pt`,
    paddingBottom: `${page.marginBottom / 2}pt`,
  };
  return (
    <div className="page" style={pageStyle} ref={root} onMouseUp={report} onKeyUp={report}>
      {view.header.length > 0 && (
        <div className="story header" aria-label={t("preview.header")} role="region">
          <Blocks blocks={view.header} sel={selection} t={t} />
        </div>
      )}
      <div className="story body">
        <Blocks blocks={view.body} sel={selection} t={t} />
      </div>
      {view.footer.length > 0 && (
        <div className="story footer" aria-label={t("preview.footer")} role="region">
          <Blocks blocks={view.footer} sel={selection} t={t} />
        </div>
      )}
    </div>
  );
}
