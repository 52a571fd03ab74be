import { useEffect, useRef } from "react";

/** Whether the pane is still shown: an answer from Word that arrives after it closed changes nothing. */
export function useMounted() {
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return mounted;
}
