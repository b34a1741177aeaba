// The compose windows the add-in opened (displayNewMessageForm[Async]), as Outlook would show them: one per
// recipient, each offered as an .eml draft. A window that breaks the privacy rule is flagged, not offered.
import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import { openedWindowEml } from "./openedWindowEml";
import type { ChromeStrings } from "./sandboxStrings";
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

export function OpenedWindows({ windows, onClear, c }: { readonly windows: readonly OpenedMessageWindow[]; readonly onClear: () => void; readonly c: ChromeStrings }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="opened-windows-title">
      <div className={styles.heading}>
        <Subtitle2 as="h2" id="opened-windows-title" className={styles.title}>
          {c.openedTitle(windows.length)}
        </Subtitle2>
        {windows.length > 0 ? (
          <Button size="small" onClick={onClear}>
            {c.closeAll}
          </Button>
        ) : null}
      </div>
      {windows.length === 0 ? (
        <Caption1>{c.openedEmpty}</Caption1>
      ) : (
        <ul className={styles.list}>
          {windows.map((window) => (
            <OpenedWindowCard key={window.id} window={window} c={c} />
          ))}
        </ul>
      )}
    </section>
  );
}

function OpenedWindowCard({ window, c }: { readonly window: OpenedMessageWindow; readonly c: ChromeStrings }) {
  const styles = useStyles();
  const eml = openedWindowEml(window);
  const field = (label: string, value: string) => (
    <Body1 className={styles.line}>
      <span className={styles.label}>{label}: </span>
      {value}
    </Body1>
  );
  return (
    <li className={styles.card} aria-label={c.openedLabel(window.to.join(", ") || c.nobody)}>
      {field(c.to, window.to.join("; "))}
      {window.cc.length > 0 ? field(c.cc, window.cc.join("; ")) : null}
      {window.bcc.length > 0 ? field(c.bcc, window.bcc.join("; ")) : null}
      {field(c.subject, window.subject)}
      {window.attachments.length > 0 ? field(c.attachments, window.attachments.map((a) => a.name).join(", ")) : null}
      {/* No scripts and no origin: the body is shown, never run. */}
      <iframe className={styles.preview} sandbox="" srcDoc={window.htmlBody} title={c.openedBody(window.to.join(", "))} />
      {"breach" in eml ? (
        <MessageBar intent="error">
          <MessageBarBody>{c.breach(eml.breach)}</MessageBarBody>
        </MessageBar>
      ) : (
        <div className={styles.actions}>
          <Button size="small" onClick={() => download(eml.fileName, eml.eml)}>
            {c.downloadEml}
          </Button>
        </div>
      )}
    </li>
  );
}
