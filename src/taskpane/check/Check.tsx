/** Every finding of the engine, grouped, each jumping to its place; "Hoàn tất" once nothing is left. */
import {
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons/svg/arrow-left";
import { CheckmarkCircleRegular } from "@fluentui/react-icons/svg/checkmark-circle";
import { LocationRegular } from "@fluentui/react-icons/svg/location";
import type { Finding, FindingType } from "../../core/types";
import { useI18n } from "../i18n";
import { useFocusOnMount } from "../useFocusOnMount";
import type { FillSession } from "../session/types";

const ORDER: FindingType[] = ["empty-blank", "guidance-note", "numbering", "empty-section", "date-range", "text-box"];

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
});

function findingText(f: Finding): string {
  const p = f.params ?? {};
  const text = p.text ?? p.title ?? p.heading ?? p.note;
  return text !== undefined ? String(text) : f.message;
}

export function Check({ session }: { session: FillSession }) {
  const { t, tKey, lang } = useI18n();
  const styles = useStyles();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const result = session.outcome?.result;
  const model = session.model;
  if (!result || !model) return null;

  const blankOf = (blankId: string | undefined) => (blankId ? result.blanks.find((b) => b.id === blankId) : undefined);
  /** An empty place is named by its field; a date part also by the part, so "ngày" and "tháng" are told apart. */
  const placeLabel = (f: Finding): string | undefined => {
    const blank = blankOf(f.blankId);
    if (!blank) return undefined;
    const label = model.byId.get(blank.fieldId)?.field.label ?? blank.label;
    const part = blank.datePart;
    if (part !== "day" && part !== "month" && part !== "year") return label;
    const field = model.byId.get(blank.fieldId);
    const parts = field?.blanks.filter((b) => b.datePart === "day" || b.datePart === "month" || b.datePart === "year");
    if (!parts || parts.length < 2) return label;
    return t("pane.check.item.datePart", { label, part: t(`pane.form.datePart.${part}`).toLocaleLowerCase(lang) });
  };
  const groups = ORDER.map((type) => ({ type, items: result.findings.filter((f) => f.type === type) })).filter(
    (g) => g.items.length > 0,
  );

  const item = (f: Finding, i: number) => {
    const label = f.type === "empty-blank" ? (placeLabel(f) ?? findingText(f)) : findingText(f);
    const text = tKey(`pane.check.item.${f.type}`, { ...f.params, label, text: label });
    const fieldId = f.type === "empty-blank" ? blankOf(f.blankId)?.fieldId : undefined;
    return (
      <li key={`${f.type}:${f.paragraph}:${f.blankId ?? i}`} className={styles.item}>
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
        {(f.blankId || session.jumpToParagraph) && (
          <Button
            appearance="subtle"
            icon={<LocationRegular />}
            aria-label={`${t("pane.check.jump")}: ${label}`}
            title={t("pane.check.jump")}
            onClick={() => (f.blankId ? session.jump(f.blankId) : session.jumpToParagraph?.(f.paragraph))}
          />
        )}
      </li>
    );
  };

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
      {groups.length === 0 ? (
        <>
          <div className={styles.done} role="status">
            <CheckmarkCircleRegular className={styles.doneIcon} />
            <Text>{session.finalized ? t("pane.check.finalized") : t("pane.check.nothingLeft")}</Text>
          </div>
          {!session.finalized && (
            <>
              <Button appearance="primary" onClick={() => void session.finalize()}>
                {t("pane.check.finalize")}
              </Button>
              <Caption1>{t("pane.check.finalizeHint")}</Caption1>
            </>
          )}
        </>
      ) : (
        groups.map((g) => (
          <section key={g.type} aria-labelledby={`check-${g.type}`}>
            <h3 id={`check-${g.type}`} className={styles.group}>
              <Text weight="semibold">
                {t(`pane.check.group.${g.type}`)} ({g.items.length})
              </Text>
            </h3>
            {g.type === "empty-blank" ? (
              bySection(g.items).map(([section, items]) => (
                <div key={section}>
                  <h4 className={styles.sub}>
                    <Text size={200} weight="semibold">
                      {section || t("pane.noSection")}
                    </Text>
                  </h4>
                  <ul className={styles.list}>{items.map(item)}</ul>
                </div>
              ))
            ) : (
              <ul className={styles.list}>{g.items.map(item)}</ul>
            )}
          </section>
        ))
      )}
      {session.finalized && groups.length > 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{t("pane.check.finalized")}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

function bySection(items: Finding[]): Array<[string, Finding[]]> {
  const out: Array<[string, Finding[]]> = [];
  for (const f of items) {
    const key = (f.section ?? []).join(" › ");
    const last = out[out.length - 1];
    if (last && last[0] === key) last[1].push(f);
    else out.push([key, [f]]);
  }
  return out;
}
