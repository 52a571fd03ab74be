import { useCallback, useMemo, useState } from "react";
import {
  readStandingFile,
  standingFrom,
  standingOffers,
  toStandingFile,
  STANDING_KEYS,
  type StandingKey,
  type StandingValues,
} from "../../core/standing";
import { fileText } from "../files";
import { declineSave, loadStanding, saveDeclined, saveStanding } from "./store";
import type { StandingAnswersProps, StandingAnswersState, StandingNote } from "./StandingAnswers.types";

const FILE_NAME = "thong-tin-co-quan.json";

export function useStandingAnswers({ session, canDownload }: StandingAnswersProps): StandingAnswersState {
  const [saved, setSaved] = useState<StandingValues>(loadStanding);
  const [declined, setDeclined] = useState(saveDeclined);
  const [offerAnswered, setOfferAnswered] = useState(false);
  const [open, setOpenState] = useState(false);
  const [edits, setEdits] = useState<StandingValues>({});
  const [exportText, setExportText] = useState<string | null>(null);
  const [confirmingForget, setConfirmingForget] = useState(false);
  const [note, setNote] = useState<StandingNote | null>(null);

  const { model, displayValue, setDraft, commitAll } = session;
  const entries = useMemo(() => model?.entries ?? [], [model]);
  const values = useMemo(
    () => Object.fromEntries(entries.map((e) => [e.field.id, displayValue(e)])),
    [entries, displayValue],
  );
  const fields = useMemo(() => entries.map((e) => e.field), [entries]);
  const offers = useMemo(
    () =>
      standingOffers(fields, saved, values).map((o) => ({
        ...o,
        label: entries.find((e) => e.field.id === o.fieldId)?.field.label ?? "",
      })),
    [fields, saved, values, entries],
  );
  const fromReport = useMemo(() => standingFrom(fields, values), [fields, values]);
  const nothingSaved = Object.keys(saved).length === 0;

  const store = useCallback((next: StandingValues): boolean => {
    if (!saveStanding(next)) {
      setNote({ intent: "error", key: "answers.notSaved" });
      return false;
    }
    setSaved(next);
    declineSave(false);
    setDeclined(false);
    return true;
  }, []);

  const fillOffers = useCallback(async () => {
    setOfferAnswered(true);
    for (const o of offers) setDraft(o.fieldId, o.value);
    if (await commitAll()) setNote({ intent: "success", key: "answers.filled", params: { count: offers.length } });
  }, [offers, setDraft, commitAll]);

  const saveFromReport = useCallback(() => {
    if (store({ ...saved, ...fromReport })) setNote({ intent: "success", key: "answers.saved" });
  }, [store, saved, fromReport]);

  const laterSave = useCallback(() => {
    declineSave(true);
    setDeclined(true);
  }, []);

  const setOpen = useCallback(
    (next: boolean) => {
      setOpenState(next);
      setEdits(saved);
      setExportText(null);
      setConfirmingForget(false);
      if (next) setNote(null);
    },
    [saved],
  );

  const setEdit = useCallback((key: StandingKey, value: string) => setEdits((e) => ({ ...e, [key]: value })), []);

  const takeFromReport = useCallback(() => setEdits((e) => ({ ...e, ...fromReport })), [fromReport]);

  const save = useCallback(() => {
    const next: StandingValues = {};
    for (const key of STANDING_KEYS) {
      const v = edits[key]?.trim();
      if (v) next[key] = v;
    }
    if (store(next)) setNote({ intent: "success", key: "answers.saved" });
  }, [edits, store]);

  const text = useCallback(() => JSON.stringify(toStandingFile(saved, new Date()), null, 2), [saved]);

  const exportAnswers = useCallback(() => {
    const url = URL.createObjectURL(new Blob([text()], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = FILE_NAME;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }, [text]);

  const showExport = useCallback(() => setExportText(text()), [text]);

  const importFile = useCallback(async (file: File) => {
    let content: string;
    try {
      content = await fileText(file);
    } catch {
      setNote({ intent: "error", key: "answers.error.unreadable", params: { name: file.name } });
      return;
    }
    const read = readStandingFile(content);
    if (!read.ok) {
      setNote({ intent: "error", key: `answers.error.${read.error}` });
      return;
    }
    setEdits((e) => ({ ...e, ...read.file.values }));
    setNote({ intent: "info", key: "answers.imported", params: { count: Object.keys(read.file.values).length } });
  }, []);

  const forget = useCallback(() => {
    setConfirmingForget(false);
    if (store({})) {
      setEdits({});
      setNote({ intent: "success", key: "answers.forgotten" });
    }
  }, [store]);

  return {
    canDownload,
    offers,
    showOffer: !offerAnswered && offers.length > 0,
    fillOffers,
    skipOffers: () => setOfferAnswered(true),
    suggestSave: nothingSaved && !declined && Object.keys(fromReport).length >= 2,
    saveFromReport,
    laterSave,
    open,
    setOpen,
    edits,
    setEdit,
    takeFromReport,
    save,
    exportText,
    exportAnswers,
    showExport,
    importFile,
    confirmingForget,
    askForget: () => setConfirmingForget(true),
    cancelForget: () => setConfirmingForget(false),
    forget,
    note,
  };
}
