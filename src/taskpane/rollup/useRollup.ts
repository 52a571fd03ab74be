import { useCallback, useMemo, useState } from "react";
import {
  answerNumber,
  readReport as readAgainst,
  rollUp,
  totalsAsAnswers,
  type Field,
  type ReportReading,
  type Rollup,
} from "../../core/collect";
import { plain } from "../../core/collect/rollup";
import { parseNumber } from "../../core/values";
import { useI18n } from "../i18n";
import { readFiles, templateOf, type FileProblem, type PickedReport } from "./reports";
import type { CellRef, LeftReport, RollupNote, RollupProps, RollupState, ShownRow, TotalFill } from "./Rollup.types";
import { workbook, type Sheet, type SheetValue } from "./xlsx";

const FILE_NAME = "tong-hop.xlsx";
/** A total as the report writes figures, whatever the pane's language: 12.480; 1.250,5. */
const VIETNAMESE = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 9 });

/** A correction's key: the report's file and the field. */
const cellKey = (file: string, fieldId: string): string => `${file}\u0000${fieldId}`;

/** The readings with the user's corrections standing in for what the reports gave: certain, as the user says so. */
function corrected(
  reading: ReportReading,
  file: string,
  edits: ReadonlyMap<string, string>,
  kinds: ReadonlyMap<string, Field["kind"]>,
): ReportReading {
  let fields: ReportReading["fields"] | null = null;
  for (const [fieldId, kind] of kinds) {
    const typed = edits.get(cellKey(file, fieldId));
    if (typed === undefined) continue;
    fields ??= new Map(reading.fields);
    const value = typed.trim();
    const n = kind === "number" && value ? parseNumber(value) : null;
    fields.set(fieldId, {
      fieldId,
      value: value || null,
      number: n?.ok ? n.value : null,
      certainty: value ? "certain" : null,
      source: reading.fields.get(fieldId)?.source ?? "text",
      empty: !value,
      unplaced: false,
    });
  }
  return fields ? { ...reading, fields } : reading;
}

