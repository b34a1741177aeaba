// The simulated Outlook's reading pane: the template message as the user sees it after sending it to themselves,
// opened in Sent Items. Nothing here can be edited (Office.MessageRead has no setters); the task pane reads the subject,
// the body and the attachments from it, and may open compose windows from here (a read-mode API).
import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { escapeHtml } from "../core/template/escapeHtml";
import type { ChromeStrings } from "./sandboxStrings";
import type { SimulatedItem } from "./simulatedMailbox";
import { simulatedWindowFrame } from "./simulatedWindow";

const useStyles = makeStyles({
  window: {
    ...simulatedWindowFrame,
    flexGrow: 1,
    minWidth: 0,
  },
  folder: { color: tokens.colorNeutralForeground3 },
  subject: { margin: 0 },
  headers: { display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalS, margin: 0 },
  label: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
  attachments: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: 0, padding: 0 },
  attachment: {
    listStyleType: "none",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  size: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalXS },
  body: {
    flexGrow: 1,
    minHeight: "320px",
    width: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "#ffffff",
  },
});

export interface ReadWindowProps {
  readonly item: SimulatedItem;
  /** The signed-in user: the sender, and the recipient when the template was sent to oneself. */
  readonly user: { readonly name: string; readonly address: string };
  readonly c: ChromeStrings;
}

export function ReadWindow({ item, user, c }: ReadWindowProps) {
  const styles = useStyles();
  const to = item.to.length > 0 ? item.to.join("; ") : user.address;
  return (
    <section className={styles.window} aria-label={c.readRegion}>
      <Caption1 className={styles.folder}>{c.readHint}</Caption1>
      <Subtitle2 as="h2" className={styles.subject}>
        {item.subject === "" ? c.noSubject : item.subject}
      </Subtitle2>
      <dl className={styles.headers}>
        <dt className={styles.label}>{c.from}</dt>
        <dd className={styles.value}>{`${user.name} <${user.address}>`}</dd>
        <dt className={styles.label}>{c.to}</dt>
        <dd className={styles.value}>{to}</dd>
      </dl>
      {item.attachments.length > 0 ? (
        <ul className={styles.attachments} aria-label={c.attachments}>
          {item.attachments.map((attachment) => (
            <li key={attachment.id} className={styles.attachment}>
              {attachment.name}
              <span className={styles.size}>{c.size(attachment.bytes.length)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {/* The message as received: shown in a frame without scripts, as a mail client shows HTML. */}
      <iframe className={styles.body} sandbox="" srcDoc={item.bodyType === "html" ? item.body : `<pre>${escapeHtml(item.body)}</pre>`} title={c.readBody} />
    </section>
  );
}

