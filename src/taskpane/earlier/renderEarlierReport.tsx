import {
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import { useI18n } from "../i18n";
import type { EarlierReportState } from "./EarlierReport.types";

const useStyles = makeStyles({
  open: { alignSelf: "flex-start" },
  surface: { maxWidth: "min(480px, calc(100vw - 16px))", boxSizing: "border-box" },
  content: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, overflowWrap: "anywhere" },
  hidden: { display: "none" },
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
  const fileRef = useRef<HTMLInputElement>(null);
  const note = s.note && (
    <MessageBar intent={s.note.intent} role={s.note.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        {t(s.note.key, { ...s.note.params, ...(s.note.reason ? { reason: t(s.note.reason) } : {}) })}
      </MessageBarBody>
    </MessageBar>
  );

  return (
    <>
      {!s.open && note}
      <Button className={styles.open} appearance="subtle" size="small" onClick={() => s.setOpen(true)}>
        {t("rollup.earlier.open")}
      </Button>
      {s.open && (
        <Dialog open modalType="non-modal" onOpenChange={(_, d) => !d.open && s.setOpen(false)}>
          <DialogSurface className={styles.surface}>
            <DialogBody>
              <DialogTitle>{t("rollup.earlier.open")}</DialogTitle>
              <DialogContent className={styles.content}>
                <Caption1>{t("rollup.earlier.intro")}</Caption1>
                <Button
                  className={styles.open}
                  appearance={s.offers.length > 0 ? "secondary" : "primary"}
                  disabled={s.reading}
                  onClick={() => fileRef.current?.click()}
                >
                  {t("rollup.earlier.pick")}
                </Button>
                <input
                  ref={fileRef}
                  className={styles.hidden}
                  type="file"
                  accept=".docx,.doc,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                  aria-label={t("rollup.earlier.pick")}
                  onChange={(e) => {
                    const file = e.currentTarget.files?.[0];
                    e.currentTarget.value = "";
                    if (file) void s.pick(file);
                  }}
                />
                {s.reading && <Spinner size="small" label={t("rollup.reading", { count: 1 })} />}
                {s.offers.length > 0 && (
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
                {note}
              </DialogContent>
              <DialogActions>
                {s.offers.length > 0 && (
                  <Button appearance="primary" disabled={s.chosenCount === 0} onClick={() => void s.fill()}>
                    {t("rollup.earlier.fill", { count: s.chosenCount })}
                  </Button>
                )}
                <Button onClick={() => s.setOpen(false)}>
                  {s.offers.length > 0 ? t("rollup.earlier.cancel") : t("rollup.close")}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </>
  );
}
