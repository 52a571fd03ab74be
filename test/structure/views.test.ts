/**
 * Every view of the pane has the same shape, so a newcomer finds its parts where the others keep them: its props
 * and state (X.types.ts), the hook that turns props into state (useX.ts), the rendering of that state
 * (renderX.tsx), and the component that joins the two (X.tsx).
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

const PANE = join(__dirname, "../../src/taskpane");

/** Folders of the pane that hold no view: the session's state and hooks; the Track Changes prompt and notice. */
const NOT_VIEWS = new Set(["session", "tracking"]);

const folders = readdirSync(PANE).filter((f) => statSync(join(PANE, f)).isDirectory() && !NOT_VIEWS.has(f));

describe("the pane's views", () => {
  it("are the folders of src/taskpane", () => {
    expect(folders).toEqual(expect.arrayContaining(["about", "all", "check", "form", "overview"]));
  });

  it.each(folders)("%s has X.types.ts, useX.ts, renderX.tsx and X.tsx, and X renders what useX gives", (folder) => {
    const files = readdirSync(join(PANE, folder));
    const types = files.filter((f) => f.endsWith(".types.ts"));
    expect(types).toHaveLength(1);
    const view = types[0].replace(/\.types\.ts$/, "");
    expect(files).toEqual(
      expect.arrayContaining([`${view}.types.ts`, `use${view}.ts`, `render${view}.tsx`, `${view}.tsx`]),
    );
    const component = readFileSync(join(PANE, folder, `${view}.tsx`), "utf8");
    expect(component).toContain(`return render${view}(use${view}(props));`);
  });
});
