// The sandbox opens on an empty message, as Outlook does; this bar offers the example (an invoice template, the
// member list and one invoice per member) in one click, and says what it put where.
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { DocumentAdd20Regular } from "@fluentui/react-icons";
import type { ChromeStrings } from "./sandboxStrings";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  hint: { flexBasis: "320px", flexGrow: 1, color: tokens.colorNeutralForeground2 },
  results: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** Where the example stands: not asked for, on its way, in the message (with what could not be fetched), or failed. */
export type ExampleBarState =
  | { readonly kind: "none" }
  | { readonly kind: "loading" }
  | { readonly kind: "loaded"; readonly attached: number; readonly failed: readonly string[] }
  | { readonly kind: "failed" };

export function ExampleBar({ c, example, onLoad }: { readonly c: ChromeStrings; readonly example: ExampleBarState; readonly onLoad: () => void }) {
  const styles = useStyles();
  return (
    <div className={styles.results}>
      <div className={styles.bar}>
        <Button appearance="primary" size="large" icon={<DocumentAdd20Regular />} disabled={example.kind === "loading"} onClick={onLoad}>
          {c.loadExample}
        </Button>
        {example.kind === "loading" ? <Spinner size="tiny" label={c.loadingExample} /> : <Caption1 className={styles.hint}>{c.loadExampleHint}</Caption1>}
      </div>
      {/* Said where it is read, without taking the focus from what the user does next. */}
      <div aria-live="polite">
        {example.kind === "loaded" && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{c.exampleLoaded(example.attached)}</MessageBarBody>
          </MessageBar>
        )}
        {example.kind === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>{c.exampleFailed}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {example.kind === "loaded" && example.failed.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{c.missingSamples(example.failed.join(", "))}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
