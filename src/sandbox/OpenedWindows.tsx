// The compose windows the add-in opened (displayNewMessageForm[Async]), as Outlook would show them: one per
// recipient, each offered as an .eml draft. A window that breaks the privacy rule is flagged, not offered.
import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import { openedWindowEml } from "./openedWindowEml";
import type { OpenedMessageWindow } from "./simulatedMailbox";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
  title: { margin: 0 },
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(320px, 1fr))",
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
  },
  card: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    minWidth: 0,
  },
  line: { overflowWrap: "anywhere" },
  label: { color: tokens.colorNeutralForeground3 },
  preview: {
    height: "160px",
    width: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: "#ffffff",
  },
  actions: { display: "flex", justifyContent: "flex-end" },
});

function download(fileName: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: "message/rfc822" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function OpenedWindows({ windows, onClear }: { readonly windows: readonly OpenedMessageWindow[]; readonly onClear: () => void }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="opened-windows-title">
      <div className={styles.heading}>
        <Subtitle2 as="h2" id="opened-windows-title" className={styles.title}>
          Message windows opened by the add-in ({windows.length})
        </Subtitle2>
        {windows.length > 0 ? (
          <Button size="small" onClick={onClear}>
            Close all
          </Button>
        ) : null}
      </div>
      {windows.length === 0 ? (
        <Caption1>Messages Rundmail opens for you to review appear here, one per recipient, as Outlook would open them.</Caption1>
      ) : (
        <ul className={styles.list}>
          {windows.map((window) => (
            <OpenedWindowCard key={window.id} window={window} />
          ))}
        </ul>
      )}
    </section>
  );
}

function OpenedWindowCard({ window }: { readonly window: OpenedMessageWindow }) {
  const styles = useStyles();
  const eml = openedWindowEml(window);
  const field = (label: string, value: string) => (
    <Body1 className={styles.line}>
      <span className={styles.label}>{label}: </span>
      {value}
    </Body1>
  );
  return (
    <li className={styles.card} aria-label={`Message to ${window.to.join(", ") || "nobody"}`}>
      {field("To", window.to.join("; "))}
      {window.cc.length > 0 ? field("Cc", window.cc.join("; ")) : null}
      {window.bcc.length > 0 ? field("Bcc", window.bcc.join("; ")) : null}
      {field("Subject", window.subject)}
      {window.attachments.length > 0 ? field("Attachments", window.attachments.map((a) => a.name).join(", ")) : null}
      {/* No scripts and no origin: the body is shown, never run. */}
      <iframe className={styles.preview} sandbox="" srcDoc={window.htmlBody} title={`Body of the message to ${window.to.join(", ")}`} />
      {"breach" in eml ? (
        <MessageBar intent="error">
          <MessageBarBody>This window breaks the privacy rule ({eml.breach}): one address in To, at most one in Cc.</MessageBarBody>
        </MessageBar>
      ) : (
        <div className={styles.actions}>
          <Button size="small" onClick={() => download(eml.fileName, eml.eml)}>
            Download .eml
          </Button>
        </div>
      )}
    </li>
  );
}
