/**
 * What the pane says about Track Changes: the question before the first write (see `useTrackingConsent`), and the
 * reminder on the check screen that finishing is recorded as revisions too.
 */
import "../../i18n/tracking";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { TrackingState } from "../../word/types";
import { useI18n } from "../i18n";
import type { TrackingPrompt as Prompt } from "../session/useTrackingConsent";

/**
 * The question, while one is open. It takes the focus so a screen reader reads it, on the message rather than a
 * button: an Enter meant for the form must not answer it.
 */
export function TrackingPrompt({ prompt }: { prompt: Prompt | null }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const open = prompt !== null;
  useEffect(() => {
    if (open) ref.current?.focus();
  }, [open]);
  if (!prompt) return null;
  return (
    <MessageBar ref={ref} tabIndex={-1} intent="warning" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{t("pane.tracking.title")}</MessageBarTitle>
        {t("pane.tracking.body")}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={prompt.proceed}>
          {t("pane.tracking.continue")}
        </Button>
        <Button onClick={prompt.stop}>{t("pane.tracking.stop")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** On the check screen: removing the add-in's boxes at finalize becomes revisions as well. */
export function TrackingNotice({ tracking }: { tracking: TrackingState | undefined }) {
  const { t } = useI18n();
  if (tracking !== "on") return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{t("pane.tracking.finalize")}</MessageBarBody>
    </MessageBar>
  );
}
