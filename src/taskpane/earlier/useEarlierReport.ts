import { useCallback, useState } from "react";
import { isSameTemplate, readReport as readAgainst, type ReportReading } from "../../core/collect";
import { readFiles, templateOf } from "../rollup/reports";
import type { FieldEntry } from "../session/model";
import type { EarlierNote, EarlierOffer, EarlierReportProps, EarlierReportState } from "./EarlierReport.types";

/**
 * A date as the form takes it (d/m/yyyy), from the parts the report wrote in the field's blanks and those the
 * template prints (`ngày ..... tháng 6 năm 2017`); null while a part is unknown.
 */
function wholeDate(entry: FieldEntry, reading: ReportReading): string | null {
  const parts: Partial<Record<"day" | "month" | "year", string>> = {};
  for (const [part, n] of Object.entries(entry.field.printedDate ?? {}))
    if (n !== undefined) parts[part as "day"] = String(n);
  const written = new Map(reading.blanks.map((b) => [b.blankId, b.value]));
  for (const b of entry.blanks) {
    const value = written.get(b.id);
    if (!value) continue;
    if (!b.datePart || b.datePart === "date") return value;
    if (b.datePart === "day" || b.datePart === "month" || b.datePart === "year") parts[b.datePart] = value;
  }
  const { day, month, year } = parts;
  return day && month && year ? `${day}/${month}/${year}` : null;
}

export function useEarlierReport({ session, readReport }: EarlierReportProps): EarlierReportState {
  const { outcome, model, displayValue, setDraft, commitAll } = session;
  const [open, setOpenState] = useState(false);
  const [reading, setReading] = useState(false);
  const [name, setName] = useState<string | null>(null);
  const [offers, setOffers] = useState<EarlierOffer[]>([]);
  const [note, setNote] = useState<EarlierNote | null>(null);

  const pick = useCallback(
    async (file: File) => {
      if (!outcome || !model) return;
      setNote(null);
      setOffers([]);
      setName(file.name);
      setReading(true);
      try {
        const { read, problems } = await readFiles([file], readReport);
        if (problems.length > 0) {
          const reason = `rollup.reason.${problems[0].reason}` as const;
          setNote({ intent: "error", key: "rollup.earlier.notRead", params: { name: file.name }, reason });
          return;
        }
        const reading = readAgainst(templateOf(outcome)!, read[0].report);
        if (!isSameTemplate(reading)) {
          setNote({ intent: "warning", key: "rollup.earlier.otherTemplate", params: { name: file.name } });
          return;
        }
        const found: EarlierOffer[] = [];
        for (const entry of model.entries) {
          const r = reading.fields.get(entry.field.id);
          if (entry.field.readOnly || !r?.value || !r.certainty) continue;
          const value = entry.field.kind === "date" ? wholeDate(entry, reading) : r.value;
          const current = displayValue(entry);
          if (value === null || current === value) continue;
          // What the document already holds, or a value the report's words cast doubt on, waits for a tick.
          found.push({
            fieldId: entry.field.id,
            label: entry.field.label,
            value,
            certainty: r.certainty,
            current,
            chosen: !current && r.certainty !== "doubtful",
          });
        }
        setOffers(found);
        if (found.length === 0) setNote({ intent: "info", key: "rollup.earlier.none", params: { name: file.name } });
      } finally {
        setReading(false);
      }
    },
    [outcome, model, readReport, displayValue],
  );

  const toggle = useCallback(
    (fieldId: string) => setOffers((os) => os.map((o) => (o.fieldId === fieldId ? { ...o, chosen: !o.chosen } : o))),
    [],
  );

  const chosen = offers.filter((o) => o.chosen);

  const fill = useCallback(async () => {
    const writing = offers.filter((o) => o.chosen);
    if (writing.length === 0) return;
    for (const o of writing) setDraft(o.fieldId, o.value);
    if (await commitAll()) {
      setOffers([]);
      setNote({ intent: "success", key: "rollup.earlier.filled", params: { count: writing.length } });
    }
  }, [offers, setDraft, commitAll]);

  const setOpen = useCallback((next: boolean) => {
    setOpenState(next);
    if (next) {
      setNote(null);
      setOffers([]);
      setName(null);
    }
  }, []);

  return { open, setOpen, reading, pick, name, offers, toggle, chosenCount: chosen.length, fill, note };
}
