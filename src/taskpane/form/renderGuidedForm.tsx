import "../../i18n/views";
import "../../i18n/form";
import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons/svg/arrow-left";
import { ArrowRightRegular } from "@fluentui/react-icons/svg/arrow-right";
import { AddRegular } from "@fluentui/react-icons/svg/add";
import { DismissRegular } from "@fluentui/react-icons/svg/dismiss";
import { NextRegular } from "@fluentui/react-icons/svg/next";
import { Grid } from "../grid/Grid";
import { useI18n } from "../i18n";
import { formLabel, sectionKey } from "../session/model";
import { FieldInput } from "./FieldInput";
import type { GuidedFormState } from "./GuidedForm.types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  top: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", gap: "4px" },
  heading: { margin: 0, overflowWrap: "anywhere" },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  context: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
  mark: {
    // A blank of spaces must show its width, or the user cannot see where it is.
    whiteSpace: "pre-wrap",
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    outline: `1px solid ${tokens.colorPaletteYellowBorderActive}`,
  },
  // Previous and Next share the first row in equal halves; the actions on this field follow, each row filled, so
  // at 320 px no button is left alone at the end of a line.
  steps: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, "& > *": { flex: "1 1 auto" } },
  wrap: { overflowWrap: "anywhere" },
});

export function renderGuidedForm(state: GuidedFormState) {
  return <GuidedFormView {...state} />;
}

function GuidedFormView(state: GuidedFormState) {
  const { session, entry, index, total, save, context, isFirst, isLast, inputId, onEnter, takeKey } = state;
  const { t, tKey, formatNumber } = useI18n();
  const styles = useStyles();
  const back = (
    <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={() => session.setView("overview")}>
      {t("pane.backToOverview")}
    </Button>
  );

  if (!entry) {
    return (
      <section className={styles.root} aria-labelledby={`${inputId}-h`}>
        <div className={styles.top}>{back}</div>
        <h2 id={`${inputId}-h`} className={styles.heading}>
          <Subtitle2>{t("pane.appTitle")}</Subtitle2>
        </h2>
        {session.goneValue !== null && (
          <MessageBar intent="warning">
            <MessageBarBody>{t("pane.form.gone", { value: session.goneValue })}</MessageBarBody>
          </MessageBar>
        )}
      </section>
    );
  }

  const steps = (
    <div className={styles.steps}>
      <Button disabled={isFirst} icon={<ArrowLeftRegular />} onClick={state.previous}>
        {t("pane.form.previous")}
      </Button>
      <Button appearance="primary" icon={<ArrowRightRegular />} iconPosition="after" onClick={state.next}>
        {isLast ? t("pane.form.finish") : t("pane.form.next")}
      </Button>
    </div>
  );
  const status = (
    <div role="status" aria-live="polite">
      {session.lastSave?.state === "saving" && <Caption1>{t("pane.save.saving")}</Caption1>}
      {session.lastSave?.state === "saved" && save?.state !== "failed" && <Caption1>{t("pane.save.saved")}</Caption1>}
    </div>
  );

  if (state.table) {
    const { grid, first, last } = state.table;
    const name = grid.title
      ? t("pane.grid.title", { number: formatNumber(grid.number), title: grid.title })
      : t("pane.grid.titleUntitled", { number: formatNumber(grid.number) });
    return (
      <section className={styles.root} aria-labelledby={`${inputId}-h`}>
        <div className={styles.top}>
          {back}
          <Caption1>{t("pane.form.positionTable", { from: first + 1, to: last + 1, total })}</Caption1>
        </div>
        <Caption1 className={styles.wrap}>
          {entry.section.length > 0 ? sectionKey(entry.section) : t("pane.noSection")}
        </Caption1>
        <h2 id={`${inputId}-h`} className={styles.heading}>
          <Subtitle2>
            {t("pane.form.tableStep", {
              title: name,
              filled: formatNumber(grid.filled),
              total: formatNumber(grid.total),
            })}
          </Subtitle2>
        </h2>
        <Grid
          key={grid.table}
          session={session}
          table={grid.table}
          embedded={{ labelledBy: `${inputId}-h`, onDone: state.next }}
        />
        {status}
        {steps}
        <div className={styles.actions}>
          <Button appearance="secondary" icon={<NextRegular />} onClick={state.skip}>
            {t("pane.form.skip")}
          </Button>
          <Button appearance="secondary" icon={<AddRegular />} onClick={() => void session.addFromSelection()}>
            {t("pane.addFromSelection")}
          </Button>
        </div>
        <Text size={200}>{t("pane.form.tableHint")}</Text>
      </section>
    );
  }

  const { field } = entry;
  const kind = field.multiline ? "multiline" : field.kind;
  const failed = save?.state === "failed" ? save : null;

  return (
    <section className={styles.root} aria-labelledby={`${inputId}-h`}>
      <div className={styles.top}>
        {back}
        <Caption1>{t("pane.form.position", { index: index + 1, total })}</Caption1>
      </div>
      <Caption1 className={styles.wrap}>
        {entry.section.length > 0 ? sectionKey(entry.section) : t("pane.noSection")}
      </Caption1>
      <h2 id={`${inputId}-h`} className={styles.heading}>
        <Subtitle2>{formLabel(field)}</Subtitle2>
      </h2>
      <div className={styles.badges}>
        <Badge appearance="tint">{t(`pane.kind.${kind}`)}</Badge>
        {entry.blanks.length > 1 && (
          <>
            <Badge appearance="tint" color="informative">
              {t("pane.form.linked", { count: entry.blanks.length })}
            </Badge>
            <Button size="small" appearance="subtle" onClick={() => void session.split(field.id)}>
              {t("pane.form.split")}
            </Button>
          </>
        )}
      </div>
      {context && (
        <figure style={{ margin: 0 }}>
          <figcaption>
            <Caption1>{t("pane.form.context")}</Caption1>
          </figcaption>
          <p className={styles.context}>
            {context.before}
            <mark className={styles.mark} aria-label={t("pane.form.blankMark")}>
              {context.blank}
            </mark>
            {context.after}
          </p>
        </figure>
      )}
      <FieldInput
        key={field.id}
        id={inputId}
        entry={entry}
        session={session}
        autoFocus
        onEnter={onEnter}
        takeKey={takeKey}
      />
      {status}
      {failed && (
        <MessageBar intent="error">
          <MessageBarBody>{t("pane.save.failed", { reason: tKey(`word.error.${failed.error.code}`) })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void session.commitField(field.id)}>{t("pane.retry")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {save?.state === "moved" && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("pane.save.moved")}</MessageBarBody>
        </MessageBar>
      )}
      {save?.state === "byHand" && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("pane.save.byHand")}</MessageBarBody>
        </MessageBar>
      )}
      {steps}
      <div className={styles.actions}>
        <Button appearance="secondary" icon={<NextRegular />} onClick={state.skip}>
          {t("pane.form.skip")}
        </Button>
        {!field.readOnly && (
          <Button appearance="secondary" icon={<DismissRegular />} onClick={() => void session.dismiss(field.id)}>
            {t("pane.form.dismiss")}
          </Button>
        )}
        <Button appearance="secondary" icon={<AddRegular />} onClick={() => void session.addFromSelection()}>
          {t("pane.addFromSelection")}
        </Button>
      </div>
      <Text size={200}>{field.multiline ? t("pane.form.ctrlEnterHint") : t("pane.form.enterHint")}</Text>
    </section>
  );
}
