/** The pane: scan on open, then the overview, the guided form, all fields, or the check before sending. */
import { Button, Caption1, ProgressBar, Spinner, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSyncRegular } from "@fluentui/react-icons/svg/arrow-sync";
import { Suspense, lazy, useEffect } from "react";
import type { Lang } from "../i18n";
import type { WordGateway } from "../word/types";
import { I18nProvider, useI18n } from "./i18n";
import { Overview } from "./overview/Overview";
import { useFillSession } from "./session/useFillSession";

// Only what the first screen needs is in the start bundle; the form is fetched while the user reads the overview.
const loadForm = () => import("./form/GuidedForm");
const GuidedForm = lazy(() => loadForm().then((m) => ({ default: m.GuidedForm })));
const AllFields = lazy(() => import("./all/AllFields").then((m) => ({ default: m.AllFields })));
const Grid = lazy(() => import("./grid/Grid").then((m) => ({ default: m.Grid })));
const Check = lazy(() => import("./check/Check").then((m) => ({ default: m.Check })));
const loadNotices = () => import("./Notices");
const TrackingPrompt = lazy(() => import("./tracking/TrackingChanges").then((m) => ({ default: m.TrackingPrompt })));
const Notices = lazy(() => loadNotices().then((m) => ({ default: m.Notices })));
const ScanFailed = lazy(() => loadNotices().then((m) => ({ default: m.ScanFailed })));
const About = lazy(() => import("./about/About").then((m) => ({ default: m.About })));
const RepeatLists = lazy(() => import("./repeat/RepeatLists").then((m) => ({ default: m.RepeatLists })));
const StandingAnswers = lazy(() => import("./answers/StandingAnswers").then((m) => ({ default: m.StandingAnswers })));
const ReportTools = lazy(() => import("./rollup/ReportTools").then((m) => ({ default: m.ReportTools })));

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    minWidth: 0,
    maxWidth: "100%",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100vh",
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0, flexGrow: 1 },
  center: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "stretch" },
});

export interface AppProps {
  gateway: WordGateway;
  lang?: Lang;
}

export function App({ gateway, lang = "vi" }: AppProps) {
  return (
    <I18nProvider lang={lang}>
      <Pane gateway={gateway} />
    </I18nProvider>
  );
}

function Pane({ gateway }: { gateway: WordGateway }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const session = useFillSession(gateway);
  useEffect(() => {
    if (session.phase === "ready") void loadForm();
  }, [session.phase]);

  let body;
  if (session.phase === "scanning") {
    body = (
      <div className={styles.center} role="status" aria-live="polite">
        <Spinner label={t("pane.scanning")} />
        {session.slow && <ProgressBar aria-label={t("pane.scanSlow")} />}
        {session.slow && <Caption1>{t("pane.scanSlow")}</Caption1>}
      </div>
    );
  } else if (session.phase === "failed") {
    body = <ScanFailed session={session} />;
  } else if (session.view === "form") {
    body = <GuidedForm session={session} />;
  } else if (session.view === "all") {
    body = <AllFields session={session} />;
  } else if (session.view.startsWith("grid:")) {
    body = <Grid session={session} table={Number(session.view.slice("grid:".length))} />;
  } else if (session.view === "check") {
    body = <Check session={session} />;
  } else {
    body = (
      <>
        <Overview session={session} />
        {/* The overview shows at once; the cards below it come as their code arrives. */}
        <Suspense fallback={null}>
          <RepeatLists session={session} />
          <StandingAnswers session={session} canDownload={gateway.diagnostics().platform !== "Mac"} />
          <ReportTools session={session} gateway={gateway} />
        </Suspense>
      </>
    );
  }

  return (
    <main className={styles.root} lang={lang}>
      <header className={styles.header}>
        <h1 className={styles.title}>
          <Title3>{t("pane.appTitle")}</Title3>
        </h1>
        {session.phase !== "scanning" && (
          <Button
            appearance="subtle"
            icon={session.refreshing ? <Spinner size="tiny" /> : <ArrowSyncRegular />}
            onClick={() => void session.refresh()}
            disabledFocusable={session.refreshing}
          >
            {session.refreshing ? t("pane.refreshing") : t("pane.refresh")}
          </Button>
        )}
        <Suspense fallback={null}>
          <About diagnostics={() => gateway.diagnostics()} />
        </Suspense>
      </header>
      {session.notices.length > 0 && (
        <Suspense fallback={null}>
          <Notices session={session} />
        </Suspense>
      )}
      {session.trackingPrompt && (
        <Suspense fallback={null}>
          <TrackingPrompt prompt={session.trackingPrompt} />
        </Suspense>
      )}
      <Suspense fallback={<Spinner size="small" label={t("pane.scanning")} />}>{body}</Suspense>
    </main>
  );
}
