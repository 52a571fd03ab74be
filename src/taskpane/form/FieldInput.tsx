/**
 * The input for one field, chosen by its kind: text, number (unit as a suffix), date, multi-line text for whole-line
 * blanks, a check box for a box the form asks to tick, read-only for locked controls. A date asks for what is missing: the one blank part alone (the printed
 * month and year as its hint), or one full date with each part beside it when several parts are blank. Writes on
 * blur; Enter (Ctrl+Enter in a multi-line input) moves on.
 */
import "../../i18n/views";
import "../../i18n/form";
import { Button, Checkbox, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons/svg/dismiss";
import { useRef, type KeyboardEvent } from "react";
import type { Blank } from "../../core/types";
import { useI18n } from "../i18n";
import { formLabel, type FieldEntry } from "../session/model";
import { draftKey } from "../session/drafts";
import type { FillSession } from "../session/types";

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
  /**
   * Offered each character typed, before the input takes it; true keeps it from the input. The guided form takes
   * what is typed while Enter's move to the next field is on its way, for that field.
   */
  takeKey?: (key: string) => boolean;
}

type Part = "day" | "month" | "year";
const PARTS: readonly Part[] = ["day", "month", "year"];

function datePartBlanks(entry: FieldEntry): Array<Blank & { datePart: Part }> {
  return entry.blanks.filter((b): b is Blank & { datePart: Part } => PARTS.includes(b.datePart as Part));
}

export function FieldInput({ entry, session, onEnter, label, autoFocus, id, takeKey }: FieldInputProps) {
  const { t, tKey, lang } = useI18n();
  const styles = useStyles();
  const { field } = entry;
  const inputRef = useRef<HTMLInputElement>(null);
  const fieldLabel = `${label ?? formLabel(field)}${field.optional ? ` ${t("pane.form.optional")}` : ""}`;
  const value = session.displayValue(entry);
  const parts = field.kind === "date" && !field.readOnly ? datePartBlanks(entry) : [];
  const partName = (part: Part) => t(`pane.form.datePart.${part}`);
  /** What the rules said of a draft: its message and state, for Fluent's `Field`. */
  const verdict = (blankId?: string, params?: Record<string, string>) => {
    const key = draftKey(field.id, blankId);
    const said = session.validation[key] ?? session.warnings[key];
    return {
      validationState: session.validation[key] ? "error" : session.warnings[key] ? "warning" : "none",
      validationMessage: said ? tKey(said.key, { ...params, ...said.params }) : undefined,
    } as const;
  };

  const onKeyDown = (multiline: boolean) => (e: KeyboardEvent) => {
    const printable = e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
    if (printable && !e.nativeEvent.isComposing && takeKey?.(e.key)) {
      e.preventDefault();
      return;
    }
    if (e.key !== "Enter" || e.nativeEvent.isComposing) return;
    if (multiline && !(e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    onEnter?.();
  };

  if (field.readOnly) {
    return (
      <Field label={{ children: label ?? field.label, className: styles.label }} hint={t("pane.form.readOnly")}>
        <Input id={id} value={value} readOnly className={styles.full} />
      </Field>
    );
  }

  const change = (v: string, blankId?: string) => session.setDraft(field.id, v, blankId);
  const blur = (blankId?: string) => void session.commit(field.id, blankId);
  /** Empties the field in the document too, and leaves the cursor in it for the new value. */
  const clearButton = (shown: string, blankId?: string) =>
    shown !== "" && (
      <Button
        appearance="transparent"
        size="small"
        icon={<DismissRegular />}
        aria-label={t("pane.form.clear")}
        title={t("pane.form.clear")}
        // Out of the Tab order, which goes from a value to the next field; the keyboard clears with the text itself.
        tabIndex={-1}
        onClick={() => {
          change("", blankId);
          void session.commit(field.id, blankId);
          inputRef.current?.focus();
        }}
      />
    );

  if (entry.blanks.length > 0 && entry.blanks.every((b) => b.checkbox)) {
    // Ticked, the box takes the form's own mark: ☒ for a drawn □ or ☐, an X in an empty cell; cleared, it is empty again.
    const mark = entry.blanks.some((b) => /^[□☐]$/u.test(b.original)) ? "☒" : "X";
    return (
      <Checkbox
        // An id left undefined would take the input's own away from the label that names it.
        {...(id ? { id } : {})}
        label={fieldLabel}
        checked={value.trim() !== ""}
        autoFocus={autoFocus}
        onChange={(_, d) => {
          change(d.checked === true ? mark : "");
          void session.commit(field.id);
        }}
        onKeyDown={onKeyDown(false)}
      />
    );
  }

  if (field.multiline) {
    return (
      <Field
        label={{ children: fieldLabel, className: styles.label }}
        hint={onEnter ? t("pane.form.ctrlEnterHint") : undefined}
        {...verdict()}
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

  if (parts.length === 1) {
    const [only] = parts;
    const part = partName(only.datePart).toLocaleLowerCase(lang);
    const printed = PARTS.filter((p) => field.printedDate?.[p] !== undefined).map((p) =>
      t(`pane.form.printed.${p}`, { n: field.printedDate?.[p] ?? "" }),
    );
    const hint = [
      t("pane.form.onlyPart", { part }),
      printed.length > 0
        ? t("pane.form.printedParts", { printed: printed.join(t("pane.form.printed.separator")) })
        : "",
    ];
    return (
      <Field
        label={{ children: t("pane.form.partLabel", { label: fieldLabel, part }), className: styles.label }}
        hint={hint.join(" ").trim()}
        {...verdict(only.id, { part })}
      >
        <Input
          id={id}
          ref={inputRef}
          className={styles.full}
          value={session.displayValue(entry, only.id)}
          contentAfter={clearButton(session.displayValue(entry, only.id), only.id) || undefined}
          autoFocus={autoFocus}
          inputMode="numeric"
          onChange={(_, d) => change(d.value, only.id)}
          onBlur={() => blur(only.id)}
          onKeyDown={onKeyDown(false)}
        />
      </Field>
    );
  }

  const main = (
    <Field
      label={{
        children: parts.length > 0 ? `${fieldLabel} — ${t("pane.form.fullDate")}` : fieldLabel,
        className: styles.label,
      }}
      hint={field.kind === "date" ? t("pane.form.fullDateHint") : undefined}
      {...verdict()}
    >
      <Input
        id={id}
        ref={inputRef}
        className={styles.full}
        value={value}
        autoFocus={autoFocus}
        inputMode={field.kind === "number" ? "decimal" : undefined}
        contentAfter={
          value !== "" || field.unit ? (
            <>
              {clearButton(value)}
              {field.unit && <span className={styles.unit}>{field.unit}</span>}
            </>
          ) : undefined
        }
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
          const name = partName(b.datePart);
          return (
            <Field key={b.id} className={styles.part} label={name} {...verdict(b.id, { part: name })}>
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
