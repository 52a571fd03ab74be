/**
 * Every finding of the engine, grouped, each jumping to its place. "Hoàn tất" once no empty place is left: the
 * other findings (a guidance note, a numbering slip, …) are warnings to review, never a bar, and finishing while
 * some remain asks once, naming how many. Long groups (the 200× document) render through a virtualised list.
 */
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
import { useEffect, useMemo, useRef, useState } from "react";
import type { Blank, Finding, FindingType } from "../../core/types";
import { useI18n } from "../i18n";
import { useFocusOnMount } from "../useFocusOnMount";
import type { FillSession } from "../session/types";
import { TrackingNotice } from "../tracking/TrackingChanges";
import { VIRTUALISE_ABOVE, VirtualRows } from "../VirtualRows";

const ORDER: FindingType[] = ["empty-blank", "guidance-note", "numbering", "empty-section", "date-range", "text-box"];

type Row = { type: "section"; key: string; title: string } | { type: "item"; key: string; finding: Finding };

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
  scroller: { height: "60vh", overflowY: "auto", overflowX: "hidden", contain: "strict" },
});

function findingText(f: Finding): string {
  const p = f.params ?? {};
  const text = p.text ?? p.title ?? p.heading ?? p.note;
  return text !== undefined ? String(text) : f.message;
}

/** A group's rows: empty places under their sections, the other findings as they come. */
function rowsOf(type: FindingType, items: Finding[]): Row[] {
  const rows: Row[] = [];
  let section: string | null = null;
  items.forEach((f, i) => {
    if (type === "empty-blank") {
      const key = (f.section ?? []).join(" › ");
      if (key !== section) rows.push({ type: "section", key: `s:${i}:${key}`, title: key });
      section = key;
    }
    rows.push({ type: "item", key: `${f.type}:${f.paragraph}:${f.blankId ?? i}`, finding: f });
  });
  return rows;
}

export function Check({ session }: { session: FillSession }) {
  const { t, tKey, lang, formatNumber } = useI18n();
  const styles = useStyles();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [confirming, setConfirming] = useState(false);
  const [unwritten, setUnwritten] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const result = session.outcome?.result;
  const model = session.model;

  const blankById = useMemo(() => new Map<string, Blank>((result?.blanks ?? []).map((b) => [b.id, b])), [result]);
  const groups = useMemo(() => {
    const byType = new Map<FindingType, Finding[]>();
    for (const f of result?.findings ?? []) {
      const list = byType.get(f.type) ?? [];
      list.push(f);
      byType.set(f.type, list);
    }
    return ORDER.filter((type) => byType.has(type)).map((type) => {
      const items = byType.get(type)!;
      return { type, count: items.length, rows: rowsOf(type, items) };
    });
  }, [result]);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (!result || !model) return null;

  const emptyLeft = groups.find((g) => g.type === "empty-blank")?.count ?? 0;
  const warnings = groups.reduce((n, g) => (g.type === "empty-blank" ? n : n + g.count), 0);

  /** An empty place is named by its field; a date part also by the part, so "ngày" and "tháng" are told apart. */
  const placeLabel = (f: Finding): string | undefined => {
    const blank = f.blankId ? blankById.get(f.blankId) : undefined;
    if (!blank) return undefined;
    const field = model.byId.get(blank.fieldId);
    const label = field?.field.label ?? blank.label;
    const part = blank.datePart;
    if (part !== "day" && part !== "month" && part !== "year") return label;
    const parts = field?.blanks.filter((b) => b.datePart === "day" || b.datePart === "month" || b.datePart === "year");
    if (!parts || parts.length < 2) return label;
    return t("pane.check.item.datePart", { label, part: t(`pane.form.datePart.${part}`).toLocaleLowerCase(lang) });
  };

  const item = (f: Finding) => {
    const label = f.type === "empty-blank" ? (placeLabel(f) ?? findingText(f)) : findingText(f);
    const text = tKey(`pane.check.item.${f.type}`, { ...f.params, label, text: label });
    const fieldId = f.type === "empty-blank" && f.blankId ? blankById.get(f.blankId)?.fieldId : undefined;
    // Every finding has a place: a blank is selected itself, anything else by its paragraph.
    const jump = f.blankId
      ? () => session.jump(f.blankId!)
      : session.jumpToParagraph
        ? () => session.jumpToParagraph?.(f.paragraph)
        : null;
    return (
      <div className={styles.item}>
        <Text className={styles.itemText}>
          {fieldId && model.byId.has(fieldId) ? (
            // The place is empty: the quickest fix is to fill it, so the name opens the form there.
            <Link as="button" onClick={() => session.goTo(fieldId)} title={t("pane.check.fill")}>
              {text}
            </Link>
          ) : (
            text
          )}{" "}
          <Caption1>({t("pane.check.paragraph", { number: f.paragraph + 1 })})</Caption1>
        </Text>
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
  const list = (rows: Row[]) => {
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

  // A value typed but not written would be missing from the finished document: write it first, or stop.
  const finalize = async () => {
    setConfirming(false);
    const written = await session.commitAll();
    setUnwritten(!written);
    if (written) await session.finalize();
  };
  const pending = Object.keys(session.drafts).length;

  const finish = !session.finalized && emptyLeft === 0 && (
    <div className={styles.finish}>
      <Button appearance="primary" onClick={() => (warnings > 0 ? setConfirming(true) : void finalize())}>
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
          <MessageBarBody>{t("pane.check.confirm", { count: formatNumber(warnings) })}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" ref={confirmRef} onClick={() => void finalize()}>
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
      <h2 id="check-h" className={styles.heading} tabIndex={-1} ref={headingRef}>
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
    </section>
  );
}
