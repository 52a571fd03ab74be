/**
 * When the pane reads the document again on its own: a scan of a long document takes seconds, so only when the
 * document may have changed, and never a change lost because a write was on its way.
 */
import { act, fireEvent, renderHook } from "@testing-library/react";
import { REFRESH_DEBOUNCE_MS, useRefreshOnChange } from "../../src/taskpane/session/useRefreshOnChange";
import type { WordGateway } from "../../src/word/types";

function setup() {
  let signal: (() => void) | null = null;
  const gateway = {
    onChanged: (listener: () => void) => {
      signal = listener;
      return () => {
        signal = null;
      };
    },
  } as unknown as WordGateway;
  const rescan = jest.fn();
  let busy = false;
  const hook = renderHook(() => useRefreshOnChange(gateway, rescan, () => busy));
  const wait = (ms = REFRESH_DEBOUNCE_MS) => act(() => jest.advanceTimersByTime(ms));
  return {
    rescan,
    wait,
    hook,
    change: () => act(() => signal?.()),
    setBusy: (b: boolean) => {
      busy = b;
    },
  };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test("changes Word signals are read once, a moment after the last", () => {
  const { rescan, wait, change } = setup();
  change();
  wait(REFRESH_DEBOUNCE_MS / 2);
  change();
  wait(REFRESH_DEBOUNCE_MS / 2);
  expect(rescan).not.toHaveBeenCalled();
  wait();
  expect(rescan).toHaveBeenCalledTimes(1);
});

test("a change signalled while a write is on its way is read once the write is done", () => {
  const { rescan, wait, change, setBusy } = setup();
  setBusy(true);
  change();
  wait();
  wait();
  expect(rescan).not.toHaveBeenCalled();
  setBusy(false);
  wait();
  expect(rescan).toHaveBeenCalledTimes(1);
});

test("coming back to the pane reads the document only when it may have changed", () => {
  const { rescan, wait, change } = setup();
  // Focus that never left (a click inside the pane): nothing to read.
  fireEvent.focus(window);
  wait();
  expect(rescan).not.toHaveBeenCalled();
  // Word has never signalled a change, so the pane cannot tell: having left is reason enough.
  fireEvent.blur(window);
  fireEvent.focus(window);
  wait();
  expect(rescan).toHaveBeenCalledTimes(1);
  // Once Word's signals are known to come, a return with nothing signalled reads nothing…
  change();
  wait();
  expect(rescan).toHaveBeenCalledTimes(2);
  fireEvent.blur(window);
  fireEvent.focus(window);
  wait();
  expect(rescan).toHaveBeenCalledTimes(2);
  // …and a return with a signal not yet read reads it once.
  fireEvent.blur(window);
  change();
  fireEvent.focus(window);
  wait();
  expect(rescan).toHaveBeenCalledTimes(3);
});

test("nothing is read after the pane is closed", () => {
  const { rescan, wait, change, hook } = setup();
  change();
  hook.unmount();
  wait();
  expect(rescan).not.toHaveBeenCalled();
});
