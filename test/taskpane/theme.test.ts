import { webDarkTheme, webLightTheme, teamsHighContrastTheme } from "@fluentui/react-components";
import { loadTheme, themeNameFor } from "../../src/taskpane/theme";

describe("the pane follows Office's theme", () => {
  test.each([
    [{ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" }, false, "light"],
    [{ bodyBackgroundColor: "#F3F3F3", bodyForegroundColor: "#262626" }, false, "light"],
    [{ bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" }, false, "dark"],
    [{ bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#D0D0D0" }, false, "dark"],
    [{ bodyBackgroundColor: "#000000", bodyForegroundColor: "#FFFFFF" }, false, "highContrast"],
    [{ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" }, true, "highContrast"],
    [undefined, false, "light"],
    [{ bodyBackgroundColor: "not a colour" }, false, "light"],
  ] as const)("%j (forced colours %s) → %s", (officeTheme, forced, expected) => {
    expect(themeNameFor(officeTheme, forced)).toBe(expected);
  });

  test("each name loads the Fluent theme", async () => {
    expect(await loadTheme("light")).toBe(webLightTheme);
    expect(await loadTheme("dark")).toBe(webDarkTheme);
    expect(await loadTheme("highContrast")).toBe(teamsHighContrastTheme);
  });
});
