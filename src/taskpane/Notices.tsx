import "../i18n/views";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons/svg/dismiss";
import { useI18n } from "./i18n";
import type { FillSession, PaneNotice } from "./session/types";

/**
 * Messages are loaded on demand, the message bar with them: a pane that opens without one (most do) starts
 * without their code.
 */

function intentOf(n: PaneNotice) {
  if (n.kind === "error") return "error" as const;
  if (n.kind === "restored") return "warning" as const;
  if (n.kind === "word") return n.notice.type === "state-migrated" ? ("info" as const) : ("warning" as const);
  if (n.kind === "dismissed" || n.kind === "noteRemoved") return "info" as const;
  return n.key === "pane.addFromSelection.none" ? ("warning" as const) : ("success" as const);
}

/** The document could not be read at all: why, and a retry. */
export function ScanFailed({ session }: { session: FillSession }) {
  const { t, tKey } = useI18n();
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        {t("pane.scanFailed", { reason: tKey(`word.error.${session.scanError?.code ?? "Unknown"}`) })}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => void session.refresh()}>{t("pane.retry")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Messages about the document and the last actions; each can be dismissed. */
export function Notices({ session }: { session: FillSession }) {
  const { t, tKey } = useI18n();
  if (session.notices.length === 0) return null;
  return (
    <div role="log" aria-live="polite" style={{ display: "flex", flexDirection: "column", gap: 4 }}>
      {session.notices.map((n, i) => {
        let text: string;
        if (n.kind === "word") text = t(`word.notice.${n.notice.type}`);
        else if (n.kind === "restored") text = t("pane.backup.restored", { count: n.count });
        else if (n.kind === "info") text = t(n.key, n.params);
        else if (n.kind === "dismissed") text = t("pane.dismissed.notice", { label: n.label });
        else if (n.kind === "noteRemoved") text = t("pane.note.removed", { text: n.text });
        else if (n.key === "pane.save.failed")
          text = t("pane.save.failed", { reason: tKey(`word.error.${n.error.code}`) });
        else text = t("pane.decision.failed", { reason: tKey(`word.error.${n.error.code}`) });
        return (
          <MessageBar key={`${n.kind}-${i}`} intent={intentOf(n)}>
            <MessageBarBody>{text}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label={t("pane.dismissNotice")}
                  icon={<DismissRegular />}
                  onClick={() => session.dismissNotice(i)}
                />
              }
            >
              {n.kind === "dismissed" && (
                <Button onClick={() => void session.restore(n.blankIds, true)}>{t("pane.dismissed.undo")}</Button>
              )}
              {n.kind === "noteRemoved" && session.putBack && (
                <Button onClick={() => void session.putBack?.(n.undo)}>{t("pane.note.undo")}</Button>
              )}
              {n.kind === "restored" && (
                <>
                  <Button onClick={() => void session.commitAll()}>{t("pane.backup.writeAll")}</Button>
                  <Button onClick={() => session.discardDrafts()}>{t("pane.backup.discard")}</Button>
                </>
              )}
            </MessageBarActions>
          </MessageBar>
        );
      })}
    </div>
  );
}
