import "../../i18n/views";
import "../../i18n/grid";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons/svg/arrow-left";
import { DismissRegular } from "@fluentui/react-icons/svg/dismiss";
import { useI18n } from "../i18n";
import { focusBlank } from "../session/model";
import type { GridState } from "./Grid.types";
import { cellName } from "./tables";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  top: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", gap: "4px" },
  heading: { margin: 0, overflowWrap: "anywhere", ":focus": { outlineStyle: "none" } },
  // The grid scrolls in its own box, so a wide table never makes the pane scroll sideways.
  scroller: {
    maxWidth: "100%",
    maxHeight: "65vh",
    overflowX: "auto",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  table: { borderCollapse: "separate", borderSpacing: 0, fontSize: tokens.fontSizeBase200 },
  colHead: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    padding: "4px",
    minWidth: "6em",
    maxWidth: "12em",
    verticalAlign: "bottom",
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  // Row labels stay in view while the grid scrolls sideways; narrow enough to leave room for the cells at 320 px.
  rowHead: {
    position: "sticky",
    left: 0,
    padding: "4px",
    width: "8em",
    minWidth: "6em",
    maxWidth: "8em",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: "anywhere",
    backgroundColor: tokens.colorNeutralBackground2,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  corner: { zIndex: 2, left: 0 },
  cell: { padding: "2px", verticalAlign: "top", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  // The offered sum sits under its total cell, as wide as the cell, so the grid keeps its columns.
  sum: { display: "flex", width: "7em", minWidth: 0, marginTop: "2px", fontVariantNumeric: "tabular-nums" },
  input: {
    boxSizing: "border-box",
    width: "7em",
    font: "inherit",
    padding: "4px 6px",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus": {
      outlineWidth: "2px",
      outlineStyle: "solid",
      outlineColor: tokens.colorBrandStroke1,
      outlineOffset: "-1px",
    },
  },
  invalid: {
    borderTopColor: tokens.colorPaletteRedBorder2,
    borderRightColor: tokens.colorPaletteRedBorder2,
    borderBottomColor: tokens.colorPaletteRedBorder2,
    borderLeftColor: tokens.colorPaletteRedBorder2,
  },
  pasted: { backgroundColor: tokens.colorBrandBackground2 },
  hole: { backgroundColor: tokens.colorNeutralBackground4 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  choices: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function renderGrid(state: GridState) {
  return <GridView {...state} />;
}

function GridView(state: GridState) {
  const { session, embedded, table, layout, totals, offered, pasted, summary, question, gridRef, headingRef } = state;
  const { t, formatNumber } = useI18n();
  const styles = useStyles();
  const title = table
    ? table.title
      ? t("pane.grid.title", { number: formatNumber(table.number), title: table.title })
      : t("pane.grid.titleUntitled", { number: formatNumber(table.number) })
    : "";

  const labelledBy = embedded?.labelledBy ?? "grid-h";

  return (
    <section className={styles.root} aria-labelledby={labelledBy}>
      {!embedded && (
        <>
          <div className={styles.top}>
            <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={() => session.setView("overview")}>
              {t("pane.backToOverview")}
            </Button>
            {table && (
              <Button appearance="primary" onClick={state.writeAll}>
                {t("pane.grid.writeAll")}
              </Button>
            )}
          </div>
          <h2 id="grid-h" className={styles.heading} tabIndex={-1} ref={headingRef}>
            <Subtitle2>{title}</Subtitle2>
          </h2>
        </>
      )}
      {table ? (
        <>
          {!embedded && (
            <Caption1>
              {t("pane.grid.count", { filled: formatNumber(table.filled), total: formatNumber(table.total) })}
            </Caption1>
          )}
          <Caption1>{t("pane.grid.hint")}</Caption1>
          {offered.size > 0 && <Caption1>{t("pane.grid.sumHint")}</Caption1>}
        </>
      ) : (
        <Caption1>{t("pane.grid.gone")}</Caption1>
      )}
      {question && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("pane.grid.question", { sample: question.sample })}</MessageBarBody>
          <MessageBarActions>
            <div className={styles.choices}>
              <Button onClick={() => state.answer("en")}>
                {t("pane.grid.asThousands", { value: question.asThousands })}
              </Button>
              <Button onClick={() => state.answer("vi")}>
                {t("pane.grid.asDecimal", { value: question.asDecimal })}
              </Button>
              <Button appearance="subtle" onClick={() => state.answer(null)}>
                {t("pane.grid.cancel")}
              </Button>
            </div>
          </MessageBarActions>
        </MessageBar>
      )}
      {summary && (
        <MessageBar
          intent={summary.rowsLeft + summary.colsLeft + summary.skipped > 0 ? "warning" : "info"}
          layout="multiline"
        >
          <MessageBarBody>
            <MessageBarTitle>
              {t("pane.grid.pasted", { count: formatNumber(summary.count), from: summary.from })}
            </MessageBarTitle>
            {summary.converted && <div>{t("pane.grid.converted", summary.converted)}</div>}
            {summary.rowsLeft + summary.colsLeft + summary.skipped > 0 && (
              <>
                <div>{t("pane.grid.didNotFit")}</div>
                <ul className={styles.list}>
                  {summary.rowsLeft > 0 && (
                    <li>{t("pane.grid.rowsLeft", { count: formatNumber(summary.rowsLeft) })}</li>
                  )}
                  {summary.colsLeft > 0 && (
                    <li>{t("pane.grid.colsLeft", { count: formatNumber(summary.colsLeft) })}</li>
                  )}
                  {summary.skipped > 0 && <li>{t("pane.grid.skipped", { count: formatNumber(summary.skipped) })}</li>}
                </ul>
              </>
            )}
            <div>{embedded ? t("pane.grid.notWrittenStep") : t("pane.grid.notWritten")}</div>
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                icon={<DismissRegular />}
                aria-label={t("pane.grid.close")}
                onClick={state.dismissSummary}
              />
            }
          >
            <Button onClick={state.undo}>{t("pane.grid.undo")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {table && (
        <div className={styles.scroller}>
          <table className={styles.table} ref={gridRef} aria-labelledby={labelledBy}>
            <thead>
              <tr>
                <th scope="col" className={mergeClasses(styles.colHead, styles.rowHead, styles.corner)}>
                  {t("pane.grid.rowHeader")}
                </th>
                {layout.columns.map((col) => (
                  <th key={col.gridCol} scope="col" className={styles.colHead}>
                    {col.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {layout.rows.map((row, r) => (
                <tr key={row.row}>
                  <th scope="row" className={styles.rowHead}>
                    {row.label}
                  </th>
                  {layout.columns.map((col, c) => {
                    const entry = layout.cells[r][c];
                    if (!entry) return <td key={col.gridCol} className={mergeClasses(styles.cell, styles.hole)} />;
                    const id = entry.field.id;
                    const invalid = !!session.validation[id];
                    const sum = totals[id];
                    return (
                      <td key={col.gridCol} className={styles.cell}>
                        <input
                          className={mergeClasses(
                            styles.input,
                            pasted.has(id) && styles.pasted,
                            invalid && styles.invalid,
                          )}
                          placeholder={sum && t("pane.grid.sumShort", { sum })}
                          title={sum && t("pane.grid.sum", { sum })}
                          data-cell={`${r}:${c}`}
                          data-pasted={pasted.has(id) || undefined}
                          aria-label={cellName(layout, r, c)}
                          aria-invalid={invalid || undefined}
                          inputMode={entry.field.kind === "number" ? "decimal" : undefined}
                          readOnly={entry.field.readOnly}
                          value={session.displayValue(entry)}
                          onChange={(e) => session.setDraft(id, e.target.value)}
                          onFocus={() => session.jump(focusBlank(entry).id)}
                          onBlur={() => void session.commit(id)}
                          onKeyDown={(e) => state.onKeyDown(r, c, e)}
                          onPaste={(e) => state.onPaste(r, c, e)}
                        />
                        {offered.has(id) && (
                          <Button
                            size="small"
                            appearance="subtle"
                            className={styles.sum}
                            aria-label={t("pane.grid.useSum", { sum, cell: cellName(layout, r, c) })}
                            onClick={() => state.acceptSum(id)}
                          >
                            {t("pane.grid.sumShort", { sum })}
                          </Button>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {table && state.addRow && (
        <div>
          <Button onClick={state.addRow} disabled={state.adding}>
            {t("pane.grid.addRow")}
          </Button>
        </div>
      )}
    </section>
  );
}
