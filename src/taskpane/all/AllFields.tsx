/**
 * Every field grouped by section, editable in place. Long documents (the 200× template has thousands of fields)
 * render through a virtualised list so the pane stays responsive; short ones render plainly.
 */
import { Button, Caption1, Subtitle2, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons/svg/arrow-left";
import { LocationRegular } from "@fluentui/react-icons/svg/location";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useMemo, useRef, useState, type ReactNode } from "react";
import { useI18n } from "../i18n";
import { useFocusOnMount } from "../useFocusOnMount";
import { FieldInput } from "../form/FieldInput";
import { focusBlank, groupBySection, type FieldEntry } from "../session/model";
import type { FillSession } from "../session/types";

/** Above this many rows the list is virtualised. */
export const VIRTUALISE_ABOVE = 150;

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
  const entries = session.model?.entries;

  const rows = useMemo<Row[]>(() => {
    const shown = (entries ?? []).filter((e) => !onlyEmpty || (!e.field.filled && !e.field.readOnly));
    const out: Row[] = [];
    for (const g of groupBySection(shown)) {
      out.push({ type: "section", key: `s:${g.key}:${g.entries[0].field.id}`, title: g.key || t("pane.noSection") });
      for (const entry of g.entries) out.push({ type: "field", key: entry.field.id, entry });
    }
    return out;
  }, [entries, onlyEmpty, t]);

  const renderRow = (row: Row) =>
    row.type === "section" ? (
      <h3 className={styles.sectionTitle}>
        <Text size={200} weight="semibold">
          {row.title}
        </Text>
      </h3>
    ) : (
      <div className={styles.row}>
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
      <Switch label={t("pane.all.filter")} checked={onlyEmpty} onChange={(_, d) => setOnlyEmpty(d.checked)} />
      {rows.length === 0 && <Caption1>{t("pane.all.nothingEmpty")}</Caption1>}
      {rows.length > VIRTUALISE_ABOVE ? (
        <VirtualRows rows={rows} render={renderRow} className={styles.scroller} />
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

function VirtualRows({ rows, render, className }: { rows: Row[]; render: (row: Row) => ReactNode; className: string }) {
  const parent = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent.current,
    estimateSize: (i) => (rows[i].type === "section" ? 36 : 72),
    overscan: 8,
    getItemKey: (i) => rows[i].key,
  });
  return (
    <div ref={parent} className={className}>
      <div style={{ height: virtualizer.getTotalSize(), position: "relative", width: "100%" }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            style={{ position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${item.start}px)` }}
          >
            {render(rows[item.index])}
          </div>
        ))}
      </div>
    </div>
  );
}
