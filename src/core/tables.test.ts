import { scan } from "./index";
import type { Blank, DocumentSnapshot, SnapshotCell, SnapshotParagraph } from "./types";

type Spec = string | { text: string; span?: number; vMerge?: "restart" | "continue"; open?: boolean; header?: boolean };

const BOXED = { top: true, left: true, bottom: true, right: true };
const OPEN = { top: false, left: false, bottom: false, right: false };

/** One table's paragraphs: rows of cells, a cell given as its text or with its span, merge and borders. */
function table(index: number, rows: Spec[][], borders = true): SnapshotParagraph[] {
  const out: SnapshotParagraph[] = [];
  rows.forEach((row, r) => {
    let gridCol = 0;
    row.forEach((spec, col) => {
      const s = typeof spec === "string" ? { text: spec } : spec;
      const cell: SnapshotCell = {
        table: index,
        row: r,
        col,
        gridCol,
        gridSpan: s.span ?? 1,
        borders: borders && !s.open ? BOXED : OPEN,
        ...(s.vMerge ? { vMerge: s.vMerge } : {}),
        ...(s.header ? { header: true } : {}),
      };
      gridCol += s.span ?? 1;
      for (const line of s.text.split("\n")) out.push({ text: line, location: "table", tableNestingLevel: 1, cell });
    });
  });
  return out;
}

const body = (text: string): SnapshotParagraph => ({ text, location: "body" });
const snap = (...parts: Array<SnapshotParagraph | SnapshotParagraph[]>): DocumentSnapshot => ({
  paragraphs: parts.flat(),
  contentControls: [],
});
const cells = (blanks: Blank[]) => blanks.filter((b) => b.cell);

