/**
 * What the roll-up and "take figures from an earlier report" share: a quiet button on the overview opening a dialog
 * that picks .docx reports from the computer, with its last note shown in the dialog or, once it is closed, below.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, type ReactNode } from "react";

const useStyles = makeStyles({
  open: { alignSelf: "flex-start" },
  content: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    overflowWrap: "anywhere",
    // A long list scrolls in the dialog; the buttons and captions above it keep their height.
    "& > *": { flexShrink: 0 },
  },
  hidden: { display: "none" },
});

export interface DialogNote {
  intent: "success" | "error" | "info" | "warning";
  text: string;
}

export interface ReportDialogProps {
  open: boolean;
  setOpen(open: boolean): void;
  /** The overview's button and the dialog's title. */
  title: string;
  note: DialogNote | null;
  surfaceClassName: string;
  actions: ReactNode;
  children: ReactNode;
}

export function ReportDialog(p: ReportDialogProps) {
  const styles = useStyles();
  const note = p.note && (
    <MessageBar intent={p.note.intent} role={p.note.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{p.note.text}</MessageBarBody>
    </MessageBar>
  );
  return (
    <>
      {!p.open && note}
      <Button className={styles.open} appearance="subtle" size="small" onClick={() => p.setOpen(true)}>
        {p.title}
      </Button>
      {p.open && (
        <Dialog open modalType="non-modal" onOpenChange={(_, d) => !d.open && p.setOpen(false)}>
          <DialogSurface className={p.surfaceClassName}>
            <DialogBody>
              <DialogTitle>{p.title}</DialogTitle>
              <DialogContent className={styles.content}>
                {p.children}
                {note}
              </DialogContent>
              <DialogActions>{p.actions}</DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </>
  );
}

export interface PickReportsProps {
  label: string;
  multiple: boolean;
  primary: boolean;
  disabled: boolean;
  onFiles(files: File[]): void;
}

/** A button opening the file chooser on .docx reports (a legacy .doc too, to say why it cannot be taken). */
export function PickReports(p: PickReportsProps) {
  const styles = useStyles();
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        className={styles.open}
        appearance={p.primary ? "primary" : "secondary"}
        disabled={p.disabled}
        onClick={() => fileRef.current?.click()}
      >
        {p.label}
      </Button>
      <input
        ref={fileRef}
        className={styles.hidden}
        type="file"
        multiple={p.multiple}
        accept=".docx,.doc,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        aria-label={p.label}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = "";
          if (files.length > 0) p.onFiles(files);
        }}
      />
    </>
  );
}
