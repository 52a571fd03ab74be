import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import { STANDING_KEYS } from "../../core/standing";
import { useI18n } from "../i18n";
import type { StandingAnswersState } from "./StandingAnswers.types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  open: { alignSelf: "flex-start" },
  surface: { maxWidth: "min(480px, calc(100vw - 16px))", boxSizing: "border-box" },
  content: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, overflowWrap: "anywhere" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
  copy: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export function renderStandingAnswers(state: StandingAnswersState) {
  return <StandingAnswersView {...state} />;
}

function StandingAnswersView(s: StandingAnswersState) {
  const { t } = useI18n();
  const styles = useStyles();
  const fileRef = useRef<HTMLInputElement>(null);
  const note = s.note && (
    <MessageBar intent={s.note.intent} role={s.note.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{t(s.note.key, s.note.params)}</MessageBarBody>
    </MessageBar>
  );

  return (
    <section className={styles.root} aria-label={t("answers.title")}>
      {s.showOffer ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t("answers.offer", { count: s.offers.length })}
            <ul className={styles.list}>
              {s.offers.map((o) => (
                <li key={o.fieldId}>
                  {o.label}: <strong>{o.value}</strong>
                </li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void s.fillOffers()}>
              {t("answers.offerFill")}
            </Button>
            <Button onClick={s.skipOffers}>{t("answers.offerSkip")}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        s.suggestSave && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t("answers.suggestSave")}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={s.saveFromReport}>{t("answers.saveFromReport")}</Button>
              <Button appearance="transparent" onClick={s.laterSave}>
                {t("answers.later")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )
      )}
      {!s.open && note}
      <Button className={styles.open} appearance="subtle" size="small" onClick={() => s.setOpen(true)}>
        {t("answers.open")}
      </Button>
      {s.open && (
        <Dialog open modalType="non-modal" onOpenChange={(_, d) => !d.open && s.setOpen(false)}>
          <DialogSurface className={styles.surface}>
            <DialogBody>
              <DialogTitle>{t("answers.title")}</DialogTitle>
              <DialogContent className={styles.content}>
                <Caption1>{t("answers.where")}</Caption1>
                {STANDING_KEYS.map((key) => (
                  <Field key={key} label={t(`answers.key.${key}`)}>
                    <Input value={s.edits[key] ?? ""} onChange={(_, d) => s.setEdit(key, d.value)} />
                  </Field>
                ))}
                <div className={styles.row}>
                  <Button appearance="primary" onClick={s.save}>
                    {t("answers.save")}
                  </Button>
                  <Button onClick={s.takeFromReport}>{t("answers.takeFromReport")}</Button>
                </div>
                <div className={styles.row}>
                  {s.canDownload && <Button onClick={s.exportAnswers}>{t("answers.export")}</Button>}
                  <Button onClick={s.showExport}>{t("answers.exportCopy")}</Button>
                  <Button onClick={() => fileRef.current?.click()}>{t("answers.import")}</Button>
                  <input
                    ref={fileRef}
                    className={styles.hidden}
                    type="file"
                    accept=".json,application/json"
                    aria-label={t("answers.import")}
                    onChange={(e) => {
                      const file = e.currentTarget.files?.[0];
                      e.currentTarget.value = "";
                      if (file) void s.importFile(file);
                    }}
                  />
                </div>
                {s.exportText !== null && (
                  <Field label={t("answers.exportCopyHint")}>
                    <Textarea className={styles.copy} readOnly resize="vertical" rows={6} value={s.exportText} />
                  </Field>
                )}
                {s.confirmingForget ? (
                  <MessageBar intent="warning" layout="multiline">
                    <MessageBarBody>{t("answers.forgetConfirm")}</MessageBarBody>
                    <MessageBarActions>
                      <Button onClick={s.forget}>{t("answers.forgetYes")}</Button>
                      <Button appearance="transparent" onClick={s.cancelForget}>
                        {t("answers.forgetNo")}
                      </Button>
                    </MessageBarActions>
                  </MessageBar>
                ) : (
                  <Button className={styles.open} appearance="subtle" onClick={s.askForget}>
                    {t("answers.forget")}
                  </Button>
                )}
                {note}
              </DialogContent>
              <DialogActions>
                <Button onClick={() => s.setOpen(false)}>{t("answers.close")}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </section>
  );
}
