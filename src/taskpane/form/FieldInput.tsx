/**
 * The input for one field, chosen by its kind: text, number (unit as a suffix), date (one full date, or each part),
 * multi-line text for whole-line blanks, read-only for locked controls. Writes on blur; Enter (Ctrl+Enter in a
 * multi-line input) moves on.
 */
import { Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { KeyboardEvent } from "react";
import type { Blank } from "../../core/types";
import { useI18n } from "../i18n";
import type { FieldEntry } from "../session/model";
import { draftKey, type FillSession } from "../session/useFillSession";

const useStyles = makeStyles({
  parts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  part: { flex: "1 1 70px", minWidth: "70px" },
  // An <input> is as wide as its default size attribute unless told otherwise: too wide for a 320 px pane.
  full: { width: "100%", minWidth: 0 },
  unit: { whiteSpace: "nowrap" },
  label: { overflowWrap: "anywhere" },
});

export interface FieldInputProps {
  entry: FieldEntry;
  session: Pick<FillSession, "displayValue" | "setDraft" | "commit" | "validation" | "warnings">;
  /** Called on Enter (Ctrl+Enter in multi-line text) after the value is committed by the caller. */
  onEnter?: () => void;
  /** Label override (the guided form shows the label as a heading and labels the input itself). */
  label?: string;
  autoFocus?: boolean;
  id?: string;
}

function datePartBlanks(entry: FieldEntry): Blank[] {
  return entry.blanks.filter((b) => b.datePart === "day" || b.datePart === "month" || b.datePart === "year");
}

export function FieldInput({ entry, session, onEnter, label, autoFocus, id }: FieldInputProps) {
  const { t, tKey } = useI18n();
  const styles = useStyles();
  const { field } = entry;
  const key = draftKey(field.id);
  const error = session.validation[key];
  const warning = session.warnings[key];
  const fieldLabel = label ?? field.label;
  const value = session.displayValue(entry);
  const message = error ? tKey(error.key, error.params) : warning ? tKey(warning.key, warning.params) : undefined;
  const state = error ? "error" : warning ? "warning" : "none";

  const onKeyDown = (multiline: boolean) => (e: KeyboardEvent) => {
    if (e.key !== "Enter" || e.nativeEvent.isComposing) return;
    if (multiline && !(e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    onEnter?.();
  };

  if (field.readOnly) {
    return (
      <Field label={{ children: fieldLabel, className: styles.label }} hint={t("pane.form.readOnly")}>
        <Input id={id} value={value} readOnly className={styles.full} />
      </Field>
    );
  }

  const change = (v: string, blankId?: string) => session.setDraft(field.id, v, blankId);
  const blur = (blankId?: string) => void session.commit(field.id, blankId);

  if (field.multiline) {
    return (
      <Field
        label={{ children: fieldLabel, className: styles.label }}
        validationState={state}
        validationMessage={message}
        hint={onEnter ? t("pane.form.ctrlEnterHint") : undefined}
      >
        <Textarea
          id={id}
          className={styles.full}
          value={value}
          resize="vertical"
          rows={4}
          autoFocus={autoFocus}
          onChange={(_, d) => change(d.value)}
          onBlur={() => blur()}
          onKeyDown={onKeyDown(true)}
        />
      </Field>
    );
  }

  const parts = field.kind === "date" ? datePartBlanks(entry) : [];
  const main = (
    <Field
      label={{
        children: parts.length > 0 ? `${fieldLabel} — ${t("pane.form.fullDate")}` : fieldLabel,
        className: styles.label,
      }}
      validationState={state}
      validationMessage={message}
      hint={field.kind === "date" ? t("pane.form.fullDateHint") : undefined}
    >
      <Input
        id={id}
        className={styles.full}
        value={value}
        autoFocus={autoFocus}
        inputMode={field.kind === "number" ? "decimal" : undefined}
        contentAfter={field.unit ? <span className={styles.unit}>{field.unit}</span> : undefined}
        onChange={(_, d) => change(d.value)}
        onBlur={() => blur()}
        onKeyDown={onKeyDown(false)}
      />
    </Field>
  );
  if (parts.length === 0) return main;
  return (
    <>
      {main}
      <div className={styles.parts}>
        {parts.map((b) => {
          const partKey = draftKey(field.id, b.id);
          const partError = session.validation[partKey];
          const partName = t(`pane.form.datePart.${b.datePart ?? "date"}`);
          return (
            <Field
              key={b.id}
              className={styles.part}
              label={partName}
              validationState={partError ? "error" : "none"}
              validationMessage={partError ? tKey(partError.key, { part: partName, ...partError.params }) : undefined}
            >
              <Input
                className={styles.full}
                value={session.displayValue(entry, b.id)}
                inputMode="numeric"
                onChange={(_, d) => change(d.value, b.id)}
                onBlur={() => blur(b.id)}
                onKeyDown={onKeyDown(false)}
              />
            </Field>
          );
        })}
      </div>
    </>
  );
}
