// Theme and language of the Outlook hosting the task pane. Outlook reports no dark-mode flag
// (officeTheme.isDarkTheme is not set in Outlook), so dark is derived from the body background colour.
import { DEFAULT_LANG, languageFromTag, type Lang } from "../i18n";

export type ThemeKind = "light" | "dark";

export interface HostEnvironment {
  readonly lang: Lang;
  readonly theme: ThemeKind;
}

/** The few Office.context properties read here; absent outside Office and in older Outlooks (officeTheme: Mailbox 1.14). */
export interface OfficeContextLike {
  readonly displayLanguage?: string | undefined;
  readonly officeTheme?: { readonly bodyBackgroundColor?: string | undefined } | undefined;
}

export const DEFAULT_ENVIRONMENT: HostEnvironment = { lang: DEFAULT_LANG, theme: "light" };

/** Relative luminance (WCAG 2) of "#rgb" or "#rrggbb"; undefined if the text is not such a colour. */
export function relativeLuminance(color: string): number | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  const hex = match?.[1];
  if (hex === undefined) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(full.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// Mid-grey (CIE L* = 50) has a relative luminance of about 0.184: darker backgrounds get the dark theme.
const DARK_BELOW_LUMINANCE = 0.184;

export function themeFromBackground(bodyBackgroundColor: string | undefined): ThemeKind {
  const luminance = bodyBackgroundColor === undefined ? undefined : relativeLuminance(bodyBackgroundColor);
  return luminance !== undefined && luminance < DARK_BELOW_LUMINANCE ? "dark" : "light";
}

export function environmentFromContext(context: OfficeContextLike | undefined): HostEnvironment {
  if (context === undefined) return DEFAULT_ENVIRONMENT;
  return {
    lang: languageFromTag(context.displayLanguage),
    theme: themeFromBackground(context.officeTheme?.bodyBackgroundColor),
  };
}

/**
 * Waits for Office.js and reads the environment. Without Office.js (opened in a plain browser, office.js blocked)
 * it answers English and light at once.
 */
export async function readHostEnvironment(): Promise<HostEnvironment> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return DEFAULT_ENVIRONMENT;
  try {
    await Office.onReady();
  } catch {
    return DEFAULT_ENVIRONMENT;
  }
  // Outside Office, onReady resolves with no host and Office.context may lack these properties.
  const context = Office.context as OfficeContextLike | undefined;
  return environmentFromContext(context);
}
