/** Reading filled reports back against their template, and rolling the values of many up into one table. */
export {
  isSameTemplate,
  itemName,
  prepareTemplate,
  readReport,
  SAME_TEMPLATE_MATCH,
  type PreparedTemplate,
} from "./align";
export { answerNumber, isAdditive, rollUp, totalsAsAnswers, unitField } from "./rollup";
export type {
  Column,
  Notice,
  NoticeReason,
  ReportRead,
  RolledCell,
  RolledLines,
  RolledTable,
  Rollup,
  Row,
  SummedGrid,
} from "./rollup";
export type * from "./types";
