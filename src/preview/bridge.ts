/**
 * How the pane in the iframe reaches the page's simulator: the page publishes a bridge on its window; the pane
 * page's stand-in for office.js (office.ts) calls `install(window)` before the pane bundle runs, so the pane finds
 * `Office` and `Word` exactly as it would in Word, and nothing is fetched from the internet.
 */
export interface PreviewBridge {
  install(target: object): void;
}

const KEY = "__dienMauPreview";

type BridgeWindow = Window & { [KEY]?: PreviewBridge | null };

export function setBridge(bridge: PreviewBridge | null): void {
  (window as BridgeWindow)[KEY] = bridge;
}

/** The bridge of the page hosting `win` (its parent), or null when the pane page was opened on its own. */
export function findBridge(win: Window): PreviewBridge | null {
  try {
    const parent = win.parent as BridgeWindow | null;
    return parent && parent !== win ? (parent[KEY] ?? null) : null;
  } catch {
    return null;
  }
}
