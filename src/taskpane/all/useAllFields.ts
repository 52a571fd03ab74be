import { useCallback, useMemo, useState } from "react";
import { useI18n } from "../i18n";
import { groupBySection } from "../session/model";
import { useFocusOnMount } from "../useFocusOnMount";
import type { AllFieldsProps, AllFieldsRow, AllFieldsState } from "./AllFields.types";

export function useAllFields({ session }: AllFieldsProps): AllFieldsState {
  const { t } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [onlyEmpty, setOnlyEmpty] = useState(false);
  // Fields the user has worked on since the filter was last set: filling one must not pull its row (and the
  // keyboard focus in it) out from under the user. They go when the filter is set again.
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set());
  const keep = useCallback((fieldId: string) => {
    setKept((k) => (k.has(fieldId) ? k : new Set(k).add(fieldId)));
  }, []);
  const filter = (on: boolean) => {
    setKept(new Set());
    setOnlyEmpty(on);
  };
  const entries = session.model?.entries;

  const rows = useMemo<AllFieldsRow[]>(() => {
    const shown = (entries ?? []).filter(
      (e) => !onlyEmpty || kept.has(e.field.id) || (!e.field.filled && !e.field.readOnly),
    );
    const out: AllFieldsRow[] = [];
    for (const g of groupBySection(shown)) {
      out.push({ type: "section", key: `s:${g.key}:${g.entries[0].field.id}`, title: g.key || t("pane.noSection") });
      for (const entry of g.entries) out.push({ type: "field", key: entry.field.id, entry });
    }
    return out;
  }, [entries, onlyEmpty, kept, t]);

  return { session, rows, onlyEmpty, filter, keep, headingRef };
}
