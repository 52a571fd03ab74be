import "../../i18n/check";
import "../../i18n/form";
import { useEffect, useMemo, useRef, useState } from "react";
import { CHECK_ORDER } from "../../core/findings";
import type { Blank, Finding, FindingType } from "../../core/types";
import { useI18n } from "../i18n";
import { useFocusOnMount } from "../useFocusOnMount";
import type { CheckGroup, CheckProps, CheckRow, CheckState } from "./Check.types";

function findingText(f: Finding): string {
  const p = f.params ?? {};
  const text = p.text ?? p.title ?? p.heading ?? p.note ?? p.label;
  return text !== undefined ? String(text) : f.message;
}

const PART = /^(phần|part)\b/iu;
const NUMBER = /^\s*([IVXLC]{1,6}|\d{1,2}|\p{Ll})[.)]\s/u;

/**
 * A place named as a clerk finds it: the numbers of its headings ("mục III.5"), under its part when the document
 * has parts (each part numbers its items from I again); a heading without a number by its text.
 */
function placeName(path: string[] | undefined, t: ReturnType<typeof useI18n>["t"]): string {
  if (!path || path.length === 0) return t("pane.check.place.top");
  const part = path.find((h) => PART.test(h.trim()));
  const numbers = path.flatMap((h) => NUMBER.exec(h)?.[1] ?? []);
  if (numbers.length === 0) return (part ?? path[path.length - 1]).trim();
  const number = numbers.join(".");
  return part ? t("pane.check.place.inPart", { part: part.trim(), number }) : t("pane.check.place.section", { number });
}

/** A group's rows: empty places under their sections, the other findings as they come. */
function rowsOf(type: FindingType, items: Finding[]): CheckRow[] {
  const rows: CheckRow[] = [];
  let section: string | null = null;
  items.forEach((f, i) => {
    if (type === "empty-blank") {
      const key = (f.section ?? []).join(" › ");
      if (key !== section) rows.push({ type: "section", key: `s:${i}:${key}`, title: key });
      section = key;
    }
    rows.push({ type: "item", key: `${f.type}:${f.paragraph}:${f.blankId ?? i}`, finding: f });
  });
  return rows;
}

export function useCheck({ session }: CheckProps): CheckState {
  const { t, lang } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [confirming, setConfirming] = useState(false);
  const [unwritten, setUnwritten] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const result = session.outcome?.result;
  const model = session.model;

  const blankById = useMemo(() => new Map<string, Blank>((result?.blanks ?? []).map((b) => [b.id, b])), [result]);
  const groups = useMemo<CheckGroup[]>(() => {
    const byType = new Map<FindingType, Finding[]>();
    for (const f of result?.findings ?? []) {
      const list = byType.get(f.type) ?? [];
      list.push(f);
      byType.set(f.type, list);
    }
    return CHECK_ORDER.filter((type) => byType.has(type)).map((type) => {
      const items = byType.get(type)!;
      return { type, count: items.length, rows: rowsOf(type, items) };
    });
  }, [result]);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  /** An empty place is named by its field; a date part also by the part, so "ngày" and "tháng" are told apart. */
  const placeLabel = (f: Finding): string | undefined => {
    const blank = f.blankId ? blankById.get(f.blankId) : undefined;
    if (!blank || !model) return undefined;
    const field = model.byId.get(blank.fieldId);
    const label = field?.field.label ?? blank.label;
    const part = blank.datePart;
    if (part !== "day" && part !== "month" && part !== "year") return label;
    const parts = field?.blanks.filter((b) => b.datePart === "day" || b.datePart === "month" || b.datePart === "year");
    if (!parts || parts.length < 2) return label;
    return t("pane.check.item.datePart", { label, part: t(`pane.form.datePart.${part}`).toLocaleLowerCase(lang) });
  };

  const dismissed = session.dismissed ?? [];
  const leftNotes = (result?.findings ?? []).filter((f) => f.type === "guidance-note").map(findingText);

  // A value typed but not written would be missing from the finished document: write it first, or stop.
  const finalize = async () => {
    setConfirming(false);
    const written = await session.commitAll();
    setUnwritten(!written);
    if (written) await session.finalize();
  };

  return {
    session,
    ready: !!result && !!model,
    groups,
    emptyLeft: groups.find((g) => g.type === "empty-blank")?.count ?? 0,
    warnings: groups.reduce((n, g) => (g.type === "empty-blank" ? n : n + g.count), dismissed.length),
    dismissed,
    leftNotes,
    placeOf: (path) => placeName(path, t),
    pending: Object.keys(session.drafts).length,
    confirming,
    setConfirming,
    unwritten,
    headingRef,
    confirmRef,
    labelOf: (f) => (f.type === "empty-blank" ? (placeLabel(f) ?? findingText(f)) : findingText(f)),
    fieldOf: (f) => {
      const fieldId = f.type === "empty-blank" && f.blankId ? blankById.get(f.blankId)?.fieldId : undefined;
      return fieldId && model?.byId.has(fieldId) ? fieldId : undefined;
    },
    // Every finding has a place: a blank is selected itself, anything else by its paragraph.
    jumpOf: (f) => {
      const { jump, jumpToParagraph } = session;
      if (f.blankId) return () => jump(f.blankId!);
      return jumpToParagraph ? () => jumpToParagraph(f.paragraph) : null;
    },
    finalize,
  };
}
