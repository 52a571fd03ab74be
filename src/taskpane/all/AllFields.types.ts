import type { RefObject } from "react";
import type { FieldInputProps } from "../form/FieldInput";
import type { FieldEntry } from "../session/model";
import type { FillSession } from "../session/types";

/** What the list reads and does: the fields, editing each in place, jumping to it, and the dismissed blanks. */
export type AllFieldsSession = Pick<FillSession, "model" | "setView" | "jump"> &
  Partial<Pick<FillSession, "dismissed" | "restore">> &
  FieldInputProps["session"];

export interface AllFieldsProps {
  session: AllFieldsSession;
}

export type AllFieldsRow =
  { type: "section"; key: string; title: string } | { type: "field"; key: string; entry: FieldEntry };

export interface AllFieldsState {
  session: AllFieldsSession;
  /** Section titles, each followed by its fields: every field, or only the empty ones. */
  rows: AllFieldsRow[];
  onlyEmpty: boolean;
  /** Sets the "only empty" filter; fields kept in view while being filled go with it. */
  filter(on: boolean): void;
  /** The user is working on this field: it stays in the list until the filter is set again. */
  keep(fieldId: string): void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}
