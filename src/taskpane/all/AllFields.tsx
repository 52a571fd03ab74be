/**
 * Every field grouped by section, editable in place. Long documents (the 200× template has thousands of fields)
 * render through a virtualised list so the pane stays responsive; short ones render plainly.
 */
import { Button, Caption1, Subtitle2, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons/svg/arrow-left";
import { LocationRegular } from "@fluentui/react-icons/svg/location";
import { useCallback, useMemo, useState } from "react";
import { useI18n } from "../i18n";
import { useFocusOnMount } from "../useFocusOnMount";
import { FieldInput } from "../form/FieldInput";
import { focusBlank, groupBySection, type FieldEntry } from "../session/model";
import type { FillSession } from "../session/types";
import { VIRTUALISE_ABOVE, VirtualRows } from "../VirtualRows";

export { VIRTUALISE_ABOVE };

type Row = { type: "section"; key: string; title: string } | { type: "field"; key: string; entry: FieldEntry };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  top: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", gap: "4px" },
  heading: { margin: 0, ":focus": { outlineStyle: "none" } },
  sectionTitle: {
    margin: 0,
    paddingTop: tokens.spacingVerticalS,
    overflowWrap: "anywhere",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalXS, paddingBottom: "6px" },
  input: { flex: "1 1 auto", minWidth: 0 },
  scroller: { height: "70vh", overflowY: "auto", overflowX: "hidden", contain: "strict" },
});

export function AllFields({ session }: { session: FillSession }) {
  const { t } = useI18n();
  const styles = useStyles();
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

  const rows = useMemo<Row[]>(() => {
    const shown = (entries ?? []).filter(
      (e) => !onlyEmpty || kept.has(e.field.id) || (!e.field.filled && !e.field.readOnly),
    );
    const out: Row[] = [];
    for (const g of groupBySection(shown)) {
      out.push({ type: "section", key: `s:${g.key}:${g.entries[0].field.id}`, title: g.key || t("pane.noSection") });
      for (const entry of g.entries) out.push({ type: "field", key: entry.field.id, entry });
    }
    return out;
  }, [entries, onlyEmpty, kept, t]);

  const renderRow = (row: Row) =>
    row.type === "section" ? (
      <h3 className={styles.sectionTitle}>
        <Text size={200} weight="semibold">
          {row.title}
        </Text>
      </h3>
    ) : (
      <div className={styles.row} onFocus={() => keep(row.entry.field.id)}>
        <div className={styles.input}>
          <FieldInput entry={row.entry} session={session} onEnter={() => void session.commit(row.entry.field.id)} />
        </div>
        <Button
          appearance="subtle"
          icon={<LocationRegular />}
          aria-label={t("pane.all.jump", { label: row.entry.field.label })}
          title={t("pane.all.jump", { label: row.entry.field.label })}
          onClick={() => session.jump(focusBlank(row.entry).id)}
        />
      </div>
    );

  return (
    <section className={styles.root} aria-labelledby="all-h">
      <div className={styles.top}>
        <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={() => session.setView("overview")}>
          {t("pane.backToOverview")}
        </Button>
      </div>
      <h2 id="all-h" className={styles.heading} tabIndex={-1} ref={headingRef}>
        <Subtitle2>{t("pane.allFields")}</Subtitle2>
      </h2>
      <Switch label={t("pane.all.filter")} checked={onlyEmpty} onChange={(_, d) => filter(d.checked)} />
      {rows.length === 0 && <Caption1>{t("pane.all.nothingEmpty")}</Caption1>}
      {rows.length > VIRTUALISE_ABOVE ? (
        <VirtualRows
          rows={rows}
          render={renderRow}
          estimate={(row) => (row.type === "section" ? 36 : 72)}
          className={styles.scroller}
        />
      ) : (
        <div>
          {rows.map((row) => (
            <div key={row.key}>{renderRow(row)}</div>
          ))}
        </div>
      )}
    </section>
  );
}
