/** The pane tests keep computed styles between DOM changes: a change must always be seen, however it is timed. */
import "./setup";
import { render, screen } from "@testing-library/react";

test("an element hidden after its style was read is hidden to the next role query, before or after a tick", async () => {
  render(
    <div data-testid="box">
      <button>Tiếp tục điền</button>
    </div>,
  );
  const box = screen.getByTestId("box");
  expect(screen.getByRole("button", { name: "Tiếp tục điền" })).toBeInTheDocument();

  box.style.setProperty("display", "none");
  expect(screen.queryByRole("button", { name: "Tiếp tục điền" })).not.toBeInTheDocument();

  box.style.removeProperty("display");
  expect(screen.getByRole("button", { name: "Tiếp tục điền" })).toBeInTheDocument();
  // Records delivered to the observer in between, not left to be taken by the next call.
  await Promise.resolve();
  box.style.setProperty("display", "none");
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(screen.queryByRole("button", { name: "Tiếp tục điền" })).not.toBeInTheDocument();
});
