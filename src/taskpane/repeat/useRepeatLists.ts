import { useCallback, useMemo, useState } from "react";
import { repeatGroups, repeatLine } from "../../core/repeat";
import { t } from "../../i18n";
import type { ListLine, RepeatList, RepeatListsProps, RepeatListsState } from "./RepeatLists.types";

export function useRepeatLists({ session }: RepeatListsProps): RepeatListsState {
  const { outcome, setDraft, commit, repeatParagraph, removeNote: takeNote, addSpans } = session;
  const [names, setNames] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<RepeatListsState["message"]>(null);

  const lists = useMemo((): RepeatList[] => {
    if (!outcome) return [];
    const texts = outcome.snapshot.paragraphs.map((p) => p.text);
    const blanks = outcome.result.blanks;
    // A list is offered where the template asks for one line per item, or once the user has grown one.
    return repeatGroups(texts, blanks)
      .filter((g) => g.note || g.lines.length > 1)
      .map((g) => {
        const example = g.lines[0].item?.text ?? "";
        const lines = g.lines.map((l, i): ListLine => {
          const named = l.item?.blankId ? blanks.find((b) => b.id === l.item!.blankId) : null;
          const copy = i > 0 && !named && l.item?.text === example;
          return {
            paragraph: l.paragraph,
            name: named ? (named.filled ? named.text : null) : copy ? null : (l.item?.text ?? null),
          };
        });
        return { key: g.lines[0].paragraph, noun: g.note?.noun ?? null, example, lines, note: g.note };
      });
  }, [outcome]);

  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }, []);

  const addLine = useCallback(
    (list: RepeatList) =>
      run(async () => {
        const name = (names[list.key] ?? "").trim();
        if (!name) {
          setMessage({ intent: "error", key: "repeat.nameNeeded" });
          return;
        }
        const last = list.lines[list.lines.length - 1].paragraph;
        const out = await repeatParagraph?.(last);
        if (!out) return;
        const at = last + 1;
        const line = repeatLine(at, out.snapshot.paragraphs[at]?.text ?? "", out.result.blanks);
        if (!line.item) return;
        const label = t("vi", "repeat.itemLabel", { noun: list.noun ?? "mục", n: list.lines.length + 1 });
        const named = await addSpans([{ paragraph: at, start: line.item.start, end: line.item.end, label }]);
        const blank = named?.result.blanks.find((b) => b.paragraph === at && b.start === line.item!.start);
        if (!blank) return;
        setDraft(blank.fieldId, name);
        if (await commit(blank.fieldId)) setNames((n) => ({ ...n, [list.key]: "" }));
      }),
    [run, names, repeatParagraph, addSpans, setDraft, commit],
  );

  const removeLine = useCallback(
    (_list: RepeatList, line: ListLine) =>
      run(async () => {
        const text = outcome?.snapshot.paragraphs[line.paragraph]?.text;
        if (text !== undefined) await takeNote?.(line.paragraph, text);
      }),
    [run, outcome, takeNote],
  );

  const removeNote = useCallback(
    (list: RepeatList) =>
      run(async () => {
        if (!list.note) return;
        if (await takeNote?.(list.note.paragraph, list.note.text))
          setMessage({ intent: "success", key: "repeat.noteRemoved" });
      }),
    [run, takeNote],
  );

  return {
    lists,
    canEdit: !!repeatParagraph && !!takeNote,
    busy: busy || session.refreshing,
    names,
    setName: (list, name) => setNames((n) => ({ ...n, [list]: name })),
    addLine,
    removeLine,
    removeNote,
    message,
  };
}