export function useRollup({ session, readReport, canDownload }: RollupProps): RollupState {
  const { t, lang } = useI18n();
  const { outcome, model, displayValue, setDraft, commitAll } = session;
  const [open, setOpenState] = useState(false);
  const [picked, setPicked] = useState<PickedReport[]>([]);
  const [problems, setProblems] = useState<FileProblem[]>([]);
  const [reading, setReading] = useState(0);
  const [edits, setEdits] = useState<ReadonlyMap<string, string>>(new Map());
  const [editing, setEditing] = useState<CellRef | null>(null);
  const [editText, setEditText] = useState("");
  const [copyText, setCopyText] = useState<string | null>(null);
  const [confirmingFill, setConfirmingFill] = useState(false);
  const [note, setNote] = useState<RollupNote | null>(null);

  // Prepared only once there are reports to read: the overview renders this hook on every scan.
  const anyPicked = picked.length > 0;
  const template = useMemo(() => (anyPicked ? templateOf(outcome) : null), [outcome, anyPicked]);
  const kinds = useMemo(() => new Map(template?.result.fields.map((f) => [f.id, f.kind])), [template]);
  // Read again when the open document changes (a rescan after filling it): the readings follow its fields.
  const readings = useMemo(
    () => (template ? picked.map((p) => ({ file: p.file, reading: readAgainst(template, p.report) })) : []),
    [template, picked],
  );
  const rolled: Rollup | null = useMemo(
    () =>
      template && readings.length > 0
        ? rollUp(
            template,
            readings.map((r) => ({ file: r.file, reading: corrected(r.reading, r.file, edits, kinds) })),
          )
        : null,
    [template, readings, edits, kinds],
  );

  const columns = useMemo(() => rolled?.columns ?? [], [rolled]);
  const rows: ShownRow[] = useMemo(
    () =>
      (rolled?.rows ?? []).map((r) => ({
        ...r,
        cells: r.cells.map((c, i) => ({ ...c, corrected: edits.has(cellKey(r.file, columns[i].fieldId)) })),
      })),
    [rolled, edits, columns],
  );
  const left: LeftReport[] = useMemo(
    () => [
      ...problems.map((p): LeftReport => ({ file: p.file, key: `rollup.reason.${p.reason}` })),
      ...(rolled?.notices ?? []).map((n): LeftReport => ({
        file: n.file,
        key: `rollup.reason.${n.reason}`,
        params: { unit: n.unit ?? "" },
      })),
    ],
    [problems, rolled],
  );
  const flaggedCount = rows.reduce((n, r) => n + r.cells.filter((c) => c.flag !== null).length, 0);

  const fills: TotalFill[] = useMemo(() => {
    if (!template || !rolled || !model) return [];
    const out: TotalFill[] = [];
    // Keyed by label, or by field id where two fields share a label (as `npm run fill` takes them).
    for (const [key, value] of Object.entries(totalsAsAnswers(template, rolled))) {
      const entry = model.byId.get(key) ?? model.entries.find((e) => plain(e.field.label.trim()) === plain(key.trim()));
      if (!entry || entry.field.readOnly) continue;
      const header = rolled.columns.find((c) => c.fieldId === entry.field.id)?.header;
      const n = parseNumber(value);
      out.push({
        fieldId: entry.field.id,
        label: header ?? entry.field.label,
        value: n.ok ? VIETNAMESE.format(n.value) : value,
        current: displayValue(entry),
      });
    }
    return out;
  }, [template, rolled, model, displayValue]);

  const pick = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      setNote(null);
      setCopyText(null);
      setReading(files.length);
      try {
        const got = await readFiles(files, readReport);
        setPicked((p) => [...p, ...got.read]);
        setProblems((p) => [...p, ...got.problems]);
      } finally {
        setReading(0);
      }
    },
    [readReport],
  );

  const clear = useCallback(() => {
    setPicked([]);
    setProblems([]);
    setEdits(new Map());
    setEditing(null);
    setCopyText(null);
    setConfirmingFill(false);
    setNote(null);
  }, []);

  const startEdit = useCallback(
    (cell: CellRef) => {
      setEditing(cell);
      setEditText(rows[cell.row]?.cells[cell.col]?.text ?? "");
    },
    [rows],
  );

  const saveEdit = useCallback(() => {
    if (!editing) return;
    const row = rows[editing.row];
    const column = columns[editing.col];
    if (row && column) setEdits((e) => new Map(e).set(cellKey(row.file, column.fieldId), editText));
    setEditing(null);
    setCopyText(null);
  }, [editing, rows, columns, editText]);

  /** A number as Excel reads it pasted in the pane's language: no grouping, the language's decimal mark. */
  const asText = useCallback((n: number) => (lang === "vi" ? answerNumber(n) : String(n)), [lang]);

  const mainSheet = useCallback((): Sheet => {
    const notes = new Map<string, string>();
    rows.forEach((r, line) =>
      r.cells.forEach((c, k) => {
        const why = [c.flag && t(`rollup.flag.${c.flag}`), c.corrected && t("rollup.corrected")].filter(Boolean);
        if (why.length > 0) notes.set(`${line + 1}:${k + 2}`, why.join(". "));
      }),
    );
    return {
      name: t("rollup.sheet.main"),
      lines: [
        [t("rollup.col.unit"), t("rollup.col.file"), ...columns.map((c) => c.header)],
        ...rows.map((r): SheetValue[] => [r.name, r.file, ...r.cells.map((c) => c.number ?? c.text)]),
        [t("rollup.total"), null, ...(rolled?.totals ?? [])],
      ],
      notes,
      totalLast: true,
    };
  }, [rows, columns, rolled, t]);

  const download = useCallback(async () => {
    if (!rolled) return;
    setNote(null);
    try {
      const tables = rolled.tables.map((tb, n): Sheet => ({
        name: t("rollup.sheet.table", { n: n + 1 }),
        lines: [["", ...tb.columns], ...tb.rows.map((label, r) => [label, ...tb.sums[r]])],
        notes: new Map(
          tb.flagged.flatMap((line, r) =>
            line.flatMap((f, k) => (f ? [[`${r + 1}:${k + 1}`, t("rollup.flag.doubtful")] as const] : [])),
          ),
        ),
        totalLast: false,
      }));
      const blob = await workbook([mainSheet(), ...tables]);
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = FILE_NAME;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch {
      setNote({ intent: "error", key: "rollup.downloadFailed" });
    }
  }, [rolled, mainSheet, t]);

  const showCopy = useCallback(() => {
    const cell = (v: SheetValue): string =>
      v === null ? "" : typeof v === "number" ? asText(v) : v.replace(/[\t\r\n]+/g, " ");
    setCopyText(
      mainSheet()
        .lines.map((line) => line.map(cell).join("\t"))
        .join("\n"),
    );
  }, [mainSheet, asText]);

  const askFill = useCallback(() => {
    if (fills.length === 0) setNote({ intent: "info", key: "rollup.fillNone" });
    else setConfirmingFill(true);
  }, [fills]);

  const fill = useCallback(async () => {
    setConfirmingFill(false);
    for (const f of fills) setDraft(f.fieldId, f.value);
    if (await commitAll()) setNote({ intent: "success", key: "rollup.filled", params: { count: fills.length } });
  }, [fills, setDraft, commitAll]);

  const setOpen = useCallback((next: boolean) => {
    setOpenState(next);
    setEditing(null);
    setConfirmingFill(false);
    if (next) setNote(null);
  }, []);

  return {
    open,
    setOpen,
    reading,
    pick,
    clear,
    columns,
    rows,
    totals: rolled?.totals ?? [],
    totalFlagged: rolled?.totalFlagged ?? [],
    flaggedCount,
    left,
    editing,
    editText,
    setEditText,
    startEdit,
    saveEdit,
    cancelEdit: () => setEditing(null),
    canDownload,
    download,
    copyText,
    showCopy,
    fills,
    confirmingFill,
    askFill,
    cancelFill: () => setConfirmingFill(false),
    fill,
    note,
  };
}
