import { webLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeName = "light" | "dark" | "highContrast";

/** Relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white); null when it cannot be read. */
function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex?.trim() ?? "");
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Office gives colours, not a theme name: a dark body background means a dark theme. High contrast shows as the
 * system's forced colours (Windows) or as pure black/white with a contrasting foreground.
 */
export function themeNameFor(
  officeTheme: { bodyBackgroundColor?: string; bodyForegroundColor?: string } | undefined,
  forcedColors: boolean,
): ThemeName {
  if (forcedColors) return "highContrast";
  const bg = luminance(officeTheme?.bodyBackgroundColor);
  const fg = luminance(officeTheme?.bodyForegroundColor);
  if (bg !== null && fg !== null && bg < 0.01 && fg > 0.9) return "highContrast";
  if (bg !== null && bg < 0.2) return "dark";
  return "light";
}

/** The light theme ships in the start bundle; the others are fetched only by those who use them. */
export async function loadTheme(name: ThemeName): Promise<Theme> {
  if (name === "dark") {
    return (await import(/* webpackExports: ["webDarkTheme"] */ "@fluentui/react-components")).webDarkTheme;
  }
  if (name === "highContrast") {
    return (await import(/* webpackExports: ["teamsHighContrastTheme"] */ "@fluentui/react-components"))
      .teamsHighContrastTheme;
  }
  return webLightTheme;
}
