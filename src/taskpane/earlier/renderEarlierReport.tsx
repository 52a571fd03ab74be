import { Button, Caption1, Checkbox, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import { PickReports, ReportDialog } from "../rollup/ReportDialog";
import type { EarlierReportState } from "./EarlierReport.types";

const useStyles = makeStyles({
  surface: { maxWidth: "min(480px, calc(100vw - 16px))", boxSizing: "border-box" },
  list: { display: "flex", flexDirection: "column", margin: 0, padding: 0, listStyle: "none" },
  how: { color: tokens.colorNeutralForeground3 },
  doubtful: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function renderEarlierReport(state: EarlierReportState) {
  return <EarlierReportView {...state} />;
}

function EarlierReportView(s: EarlierReportState) {
  const { t } = useI18n();
  const styles = useStyles();
  const offered = s.offers.length > 0;
  const note = s.note && {
    intent: s.note.intent,
    text: t(s.note.key, { ...s.note.params, ...(s.note.reason ? { reason: t(s.note.reason) } : {}) }),
  };

  return (
    <ReportDialog
      open={s.open}
      setOpen={s.setOpen}
      title={t("rollup.earlier.open")}
      note={note}
      surfaceClassName={styles.surface}
      actions={
        <>
          {offered && (
            <Button appearance="primary" disabled={s.chosenCount === 0} onClick={() => void s.fill()}>
              {t("rollup.earlier.fill", { count: s.chosenCount })}
            </Button>
          )}
          <Button onClick={() => s.setOpen(false)}>{offered ? t("rollup.earlier.cancel") : t("rollup.close")}</Button>
        </>
      }
    >
      <Caption1>{t("rollup.earlier.intro")}</Caption1>
      <PickReports
        label={t("rollup.earlier.pick")}
        multiple={false}
        primary={!offered}
        disabled={s.reading}
        onFiles={(files) => void s.pick(files[0])}
      />
      {s.reading && <Spinner size="small" label={t("rollup.reading", { count: 1 })} />}
      {offered && (
        <>
          <Caption1>{t("rollup.earlier.found", { count: s.offers.length, name: s.name ?? "" })}</Caption1>
          <ul className={styles.list}>
            {s.offers.map((o) => (
              <li key={o.fieldId}>
                <Checkbox
                  checked={o.chosen}
                  onChange={() => s.toggle(o.fieldId)}
                  label={
                    <>
                      {o.label}: <strong>{o.value}</strong>{" "}
                      <span className={o.certainty === "doubtful" ? styles.doubtful : styles.how}>
                        ({t(`rollup.certainty.${o.certainty}`)}
                        {o.current && `; ${t("rollup.earlier.current", { value: o.current })}`})
                      </span>
                    </>
                  }
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </ReportDialog>
  );
}
