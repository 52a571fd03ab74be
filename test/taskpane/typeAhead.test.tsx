/**
 * Fast typing across fields: Enter writes the field to Word before the form moves on, and that takes a round trip.
 * What the user types meanwhile belongs to the next field, whole.
 */
import { act, screen, waitFor } from "@testing-library/react";
import type { ApplyReport } from "../../src/word/types";
import { openPane } from "./harness";

test("letters typed while Enter's write is on its way go to the next field, none lost, none in the last one", async () => {
  const pane = await openPane();
  // Word answers the write only when the test says so.
  let answer: (() => void) | null = null;
  const apply = pane.gateway.apply.bind(pane.gateway);
  pane.gateway.apply = (writes) =>
    new Promise<ApplyReport>((resolve, reject) => {
      answer = () => apply(writes).then(resolve, reject);
    });
  await pane.user.click(screen.getByRole("button", { name: /^(Bắt đầu|Tiếp tục) điền$|^(Start|Continue) filling$/ }));
  const first = (await screen.findByRole("heading", { level: 2 })).textContent;
  const input = document.activeElement as HTMLInputElement;
  await pane.user.clear(input);
  await pane.user.type(input, "Tuy Phước{Enter}");
  // Still on the first field: its write has not come back.
  expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(first ?? "");
  await pane.user.keyboard("Xã");
  expect(input).toHaveValue("Tuy Phước");
  await act(async () => answer!());
  await waitFor(() => expect(screen.getByRole("heading", { level: 2 })).not.toHaveTextContent(first ?? ""));
  await waitFor(() => expect(document.activeElement).toHaveValue("Xã"));
  await pane.user.keyboard(" Phước Hòa");
  expect(document.activeElement).toHaveValue("Xã Phước Hòa");
});
