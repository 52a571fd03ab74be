/**
 * Track Changes: with it on, the first write of the pane's session waits for the user to agree that the values
 * become revisions; stopping writes nothing and keeps what they typed. The check screen reminds them that
 * finishing is recorded as revisions too.
 */
import "./setup";
import { act, render, renderHook, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import type { Lang } from "../../src/i18n";
import { Check } from "../../src/taskpane/check/Check";
import { I18nProvider } from "../../src/taskpane/i18n";
import type { FillSession } from "../../src/taskpane/session/types";
import { useTrackingConsent } from "../../src/taskpane/session/useTrackingConsent";
import { TrackingPrompt } from "../../src/taskpane/tracking/TrackingChanges";
import type { TrackingState } from "../../src/word/types";
import { InFluent } from "./fluent";

jest.setTimeout(30000);

/**
 * A field the way the pane writes one: the typed value is a draft until a write goes through, and every write
 * first asks `confirmWrite`.
 */
function Field({ tracking, written }: { tracking: TrackingState; written: string[] }) {
  const consent = useTrackingConsent(tracking);
  const [draft, setDraft] = useState("");
  const save = async () => {
    if (!(await consent.confirmWrite())) return;
    written.push(draft);
    setDraft("");
  };
  return (
    <>
      <TrackingPrompt prompt={consent.prompt} />
      <label>
        Value
        <input value={draft} onChange={(e) => setDraft(e.target.value)} />
      </label>
      <button onClick={() => void save()}>Save</button>
    </>
  );
}

function renderField(tracking: TrackingState, lang: Lang = "vi") {
  const written: string[] = [];
  const user = userEvent.setup();
  const view = render(
    <InFluent>
      <I18nProvider lang={lang}>
        <Field tracking={tracking} written={written} />
      </I18nProvider>
    </InFluent>,
  );
  return { written, user, view };
}

test("with Track Changes on, stopping writes nothing and keeps the typed value; agreeing writes from then on", async () => {
  const { written, user } = renderField("on");
  await user.type(screen.getByLabelText("Value"), "Nguyễn Văn A");
  await user.click(screen.getByRole("button", { name: "Save" }));
  expect(await screen.findByText("Tài liệu đang bật Theo dõi Thay đổi")).toBeInTheDocument();
  expect(written).toEqual([]);

  await user.click(screen.getByRole("button", { name: "Chưa ghi" }));
  expect(screen.queryByText("Tài liệu đang bật Theo dõi Thay đổi")).not.toBeInTheDocument();
  expect(written).toEqual([]);
  expect(screen.getByLabelText("Value")).toHaveValue("Nguyễn Văn A");

  // Stopping is not remembered: the next write asks again.
  await user.click(screen.getByRole("button", { name: "Save" }));
  await user.click(await screen.findByRole("button", { name: "Vẫn ghi" }));
  expect(written).toEqual(["Nguyễn Văn A"]);

  await user.type(screen.getByLabelText("Value"), "15");
  await user.click(screen.getByRole("button", { name: "Save" }));
  expect(written).toEqual(["Nguyễn Văn A", "15"]);
  expect(screen.queryByRole("button", { name: "Vẫn ghi" })).not.toBeInTheDocument();
});

test("the question takes the focus on the message, not on a button an Enter would press", async () => {
  const { user } = renderField("on", "en");
  await user.type(screen.getByLabelText("Value"), "x");
  await user.click(screen.getByRole("button", { name: "Save" }));
  const title = await screen.findByText("Track Changes is on");
  expect(document.activeElement?.contains(title)).toBe(true);
  expect(document.activeElement?.tagName).not.toBe("BUTTON");
  expect(screen.getByRole("button", { name: "Write anyway" })).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Don't write" })).toBeInTheDocument();
});

test.each<TrackingState>(["off", "unknown"])("with tracking %s, writes go ahead without a question", async (state) => {
  const { written, user } = renderField(state);
  await user.type(screen.getByLabelText("Value"), "12");
  await user.click(screen.getByRole("button", { name: "Save" }));
  expect(written).toEqual(["12"]);
  expect(screen.queryByText("Tài liệu đang bật Theo dõi Thay đổi")).not.toBeInTheDocument();
});

describe("useTrackingConsent", () => {
  test("writes started while the question is open share its one answer", async () => {
    const { result } = renderHook(() => useTrackingConsent("on"));
    let first!: Promise<boolean>;
    let second!: Promise<boolean>;
    act(() => {
      first = result.current.confirmWrite();
      second = result.current.confirmWrite();
    });
    expect(result.current.prompt).not.toBeNull();
    act(() => result.current.prompt!.proceed());
    await expect(Promise.all([first, second])).resolves.toEqual([true, true]);
    expect(result.current.prompt).toBeNull();
    await expect(result.current.confirmWrite()).resolves.toBe(true);
  });

  test("a rescan finding tracking turned off lets the waiting write go ahead", async () => {
    const { result, rerender } = renderHook(({ tracking }) => useTrackingConsent(tracking), {
      initialProps: { tracking: "on" as TrackingState },
    });
    let answer!: Promise<boolean>;
    act(() => {
      answer = result.current.confirmWrite();
    });
    rerender({ tracking: "off" });
    await expect(answer).resolves.toBe(true);
    expect(result.current.prompt).toBeNull();
  });

  test("tracking turned on later in the session is asked about at the next write", async () => {
    const { result, rerender } = renderHook(({ tracking }) => useTrackingConsent(tracking), {
      initialProps: { tracking: "off" as TrackingState },
    });
    await expect(result.current.confirmWrite()).resolves.toBe(true);
    rerender({ tracking: "on" });
    let answer!: Promise<boolean>;
    act(() => {
      answer = result.current.confirmWrite();
    });
    expect(result.current.prompt).not.toBeNull();
    act(() => result.current.prompt!.stop());
    await expect(answer).resolves.toBe(false);
  });

  test("a pane closed with the question open writes nothing", async () => {
    const { result, unmount } = renderHook(() => useTrackingConsent("on"));
    let answer!: Promise<boolean>;
    act(() => {
      answer = result.current.confirmWrite();
    });
    unmount();
    await expect(answer).resolves.toBe(false);
  });
});

describe("the check screen", () => {
  function renderCheck(tracking: TrackingState | undefined, lang: Lang = "vi") {
    const session = {
      outcome: { result: { blanks: [], findings: [] }, tracking },
      model: { byId: new Map() },
      finalized: false,
      drafts: {},
      setView: () => undefined,
    } as unknown as FillSession;
    render(
      <InFluent>
        <I18nProvider lang={lang}>
          <Check session={session} />
        </I18nProvider>
      </InFluent>,
    );
  }

  test("says that finishing is recorded as revisions when Track Changes is on", () => {
    renderCheck("on");
    expect(
      screen.getByText(/khi hoàn tất, việc gỡ khung của Điền mẫu cũng được ghi thành thay đổi/),
    ).toBeInTheDocument();
  });

  test("in English too", () => {
    renderCheck("on", "en");
    expect(
      screen.getByText(
        "Track Changes is on: removing the add-in's boxes at finalize is recorded as revisions too; accept or reject all changes before sending.",
      ),
    ).toBeInTheDocument();
  });

  test.each<TrackingState | undefined>(["off", "unknown", undefined])("says nothing of it with tracking %s", (t) => {
    renderCheck(t);
    expect(screen.getByText(/Không còn gì cần sửa/)).toBeInTheDocument();
    expect(screen.queryByText(/Theo dõi Thay đổi/)).not.toBeInTheDocument();
  });
});
