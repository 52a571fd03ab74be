import { useMemo } from "react";
import { gridTables } from "../grid/tables";
import { outlineGroups } from "../session/model";
import { useFocusOnMount } from "../useFocusOnMount";
import type { OverviewProps, OverviewState } from "./Overview.types";

const MAX_SECTIONS = 40;

export function useOverview({ session }: OverviewProps): OverviewState {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const model = session.model;
  const sectionList = session.outcome?.result.sections;
  // Sections without fields have nothing to fill, so they are left out; counts are in fields, like the progress.
  const groups = useMemo(() => (model ? outlineGroups(model, sectionList ?? []) : []), [model, sectionList]);
  // A very long document lists its first sections here; the rest are one click away in "All fields".
  const sections = groups.slice(0, MAX_SECTIONS);
  const paragraphs = session.outcome?.snapshot?.paragraphs;
  const tables = useMemo(() => gridTables(model, paragraphs), [model, paragraphs]);
  return { session, model, sections, more: groups.length - sections.length, tables, headingRef };
}
