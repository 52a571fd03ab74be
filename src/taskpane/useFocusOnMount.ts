import { useEffect, useRef } from "react";

/**
 * A view that replaces another takes the focus its predecessor dropped (the button that opened it is gone), so
 * keyboard and screen-reader users land at its heading instead of the top of the page. Focus that already sits
 * in a control (an input with autoFocus) is left alone.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) ref.current?.focus();
  }, []);
  return ref;
}
