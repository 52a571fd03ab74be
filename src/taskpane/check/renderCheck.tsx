import "../../i18n/views";
import "../../i18n/check";
import {
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons/svg/arrow-left";
import { CheckmarkCircleRegular } from "@fluentui/react-icons/svg/checkmark-circle";
import { LocationRegular } from "@fluentui/react-icons/svg/location";
import type { Finding } from "../../core/types";
import { DismissedList } from "../DismissedList";
import { useI18n } from "../i18n";
import { TrackingNotice } from "../tracking/TrackingChanges";
import { VIRTUALISE_ABOVE, VirtualRows } from "../VirtualRows";
import type { CheckRow, CheckState } from "./Check.types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, ":focus": { outlineStyle: "none" } },
  group: { margin: 0, overflowWrap: "anywhere" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "2px" },
  item: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalXS },
  itemText: { flex: "1 1 auto", minWidth: 0, overflowWrap: "anywhere", paddingTop: "6px" },
  sub: { margin: 0, paddingTop: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  done: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  doneIcon: { color: tokens.colorPaletteGreenForeground1, fontSize: "24px", flexShrink: 0 },
  finish: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
  left: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  scroller: { height: "60vh", overflowY: "auto", overflowX: "hidden", contain: "strict" },
});

export function renderCheck(state: CheckState) {
  return <CheckView {...state} />;
}

function CheckView(state: CheckState) {
  const { session, groups, emptyLeft, warnings, pending, confirming, setConfirming, unwritten, dismissed } = state;
  const { t, formatNumber } = useI18n();
  const styles = useStyles();
  if (!state.ready) return null;

  const item = (f: Finding) => {
    const label = state.labelOf(f);
    const text = t(`pane.check.item.${f.type}`, { ...f.params, label, text: label });
    const fieldId = state.fieldOf(f);
    const jump = state.jumpOf(f);
    return (
      <div className={styles.item}>
        <Text className={styles.itemText}>
          {fieldId ? (
            // The place is empty: the quickest fix is to fill it, so the name opens the form there.
            <Link as="button" onClick={() => session.goTo(fieldId, "check")} title={t("pane.check.fill")}>
              {text}
            </Link>
          ) : (
            text
          )}{" "}
          <Caption1>({state.placeOf(f.section)})</Caption1>
        </Text>
        {f.type === "guidance-note" && session.removeNote && (
          // Only the parenthesised instruction goes; a notice offers to put it back.
          <Button
            appearance="subtle"
            size="small"
            aria-label={`${t("pane.note.remove")}: ${label}`}
            onClick={() => void session.removeNote?.(f.paragraph, String(f.params?.text ?? ""))}
          >
            {t("pane.note.remove")}
          </Button>
        )}
        {jump && (
          <Button
            appearance="subtle"
            icon={<LocationRegular />}
            aria-label={`${t("pane.check.jump")}: ${label}`}
            title={t("pane.check.jump")}
            onClick={jump}
          />
        )}
      </div>
    );
  };

  const sub = (title: string) => (
    <h4 className={styles.sub}>
      <Text size={200} weight="semibold">
        {title || t("pane.noSection")}
      </Text>
    </h4>
  );

  /** Plain lists for short groups, one per section of empty places; a virtualised list for long ones. */
  const list = (rows: CheckRow[]) => {
    if (rows.length > VIRTUALISE_ABOVE) {
      return (
        <VirtualRows
          rows={rows}
          render={(row) => (row.type === "section" ? sub(row.title) : item(row.finding))}
          estimate={(row) => (row.type === "section" ? 28 : 40)}
          className={styles.scroller}
        />
      );
    }
    const blocks: Array<{ key: string; title: string | null; items: Finding[] }> = [];
    for (const row of rows) {
      if (row.type === "section") blocks.push({ key: row.key, title: row.title, items: [] });
      else if (blocks.length === 0) blocks.push({ key: "all", title: null, items: [row.finding] });
      else blocks[blocks.length - 1].items.push(row.finding);
    }
    return blocks.map((b, bi) => (
      <div key={b.key}>
        {b.title !== null && sub(b.title)}
        <ul className={styles.list}>
          {b.items.map((f, i) => (
            <li key={`${f.type}:${f.paragraph}:${f.blankId ?? `${bi}.${i}`}`}>{item(f)}</li>
          ))}
        </ul>
      </div>
    ));
  };

  const finish = !session.finalized && emptyLeft === 0 && (
    <div className={styles.finish}>
      <Button appearance="primary" onClick={() => (warnings > 0 ? setConfirming(true) : void state.finalize())}>
        {t("pane.check.finalize")}
      </Button>
      <Caption1>{t("pane.check.finalizeHint")}</Caption1>
      {unwritten && pending > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t("pane.check.unwritten", { count: formatNumber(pending) })}</MessageBarBody>
        </MessageBar>
      )}
      {confirming && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {warnings > dismissed.length
              ? t("pane.check.confirm", { count: formatNumber(warnings - dismissed.length) })
              : t("pane.check.confirmLeft")}
            {(state.leftNotes.length > 0 || dismissed.length > 0) && (
              <ul className={styles.left}>
                {state.leftNotes.length > 0 && (
                  <li>{t("pane.check.confirmNotes", { notes: state.leftNotes.map((n) => `“${n}”`).join(", ") })}</li>
                )}
                {dismissed.length > 0 && (
                  <li>{t("pane.check.confirmDismissed", { labels: dismissed.map((d) => d.label).join(", ") })}</li>
                )}
              </ul>
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" ref={state.confirmRef} onClick={() => void state.finalize()}>
              {t("pane.check.confirmYes")}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t("pane.check.confirmNo")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );

  return (
    <section className={styles.root} aria-labelledby="check-h">
      <div>
        <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={() => session.setView("overview")}>
          {t("pane.backToOverview")}
        </Button>
      </div>
      <h2 id="check-h" className={styles.heading} tabIndex={-1} ref={state.headingRef}>
        <Subtitle2>{t("pane.check.title")}</Subtitle2>
      </h2>
      {session.finalized ? (
        <MessageBar intent="success">
          <MessageBarBody>{t("pane.check.finalized")}</MessageBarBody>
        </MessageBar>
      ) : (
        <div className={styles.done} role="status">
          {emptyLeft === 0 && <CheckmarkCircleRegular className={styles.doneIcon} />}
          <Text>
            {emptyLeft > 0
              ? t("pane.check.emptyLeft", { count: formatNumber(emptyLeft) })
              : warnings > 0
                ? t("pane.check.warningsLeft", { count: formatNumber(warnings) })
                : t("pane.check.nothingLeft")}
          </Text>
        </div>
      )}
      <TrackingNotice tracking={session.outcome?.tracking} />
      {finish}
      {groups.map((g) => (
        <section key={g.type} aria-labelledby={`check-${g.type}`}>
          <h3 id={`check-${g.type}`} className={styles.group}>
            <Text weight="semibold">
              {t(`pane.check.group.${g.type}`)} ({formatNumber(g.count)})
            </Text>
          </h3>
          {list(g.rows)}
        </section>
      ))}
      <DismissedList id="check-dismissed" groups={dismissed} restore={session.restore} placeOf={state.placeOf} />
    </section>
  );
}
