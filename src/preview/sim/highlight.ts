/** Word's highlight palette: `w:highlight` names and their colours. Any other colour maps to the nearest one. */
const PALETTE: Array<[string, number, number, number]> = [
  ["yellow", 255, 255, 0],
  ["green", 0, 255, 0],
  ["cyan", 0, 255, 255],
  ["magenta", 255, 0, 255],
  ["blue", 0, 0, 255],
  ["red", 255, 0, 0],
  ["darkBlue", 0, 0, 128],
  ["darkCyan", 0, 128, 128],
  ["darkGreen", 0, 128, 0],
  ["darkMagenta", 128, 0, 128],
  ["darkRed", 128, 0, 0],
  ["darkYellow", 128, 128, 0],
  ["darkGray", 128, 128, 128],
  ["lightGray", 192, 192, 192],
  ["black", 0, 0, 0],
];

const ALIASES: Record<string, string> = { turquoise: "cyan", aqua: "cyan", pink: "magenta", brightgreen: "green" };

function hex(r: number, g: number, b: number): string {
  return `#${[r, g, b]
    .map((x) => x.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase()}`;
}

/** `w:highlight` value → the colour Word's `font.highlightColor` reports (`#RRGGBB`), null for none. */
export function highlightToHex(name: string | null): string | null {
  if (!name || name === "none") return null;
  const hit = PALETTE.find(([n]) => n.toLowerCase() === name.toLowerCase());
  return hit ? hex(hit[1], hit[2], hit[3]) : null;
}

/** A colour name or `#RRGGBB` → the nearest `w:highlight` name. */
export function colorToHighlight(color: string): string {
  const c = color.trim();
  const lower = c.toLowerCase();
  const named = PALETTE.find(([n]) => n.toLowerCase() === lower)?.[0] ?? ALIASES[lower];
  if (named) return named;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c);
  if (!m) return "yellow";
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16));
  let best = PALETTE[0];
  let bestD = Infinity;
  for (const p of PALETTE) {
    const d = (p[1] - r) ** 2 + (p[2] - g) ** 2 + (p[3] - b) ** 2;
    if (d < bestD) [best, bestD] = [p, d];
  }
  return best[0];
}
