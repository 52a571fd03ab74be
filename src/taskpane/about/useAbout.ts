import "../../i18n/about";
import { useCallback, useMemo, useRef, useState } from "react";
import type { Translate } from "../../i18n";
import type { Diagnostics, OperationRecord } from "../../word/types";
import { useI18n } from "../i18n";
import type { AboutProps, AboutState, CopyState } from "./About.types";

const LOCALES = { vi: "vi-VN", en: "en-US" } as const;

export interface TextFormat {
  t: Translate;
  formatNumber(n: number): string;
  timeOf(at: number): string;
}

/** One operation's line: its hour, name, time, round trips and outcome. */
export function operationLine(op: OperationRecord, { t, formatNumber, timeOf }: TextFormat): string {
  const line = t("pane.about.operation", {
    time: timeOf(op.at),
    name: op.name,
    ms: formatNumber(op.ms),
    syncs: formatNumber(op.syncs),
  });
  const outcome = op.ok ? t("pane.about.ok") : t("pane.about.failed", { code: op.error?.officeCode ?? "" });
  return `${line} — ${outcome}`;
}

/** The diagnostic information as plain text, as the dialog shows it. */
export function diagnosticsText(d: Diagnostics, format: TextFormat): string {
  const { t, formatNumber } = format;
  const or = (v: string) => v || t("pane.about.unknown");
  const lines = [
    `${t("pane.appTitle")} — ${t("pane.about.diagnostics")}`,
    `${t("pane.about.host")}: ${or(d.host)}`,
    `${t("pane.about.platform")}: ${or(d.platform)}`,
    `${t("pane.about.version")}: ${or(d.version)}`,
    `${t("pane.about.requirementSets")}:`,
    ...d.requirementSets.map(
      (s) => `  ${s.name} ${s.version}: ${s.supported ? t("pane.about.supported") : t("pane.about.notSupported")}`,
    ),
    `${t("pane.about.settings")}: ${t("pane.about.bytes", { size: formatNumber(d.settingsBytes) })}`,
    `${t("pane.about.operations", { count: 20 })}:`,
  ];
  if (d.operations.length === 0) lines.push(`  ${t("pane.about.noOperations")}`);
  for (const op of d.operations) {
    lines.push(`  ${operationLine(op, format)}`);
    if (op.error) {
      lines.push(`    ${op.error.detail}`);
      if (op.error.debugInfo) lines.push(...op.error.debugInfo.split("\n").map((l) => `    ${l}`));
    }
  }
  return lines.join("\n");
}

/** Office on the web can run the pane in a frame where the clipboard is refused: false then. */
async function writeClipboard(text: string): Promise<boolean> {
  const clipboard = (globalThis.navigator as Navigator | undefined)?.clipboard;
  if (!clipboard?.writeText) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function useAbout({ diagnostics }: AboutProps): AboutState {
  const { t, lang, formatNumber } = useI18n();
  const [info, setInfo] = useState<AboutState["info"]>(null);
  const [copy, setCopy] = useState<CopyState>("idle");
  const [menu, setMenu] = useState<AboutState["menu"]>("unused");
  const setMenuOpen = useCallback((open: boolean) => setMenu(open ? "open" : "closed"), []);
  const timeFormat = useMemo(
    () => new Intl.DateTimeFormat(LOCALES[lang], { hour: "2-digit", minute: "2-digit", second: "2-digit" }),
    [lang],
  );
  const timeOf = useCallback((at: number) => timeFormat.format(at), [timeFormat]);
  const text = useMemo(
    () => (info ? diagnosticsText(info, { t, formatNumber, timeOf }) : ""),
    [info, t, formatNumber, timeOf],
  );

  const openDiagnostics = useCallback(() => {
    setMenu("closed");
    setCopy("idle");
    setInfo(diagnostics());
  }, [diagnostics]);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setInfo(null);
    buttonRef.current?.focus();
  }, []);
  const copyText = useCallback(async () => {
    setCopy((await writeClipboard(text)) ? "copied" : "manual");
  }, [text]);

  return { info, text, copy, menu, setMenuOpen, buttonRef, timeOf, openDiagnostics, close, copyText };
}
