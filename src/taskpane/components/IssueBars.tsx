// Problems as Fluent MessageBars: errors first, then warnings; a long list is cut short with a count of the rest.
import { Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Issue } from "../../core/types";
import { formatNumber, LANGUAGES } from "../../i18n";
import { usePane } from "../context";
import { useStepStyles } from "../steps/stepStyles";

export function IssueBars({ issues, max = 20 }: { readonly issues: readonly Issue[]; readonly max?: number }) {
  const styles = useStepStyles();
  const { t } = usePane();
  if (issues.length === 0) return null;
  const ordered = [...issues.filter((i) => i.severity === "error"), ...issues.filter((i) => i.severity === "warning")];
  const shown = ordered.slice(0, max);
  return (
    <ul className={styles.list}>
      {shown.map((issue, index) => (
        <li key={`${issue.code}-${issue.row ?? "all"}-${index}`}>
          <MessageBar intent={issue.severity} layout="multiline">
            <MessageBarBody>{issue.message}</MessageBarBody>
          </MessageBar>
        </li>
      ))}
      {ordered.length > shown.length && (
        <li>
          <Caption1>{t.moreProblems(ordered.length - shown.length)}</Caption1>
        </li>
      )}
    </ul>
  );
}

/** An issue's text without the "Row 5: " the core puts in front, where the row is shown already. */
export function withoutRowPrefix(issue: Pick<Issue, "row" | "message">): string {
  if (issue.row === null) return issue.message;
  // The core writes the number the user's way ("Zeile 10.000: "); a message from elsewhere may have it plain.
  const row = issue.row;
  const forms = new Set([String(row), ...LANGUAGES.map((lang) => formatNumber(row, lang))]);
  const numbers = [...forms].map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const match = new RegExp(`^\\S+ (?:${numbers}): `).exec(issue.message);
  return match ? issue.message.slice(match[0].length) : issue.message;
}
