/**
 * One view rendered on its own, as the pane would show it, over a document given as plain text: no Word and no
 * simulator, only the engine's scan of that text.
 */
import "./setup";
import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import { scan, snapshotFromText } from "../../src/core";
import type { DocumentSnapshot, FilledBlank, ScanResult, SnapshotParagraph } from "../../src/core/types";
import type { Lang } from "../../src/i18n";
import { I18nProvider } from "../../src/taskpane/i18n";
import { buildModel, type FormModel } from "../../src/taskpane/session/model";
import { InFluent } from "./fluent";

export function renderView(view: ReactElement, lang: Lang = "vi"): RenderResult {
  return render(
    <InFluent>
      <I18nProvider lang={lang}>{view}</I18nProvider>
    </InFluent>,
  );
}

/**
 * The engine's scan of a document written one paragraph a line (with the values written into it so far), and the
 * form model the pane builds from it.
 */
export function scanned(lines: string[], filled: FilledBlank[] = []): { result: ScanResult; model: FormModel } {
  const result = scan({ snapshot: snapshotFromText(lines.join("\n")), filled });
  return { result, model: buildModel(result) };
}

const BOXED = { top: true, left: true, bottom: true, right: true };

/**
 * A document of body lines and one bordered table (its rows of cell texts, one paragraph a cell), scanned as the
 * Word layer reports a table: every cell paragraph carries its table, row and grid column.
 */
export function scannedTable(
  before: string[],
  rows: string[][],
  filled: FilledBlank[] = [],
): { snapshot: DocumentSnapshot; result: ScanResult; model: FormModel } {
  const body = before.map((text): SnapshotParagraph => ({ text, location: "body" }));
  const cells = rows.flatMap((row, r) =>
    row.map((text, col): SnapshotParagraph => ({
      text,
      location: "table",
      tableNestingLevel: 1,
      cell: { table: 0, row: r, col, gridCol: col, gridSpan: 1, borders: BOXED },
    })),
  );
  const snapshot: DocumentSnapshot = { paragraphs: [...body, ...cells], contentControls: [] };
  const result = scan({ snapshot, filled });
  return { snapshot, result, model: buildModel(result) };
}
