import { Button, Caption1, Field, ProgressBar, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons/svg/add";
import { CheckmarkCircleRegular } from "@fluentui/react-icons/svg/checkmark-circle";
import { DocumentSearchRegular } from "@fluentui/react-icons/svg/document-search";
import { TextBulletListSquareRegular } from "@fluentui/react-icons/svg/text-bullet-list-square";
import { WarningRegular } from "@fluentui/react-icons/svg/warning";
import { HighlightRegular } from "@fluentui/react-icons/svg/highlight";
import { TableRegular } from "@fluentui/react-icons/svg/table";
import { useI18n } from "../i18n";
import { groupTarget, type OutlineGroup } from "../session/model";
import type { OverviewState } from "./Overview.types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  // Focus is put on the heading so screen readers start there; it is not a control, so no focus ring.
  focusHeading: { margin: 0, ":focus": { outlineStyle: "none" } },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "2px" },
  sectionButton: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    height: "auto",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  sectionText: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
  done: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  actions: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  emptyList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

function indentFor(group: OutlineGroup): string {
  return `${Math.max(0, Math.min(group.level, 4) - 1) * 12}px`;
}

export function renderOverview(state: OverviewState) {
  return <OverviewView {...state} />;
}

function OverviewView({ session, model, sections, more, tables, headingRef }: OverviewState) {
  const { t, formatNumber } = useI18n();
  const styles = useStyles();
  if (!model) return null;

  if (model.entries.length === 0) {
    return (
      <section className={styles.root} aria-labelledby="overview-empty-h">
        <h2 id="overview-empty-h" className={styles.focusHeading} tabIndex={-1} ref={headingRef}>
          <Subtitle2>{t("pane.empty.title")}</Subtitle2>
        </h2>
        <Text>{t("pane.empty.body")}</Text>
        <ul className={styles.emptyList}>
          <li>{t("pane.empty.dots")}</li>
          <li>{t("pane.empty.controls")}</li>
        </ul>
        <Text>{t("pane.empty.selection")}</Text>
        <Button icon={<AddRegular />} onClick={() => void session.addFromSelection()}>
          {t("pane.addFromSelection")}
        </Button>
      </section>
    );
  }

  const { filled, total } = model;
  const counts = { filled: formatNumber(filled), total: formatNumber(total) };
  const allFilled = filled === total;
  return (
    <section className={styles.root} aria-labelledby="overview-h">
      <h2 id="overview-h" className={styles.focusHeading} tabIndex={-1} ref={headingRef}>
        <Subtitle2>{t("pane.progress", counts)}</Subtitle2>
      </h2>
      <Field
        validationMessage={allFilled ? t("pane.allDone") : undefined}
        validationState={allFilled ? "success" : "none"}
      >
        <ProgressBar
          value={total === 0 ? 1 : filled / total}
          thickness="large"
          aria-label={t("pane.progressLabel")}
          aria-valuetext={t("pane.progress", counts)}
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => session.continueFilling()}>
          {allFilled ? t("pane.startOver") : filled === 0 ? t("pane.start") : t("pane.continue")}
        </Button>
        <Button icon={<DocumentSearchRegular />} onClick={() => session.setView("check")}>
          {t("pane.check")}
        </Button>
        <Button icon={<TextBulletListSquareRegular />} onClick={() => session.setView("all")}>
          {t("pane.allFields")}
        </Button>
        {/* The button says what a click does: highlight, or take the highlight off. */}
        <Button
          icon={<HighlightRegular />}
          appearance={session.highlight ? "primary" : "secondary"}
          onClick={() => void session.setHighlight(!session.highlight)}
        >
          {t(session.highlight ? "pane.unhighlight" : "pane.highlight")}
        </Button>
      </div>
      {sections.length > 0 && (
        <nav aria-labelledby="overview-sections-h">
          <h3 id="overview-sections-h" className={styles.heading}>
            <Caption1>{t("pane.sections")}</Caption1>
          </h3>
          <ul className={styles.list}>
            {sections.map((g) => {
              const title = g.title ?? t("pane.noSection");
              const status =
                g.empty > 0 ? t("pane.sectionEmpty", { count: formatNumber(g.empty) }) : t("pane.sectionDone");
              return (
                <li key={g.key} style={{ paddingInlineStart: indentFor(g) }}>
                  <Button
                    appearance="subtle"
                    className={styles.sectionButton}
                    aria-label={`${title} — ${status}`}
                    icon={
                      g.empty > 0 ? (
                        <WarningRegular className={styles.warn} />
                      ) : (
                        <CheckmarkCircleRegular className={styles.done} />
                      )
                    }
                    onClick={() => session.goToIndex(groupTarget(model, g))}
                  >
                    <span className={styles.sectionText}>
                      <span>{title}</span>
                      <Caption1>{status}</Caption1>
                    </span>
                  </Button>
                </li>
              );
            })}
          </ul>
          {more > 0 && <Caption1>{t("pane.moreSections", { count: formatNumber(more) })}</Caption1>}
        </nav>
      )}
      {tables.length > 0 && (
        <nav aria-labelledby="overview-tables-h">
          <h3 id="overview-tables-h" className={styles.heading}>
            <Caption1>{t("pane.grid.tables")}</Caption1>
          </h3>
          <ul className={styles.list}>
            {tables.map((g) => {
              const number = formatNumber(g.number);
              const title = g.title
                ? t("pane.grid.title", { number, title: g.title })
                : t("pane.grid.titleUntitled", { number });
              const count = t("pane.grid.count", { filled: formatNumber(g.filled), total: formatNumber(g.total) });
              return (
                <li key={g.table}>
                  <Button
                    appearance="subtle"
                    className={styles.sectionButton}
                    aria-label={`${title} — ${count}`}
                    icon={<TableRegular />}
                    onClick={() => session.setView(`grid:${g.table}`)}
                  >
                    <span className={styles.sectionText}>
                      <span>{title}</span>
                      <Caption1>{count}</Caption1>
                    </span>
                  </Button>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      <Button appearance="subtle" icon={<AddRegular />} onClick={() => void session.addFromSelection()}>
        {t("pane.addFromSelection")}
      </Button>
    </section>
  );
}
