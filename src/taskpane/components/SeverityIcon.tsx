import { makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../../core/types";

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
  ok: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
});

/** The icon of a row's worst problem; decorative, so the text beside it must say the same. */
export function SeverityIcon({ severity }: { readonly severity: Severity | "ok" }) {
  const styles = useStyles();
  if (severity === "error") return <ErrorCircle16Filled aria-hidden className={styles.error} />;
  if (severity === "warning") return <Warning16Filled aria-hidden className={styles.warning} />;
  return <CheckmarkCircle16Filled aria-hidden className={styles.ok} />;
}

export function worstSeverity(issues: readonly { readonly severity: Severity }[] | undefined): Severity | "ok" {
  if (issues === undefined || issues.length === 0) return "ok";
  return issues.some((i) => i.severity === "error") ? "error" : "warning";
}
