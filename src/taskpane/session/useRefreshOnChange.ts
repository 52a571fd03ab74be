/**
 * The document moves under the form. A scan of a long document takes seconds, so the pane reads it again only when
 * it may have changed: Word signals a change (the Word layer leaves out the add-in's own selections and debounces
 * the rest), read a moment later and never while a write is on its way (it waits for the write); or the user comes
 * back to the pane with a signal still unread — or, where Word has never signalled anything (so the pane cannot
 * tell), after having left it at all.
 */
import { useEffect } from "react";
import type { WordGateway } from "../../word/types";

export const REFRESH_DEBOUNCE_MS = 250;

export function useRefreshOnChange(gateway: WordGateway, rescan: () => void, writing: () => boolean): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** A change was signalled and not read yet. */
    let pending = false;
    /** Word has signalled a change at least once: its signals can be trusted to come. */
    let heard = false;
    let left = false;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (writing()) schedule();
        else {
          pending = false;
          rescan();
        }
      }, REFRESH_DEBOUNCE_MS);
    };
    const changed = () => {
      pending = true;
      heard = true;
      schedule();
    };
    const onBlur = () => {
      left = true;
    };
    const onFocus = () => {
      if (pending || (!heard && left)) schedule();
      left = false;
    };
    const off = gateway.onChanged(changed);
    window.addEventListener("blur", onBlur);
    window.addEventListener("focus", onFocus);
    return () => {
      clearTimeout(timer);
      off();
      window.removeEventListener("blur", onBlur);
      window.removeEventListener("focus", onFocus);
    };
  }, [gateway, rescan, writing]);
}
