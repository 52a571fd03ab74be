/**
 * The document moves under the form: rescan when Word says it changed and when the pane regains focus, debounced,
 * and not while a write is on its way (its own rescan follows it).
 */
import { useEffect } from "react";
import type { WordGateway } from "../../word/types";

const REFRESH_DEBOUNCE_MS = 250;

export function useRefreshOnChange(gateway: WordGateway, rescan: () => void, writing: () => boolean): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!writing()) rescan();
      }, REFRESH_DEBOUNCE_MS);
    };
    const off = gateway.onChanged(schedule);
    window.addEventListener("focus", schedule);
    return () => {
      clearTimeout(timer);
      off();
      window.removeEventListener("focus", schedule);
    };
  }, [gateway, rescan, writing]);
}
