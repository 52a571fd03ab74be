/**
 * Our mark: one colour (Word's "Turquoise", rarely used by people for their own marks), put only on text carrying no
 * highlight, and taken off only where it still shows that colour, so a highlight the user set survives.
 */
export const MARK_COLOR = "#00FFFF";
const MARK_NAMES = new Set(["#00ffff", "turquoise", "cyan", "aqua"]);

export function markColor(color: string | null | undefined): boolean {
  return !!color && MARK_NAMES.has(color.toLowerCase());
}
