import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { PickReports, ReportDialog } from "./ReportDialog";
import type { RollupState, ShownCell } from "./Rollup.types";

const useStyles = makeStyles({
  surface: { maxWidth: "min(960px, calc(100vw - 16px))", boxSizing: "border-box", padding: tokens.spacingHorizontalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // The table scrolls in its own box, both ways; the page around it never scrolls sideways.
  scroll: { maxWidth: "100%", maxHeight: "60vh", overflow: "auto", border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: "separate", borderSpacing: 0, fontSize: tokens.fontSizeBase200 },
  th: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    minWidth: "7em",
    maxWidth: "12em",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    textAlign: "left",
    verticalAlign: "bottom",
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: "normal",
  },
  // The unit's name stays in view while the figures scroll under it.
  first: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    minWidth: "6em",
    maxWidth: "9em",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  corner: { zIndex: 2, top: 0 },
  td: { padding: 0, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: "left" },
  number: { textAlign: "right" },
  // One line a row: a long text is cut with an ellipsis, whole in the cell's tooltip and in its editor.
  cell: {
    display: "block",
    width: "100%",
    maxWidth: "14em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    minHeight: "28px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    background: "none",
    font: "inherit",
    color: "inherit",
    textAlign: "inherit",
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  // Marked in colour and with a sign, for readers who do not see the colour.
  flagged: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  corrected: { fontStyle: "italic" },
  total: {
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    textAlign: "right",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  copy: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export function renderRollup(state: RollupState) {
  return <RollupView {...state} />;
}

function RollupView(s: RollupState) {
  const { t, formatNumber } = useI18n();
  const styles = useStyles();
  const shown = (c: ShownCell): string => (c.number !== null ? formatNumber(c.number) : (c.text ?? ""));
  const sign = (c: ShownCell): string => (c.flag ? " ⚠" : c.corrected ? " ✎" : "");
  const editing = s.editing && {
    unit: s.rows[s.editing.row]?.name ?? "",
    field: s.columns[s.editing.col]?.header ?? "",
  };
  const note = s.note && { intent: s.note.intent, text: t(s.note.key, s.note.params) };
  const any = s.rows.length + s.left.length > 0;

  return (
    <ReportDialog
      open={s.open}
      setOpen={s.setOpen}
      title={t("rollup.title")}
      note={note}
      surfaceClassName={styles.surface}
      actions={<Button onClick={() => s.setOpen(false)}>{t("rollup.close")}</Button>}
    >
      <Caption1>{t("rollup.intro")}</Caption1>
      <div className={styles.row}>
        <PickReports
          label={any ? t("rollup.pickMore") : t("rollup.pick")}
          multiple
          primary
          disabled={s.reading > 0}
          onFiles={(files) => void s.pick(files)}
        />
        {any && <Button onClick={s.clear}>{t("rollup.clear")}</Button>}
      </div>
      {s.reading > 0 && <Spinner size="small" label={t("rollup.reading", { count: s.reading })} />}
      {s.rows.length > 0 && (
        <>
          <Caption1 role="status">
            {t("rollup.summary", { rows: s.rows.length, columns: s.columns.length })}
            {s.flaggedCount > 0 && ` ${t("rollup.flaggedCount", { count: s.flaggedCount })}`}
          </Caption1>
          <div className={styles.scroll} role="region" aria-label={t("rollup.tableLabel")} tabIndex={0}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col" className={mergeClasses(styles.th, styles.first, styles.corner)}>
                    {t("rollup.col.unit")}
                  </th>
                  {s.columns.map((c) => (
                    <th key={c.fieldId} scope="col" className={styles.th}>
                      {c.header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {s.rows.map((r, row) => (
                  <tr key={r.file}>
                    <th scope="row" className={styles.first} title={r.file}>
                      {r.name}
                    </th>
                    {r.cells.map((c, col) => {
                      const why = [c.flag && t(`rollup.flag.${c.flag}`), c.corrected && t("rollup.corrected")].filter(
                        Boolean,
                      );
                      const field = s.columns[col].header;
                      return (
                        <td
                          key={s.columns[col].fieldId}
                          className={mergeClasses(
                            styles.td,
                            s.columns[col].kind === "number" && styles.number,
                            c.flag !== null && styles.flagged,
                            c.corrected && styles.corrected,
                          )}
                        >
                          <button
                            type="button"
                            className={styles.cell}
                            title={[shown(c), ...why].join(" — ")}
                            aria-label={[t("rollup.edit", { field, unit: r.name, value: shown(c) }), ...why].join(". ")}
                            onClick={() => s.startEdit({ row, col })}
                          >
                            {shown(c)}
                            {sign(c)}
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" className={styles.first}>
                    {t("rollup.total")}
                  </th>
                  {s.totals.map((n, i) => (
                    <td
                      key={s.columns[i].fieldId}
                      className={mergeClasses(styles.total, s.totalFlagged[i] && styles.flagged)}
                      title={s.totalFlagged[i] ? t("rollup.totalFlagged") : undefined}
                    >
                      {n === null ? "" : formatNumber(n)}
                      {s.totalFlagged[i] && " ⚠"}
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
      {editing && (
        <div className={styles.row}>
          <Field label={t("rollup.editLabel", editing)}>
            <Input
              autoFocus
              value={s.editText}
              onChange={(_, d) => s.setEditText(d.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") s.saveEdit();
                else if (e.key === "Escape") {
                  e.stopPropagation();
                  s.cancelEdit();
                }
              }}
            />
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" onClick={s.saveEdit}>
              {t("rollup.editSave")}
            </Button>
            <Button onClick={s.cancelEdit}>{t("rollup.editCancel")}</Button>
          </div>
        </div>
      )}
      {s.left.length > 0 && (
        <section aria-label={t("rollup.left.title")}>
          <Caption1>
            <strong>{t("rollup.left.title")}</strong>
          </Caption1>
          <ul className={styles.list}>
            {s.left.map((l, i) => (
              <li key={`${l.file}:${i}`}>{t("rollup.left.item", { file: l.file, reason: t(l.key, l.params) })}</li>
            ))}
          </ul>
        </section>
      )}
      {s.rows.length > 0 && (
        <div className={styles.row}>
          {s.canDownload && (
            <Button appearance="primary" onClick={() => void s.download()}>
              {t("rollup.download")}
            </Button>
          )}
          <Button onClick={s.showCopy}>{t("rollup.copy")}</Button>
          <Button onClick={s.askFill}>{t("rollup.fill")}</Button>
        </div>
      )}
      {s.copyText !== null && (
        <Field label={t("rollup.copyHint")}>
          <Textarea className={styles.copy} readOnly resize="vertical" rows={6} value={s.copyText} />
        </Field>
      )}
      {s.confirmingFill && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("rollup.fillConfirm", { count: s.fills.length })}
            <ul className={styles.list}>
              {s.fills.map((f) => (
                <li key={f.fieldId}>
                  {f.label}: <strong>{f.value}</strong>
                  {f.current && f.current !== f.value && ` (${t("rollup.fillReplaces", { value: f.current })})`}
                </li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void s.fill()}>
              {t("rollup.fillYes")}
            </Button>
            <Button onClick={s.cancelFill}>{t("rollup.fillNo")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </ReportDialog>
  );
}
