import "../../i18n/views";
import { Button, Caption1, Subtitle2, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons/svg/arrow-left";
import { LocationRegular } from "@fluentui/react-icons/svg/location";
import { DismissedList } from "../DismissedList";
import { useI18n } from "../i18n";
import { FieldInput } from "../form/FieldInput";
import { focusBlank } from "../session/model";
import { VIRTUALISE_ABOVE, VirtualRows } from "../VirtualRows";
import type { AllFieldsRow, AllFieldsState } from "./AllFields.types";

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

export function renderAllFields(state: AllFieldsState) {
  return <AllFieldsView {...state} />;
}

function AllFieldsView({ session, rows, onlyEmpty, filter, keep, headingRef }: AllFieldsState) {
  const { t } = useI18n();
  const styles = useStyles();

  const renderRow = (row: AllFieldsRow) =>
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
      <DismissedList id="all-dismissed-h" groups={session.dismissed ?? []} restore={session.restore} />
    </section>
  );
}
