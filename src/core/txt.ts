import type { DocumentSnapshot } from "./types";

/** A plain-text document as a snapshot: each line a body paragraph; plain text carries no tab-leader information. */
export function snapshotFromText(text: string): DocumentSnapshot {
  const body = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = body.endsWith("\n") ? body.slice(0, -1).split("\n") : body.split("\n");
  return { paragraphs: lines.map((line) => ({ text: line, location: "body" as const })), contentControls: [] };
}