describe("cells as fields", () => {
  const letterHead = table(
    0,
    [
      ["UBND XÃ AN BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["Số:  /BC-UBND", ""],
    ],
    false,
  );
  const stats = table(1, [
    [
      { text: "STT", vMerge: "restart" },
      { text: "Đơn vị", vMerge: "restart" },
      { text: "Số hội viên (người)", span: 2 },
      { text: "Diện tích (ha)", vMerge: "restart" },
    ],
    [
      { text: "", vMerge: "continue" },
      { text: "", vMerge: "continue" },
      "Hội Nông dân",
      "Hội Phụ nữ",
      { text: "", vMerge: "continue" },
    ],
    [{ text: "Tổng số", span: 2 }, "", "", ""],
    ["1", "Thôn Đông", "", "\u00a0", "..."],
    ["2", "Thôn Tây", "12", "", "-"],
  ]);

  test("an empty cell under a column header and beside a row label is a blank named by both", () => {
    const r = scan({ snapshot: snap(letterHead, body("BÁO CÁO"), stats) });
    const got = cells(r.blanks).map((b) => [b.label, b.kind, b.unit, b.cell!.role]);
    expect(got).toEqual([
      ["Tổng số — Số hội viên (người) — Hội Nông dân", "number", "người", "total"],
      ["Tổng số — Số hội viên (người) — Hội Phụ nữ", "number", "người", "total"],
      ["Tổng số — Diện tích (ha)", "number", "ha", "total"],
      ["1. Thôn Đông — Số hội viên (người) — Hội Nông dân", "number", "người", "data"],
      ["1. Thôn Đông — Số hội viên (người) — Hội Phụ nữ", "number", "người", "data"],
      ["1. Thôn Đông — Diện tích (ha)", "number", "ha", "data"],
      ["2. Thôn Tây — Số hội viên (người) — Hội Phụ nữ", "number", "người", "data"],
      ["2. Thôn Tây — Diện tích (ha)", "number", "ha", "data"],
    ]);
    // The letter's head, the merged continuations and the total row's empty ordinal are not asked for.
    expect(r.blanks.filter((b) => b.cell?.table === 0)).toEqual([]);
    // Each cell is a field of its own, never linked to its neighbour by the empty text around it.
    expect(new Set(cells(r.blanks).map((b) => b.fieldId)).size).toBe(8);
  });

  test("an empty cell spans its spaces; one of dots keeps the dots' span", () => {
    const r = scan({ snapshot: snap(stats) });
    const nbsp = r.blanks.find((b) => b.label === "1. Thôn Đông — Số hội viên (người) — Hội Phụ nữ")!;
    expect([nbsp.source, nbsp.start, nbsp.end, nbsp.original]).toEqual(["cell", 0, 1, "\u00a0"]);
    const empty = r.blanks.find((b) => b.label === "Tổng số — Diện tích (ha)")!;
    expect([empty.source, empty.start, empty.end]).toEqual(["cell", 0, 0]);
    const dots = r.blanks.find((b) => b.label === "1. Thôn Đông — Diện tích (ha)")!;
    expect([dots.source, dots.original]).toEqual(["text", "..."]);
  });

  test("a borderless table (letter head, signatures) gives no cell blank", () => {
    const sign = table(
      0,
      [
        ["Nơi nhận:\n- Như trên;", "", "CHỦ TỊCH"],
        ["", "", ""],
      ],
      false,
    );
    expect(cells(scan({ snapshot: snap(sign) }).blanks)).toEqual([]);
  });

  test("a register's pre-drawn rows are blanks by row number, the ordinal cell marked", () => {
    const reg = table(0, [
      [
        { text: "Tháng/năm", span: 2 },
        { text: "Tên cơ sở đào tạo", vMerge: "restart" },
      ],
      ["Từ", "Đến", { text: "", vMerge: "continue" }],
      ["", "", ""],
      ["", "", ""],
    ]);
    const r = scan({ snapshot: snap(body("Đào tạo chuyên môn"), reg) });
    expect(cells(r.blanks).map((b) => [b.label, b.kind])).toEqual([
      ["Dòng 1 — Tháng/năm — Từ", "date"],
      ["Dòng 1 — Tháng/năm — Đến", "date"],
      ["Dòng 1 — Tên cơ sở đào tạo", "text"],
      ["Dòng 2 — Tháng/năm — Từ", "date"],
      ["Dòng 2 — Tháng/năm — Đến", "date"],
      ["Dòng 2 — Tên cơ sở đào tạo", "text"],
    ]);
    const list = table(0, [
      ["STT", "Họ và tên"],
      ["", ""],
    ]);
    expect(cells(scan({ snapshot: snap(list) }).blanks).map((b) => [b.label, b.cell!.role])).toEqual([
      ["Dòng 1 — STT", "ordinal"],
      ["Dòng 1 — Họ và tên", "data"],
    ]);
  });

  test("a header row repeated inside the table counts once", () => {
    const t = table(0, [
      [
        { text: "Đơn vị", header: true },
        { text: "Số lượng", header: true },
      ],
      ["Xã A", ""],
      ["Đơn vị", "Số lượng"],
      ["Xã B", ""],
    ]);
    expect(cells(scan({ snapshot: snap(t) }).blanks).map((b) => b.label)).toEqual([
      "Xã A — Số lượng",
      "Xã B — Số lượng",
    ]);
  });

  test("group rows carry subtotals; a made choice, a form row and an 'and so on' row give no blank", () => {
    const t = table(0, [
      ["TT", "Nội dung", "Điểm tối đa", "Điểm tự chấm", "Đạt", "Không đạt"],
      ["1", "Phẩm chất", "20", "", "", ""],
      ["-", "Ý thức kỷ luật", "10", "", "X", ""],
      ["-", "Tác phong", "10", "", "", ""],
      ["2", "Ghi rõ: ………", "", "", "", ""],
      ["", "……", "", "", "", ""],
    ]);
    const r = cells(scan({ snapshot: snap(t) }).blanks);
    expect(r.map((b) => [b.cell!.row, b.cell!.gridCol, b.cell!.role])).toEqual([
      [1, 3, "subtotal"],
      [1, 4, "subtotal"],
      [1, 5, "subtotal"],
      [3, 3, "data"],
      [3, 4, "data"],
      [3, 5, "data"],
    ]);
  });

  test("bordered boxes among borderless spacers are tick boxes labelled by their option", () => {
    const t = table(0, [
      [{ text: "", open: true }, "", { text: "", open: true }, ""],
      [
        { text: "Hoàn thành tốt\n(Loại A)", span: 2, open: true },
        { text: "Không hoàn thành\n(Loại B)", span: 2, open: true },
      ],
    ]);
    const r = cells(scan({ snapshot: snap(t) }).blanks);
    expect(r.map((b) => [b.label, b.checkbox, b.cell!.role])).toEqual([
      ["Hoàn thành tốt (Loại A)", true, "checkbox"],
      ["Không hoàn thành (Loại B)", true, "checkbox"],
    ]);
  });

  test("a filled cell keeps its id and shows its value", () => {
    const snapshot = snap(stats);
    const first = scan({ snapshot });
    const b = first.blanks.find((x) => x.label === "1. Thôn Đông — Số hội viên (người) — Hội Phụ nữ")!;
    const filled = structuredClone(snapshot);
    filled.paragraphs[b.paragraph].text = "35";
    const again = scan({
      snapshot: filled,
      filled: [{ blankId: b.id, original: "\u00a0", value: "35", paragraph: b.paragraph, start: 0, end: 2 }],
    });
    const same = again.blanks.find((x) => x.id === b.id)!;
    expect([same.label, same.filled, same.value, same.cell?.gridCol]).toEqual([b.label, true, "35", 3]);
  });
});

describe("tick boxes and form fields in the text", () => {
  test("each □ is a tick box named by the option before it", () => {
    const r = scan({ snapshot: snap(body("3.1. Động sản: Có □\u00a0\u00a0\u00a0\u00a0 Không có □")) });
    expect(r.blanks.map((b) => [b.original, b.label, b.checkbox])).toEqual([
      ["□", "Động sản: Có", true],
      ["□", "Không có", true],
    ]);
  });

  test("an empty legacy form field is a blank; one showing words is not", () => {
    const p = body("Tại xã \u2002\u2002\u2002\u2002\u2002 - huyện Đăk Tô, thôn Một");
    p.formFields = [
      [7, 12],
      [36, 39],
    ];
    const r = scan({ snapshot: snap(p) });
    expect(r.blanks.map((b) => [b.start, b.end])).toEqual([[7, 12]]);
  });
});

describe("digit boxes", () => {
  test("boxes drawn after a label are one field of as many characters", () => {
    const box = (i: number) => ({ x: 2286000 + i * 247650, y: 19685, width: 247650, height: 180975 });
    const p = body("Số CCCD/CMND(*):");
    p.drawnBoxes = [
      ...Array.from({ length: 12 }, (_, i) => box(i)),
      { x: 0, y: 400000, width: 2000000, height: 500000 },
    ];
    const r = scan({ snapshot: snap(p) });
    expect(r.blanks.map((b) => [b.label, b.source, b.start, b.end, b.digitBoxes])).toEqual([
      ["Số CCCD/CMND", "boxes", 16, 16, { count: 12 }],
    ]);
    // Three boxes are not a number's grid.
    p.drawnBoxes = [box(0), box(1), box(2)];
    expect(scan({ snapshot: snap(p) }).blanks).toEqual([]);
  });

  test("a run of narrow empty cells after a label cell is one field; headed narrow columns are not", () => {
    const grid = table(0, [["Mã số thuế:", ...Array.from({ length: 10 }, () => "")]]).map((p, i) => ({
      ...p,
      cell: { ...p.cell!, widthTwips: i === 0 ? 2400 : 340 },
    }));
    const r = scan({ snapshot: snap(grid) });
    expect(r.blanks.map((b) => [b.label, b.source, b.digitBoxes?.count, b.digitBoxes?.paragraphs?.length])).toEqual([
      ["Mã số thuế", "boxes", 10, 10],
    ]);
    const stats = table(0, [
      ["Đơn vị", "SL", "%", "SL", "%"],
      ["Xã A", "", "", "", ""],
    ]).map((p) => ({ ...p, cell: { ...p.cell!, widthTwips: p.cell!.gridCol === 0 ? 2400 : 400 } }));
    expect(scan({ snapshot: snap(stats) }).blanks.map((b) => b.label)).toEqual([
      "Xã A — SL",
      "Xã A — %",
      "Xã A — SL",
      "Xã A — %",
    ]);
  });
});

describe("tables without a plain header row", () => {
  test("a title row spanning the table stands above the column headers, not in their path", () => {
    const t = table(0, [[{ text: "BIỂU SỐ LIỆU NĂM 2024", span: 2 }], ["Đơn vị", "Số hộ (hộ)"], ["Thôn 1", ""]]);
    expect(cells(scan({ snapshot: snap(t) }).blanks).map((b) => [b.label, b.unit])).toEqual([
      ["Thôn 1 — Số hộ (hộ)", "hộ"],
    ]);
  });

  test("a table asking one thing per row names each empty cell by the label beside it", () => {
    const t = table(0, [
      ["Họ và tên:", ""],
      ["Ngày sinh", ""],
      ["Ghi rõ: ……", ""],
    ]);
    expect(cells(scan({ snapshot: snap(t) }).blanks).map((b) => [b.label, b.kind])).toEqual([
      ["Họ và tên", "text"],
      ["Ngày sinh", "date"],
    ]);
    // One such row alone is not enough to tell a form from a table's stray empty cell.
    expect(cells(scan({ snapshot: snap(table(0, [["Ý kiến khác", ""]])) }).blanks)).toEqual([]);
  });
});
