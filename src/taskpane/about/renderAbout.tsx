import "../../i18n/about";
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
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons/svg/copy";
import { InfoRegular } from "@fluentui/react-icons/svg/info";
import { MoreVerticalRegular } from "@fluentui/react-icons/svg/more-vertical";
import { useEffect, useRef } from "react";
import { useI18n } from "../i18n";
import type { AboutState } from "./About.types";
import { operationLine } from "./useAbout";

const useStyles = makeStyles({
  surface: { maxWidth: "min(600px, calc(100vw - 16px))", boxSizing: "border-box" },
  content: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, overflowWrap: "anywhere" },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  pairs: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: "2px",
    margin: 0,
    "& dd": { margin: 0 },
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  failed: { color: tokens.colorPaletteRedForeground1 },
  debug: {
    margin: 0,
    padding: tokens.spacingHorizontalXS,
    whiteSpace: "pre-wrap",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  manual: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export function renderAbout(state: AboutState) {
  return <AboutView {...state} />;
}

function AboutView(props: AboutState) {
  const { info, text, copy, timeOf, menu, setMenuOpen, buttonRef, openDiagnostics, close, copyText } = props;
  const { t, formatNumber } = useI18n();
  const styles = useStyles();
  // The menu mounts already open on its first use, so Fluent does not move the focus into it: do that here.
  const itemRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (menu === "open") itemRef.current?.focus();
  }, [menu]);
  const or = (v: string) => v || t("pane.about.unknown");
  const supported = info?.requirementSets.filter((s) => s.supported) ?? [];
  const unsupported = info?.requirementSets.filter((s) => !s.supported) ?? [];
  const sets = (list: typeof supported) => list.map((s) => `${s.name} ${s.version}`).join(", ") || "—";

  const button = (
    <Button
      ref={buttonRef}
      appearance="subtle"
      icon={<MoreVerticalRegular />}
      aria-label={t("pane.about.menu")}
      aria-haspopup="menu"
      aria-expanded={menu === "open"}
      onClick={menu === "unused" ? () => setMenuOpen(true) : undefined}
    />
  );

  return (
    <>
      {menu === "unused" ? (
        button
      ) : (
        <Menu open={menu === "open"} onOpenChange={(_, data) => setMenuOpen(data.open)}>
          <MenuTrigger disableButtonEnhancement>{button}</MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem ref={itemRef} icon={<InfoRegular />} onClick={openDiagnostics}>
                {t("pane.about.diagnostics")}
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      )}
      {info && (
        // Modal, the dialog opened from a menu item stayed aria-hidden while the menu handed the focus back to its
        // button (screen readers would not read it); nothing behind it needs blocking.
        <Dialog open modalType="non-modal" onOpenChange={(_, data) => !data.open && close()}>
          <DialogSurface className={styles.surface}>
            <DialogBody>
              <DialogTitle>{t("pane.about.diagnostics")}</DialogTitle>
              <DialogContent className={styles.content}>
                <>
                  <Caption1>{t("pane.about.privacy")}</Caption1>
                  <dl className={styles.pairs}>
                    <dt>{t("pane.about.host")}</dt>
                    <dd>{or(info.host)}</dd>
                    <dt>{t("pane.about.platform")}</dt>
                    <dd>{or(info.platform)}</dd>
                    <dt>{t("pane.about.version")}</dt>
                    <dd>{or(info.version)}</dd>
                    <dt>{t("pane.about.settings")}</dt>
                    <dd>{t("pane.about.bytes", { size: formatNumber(info.settingsBytes) })}</dd>
                  </dl>
                  <section className={styles.section}>
                    <h3 className={styles.heading}>
                      <Subtitle2>{t("pane.about.requirementSets")}</Subtitle2>
                    </h3>
                    <div>
                      {t("pane.about.supported")}: {sets(supported)}
                    </div>
                    <div>
                      {t("pane.about.notSupported")}: {sets(unsupported)}
                    </div>
                  </section>
                  <section className={styles.section}>
                    <h3 className={styles.heading}>
                      <Subtitle2>{t("pane.about.operations", { count: 20 })}</Subtitle2>
                    </h3>
                    {info.operations.length === 0 ? (
                      <div>{t("pane.about.noOperations")}</div>
                    ) : (
                      <ol className={styles.list}>
                        {info.operations.map((op, i) => (
                          <li key={i} className={op.ok ? undefined : styles.failed}>
                            {operationLine(op, { t, formatNumber, timeOf })}
                            {op.error && (
                              <pre className={styles.debug}>
                                {[op.error.detail, op.error.debugInfo].filter(Boolean).join("\n")}
                              </pre>
                            )}
                          </li>
                        ))}
                      </ol>
                    )}
                  </section>
                  {copy === "copied" && (
                    <MessageBar intent="success">
                      <MessageBarBody>{t("pane.about.copied")}</MessageBarBody>
                    </MessageBar>
                  )}
                  {copy === "manual" && (
                    <>
                      <MessageBar intent="info">
                        <MessageBarBody>{t("pane.about.copyByHand")}</MessageBarBody>
                      </MessageBar>
                      <Field label={t("pane.about.copyText")}>
                        <Textarea
                          className={styles.manual}
                          value={text}
                          readOnly
                          rows={10}
                          resize="vertical"
                          onFocus={(e) => e.currentTarget.select()}
                        />
                      </Field>
                    </>
                  )}
                </>
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" icon={<CopyRegular />} onClick={() => void copyText()}>
                  {t("pane.about.copy")}
                </Button>
                <Button onClick={close}>{t("pane.about.close")}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </>
  );
}
