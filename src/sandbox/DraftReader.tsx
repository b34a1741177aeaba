// A message opened from the sandbox's mailbox panel, as Outlook opens a draft to read: From, To, Cc, Bcc, Subject,
// the attachments (each downloadable) and the body. The body is what Graph received, shown in a frame with no
// scripts and no origin (sandbox=""), never run. It asks the emulator for the message (GET /emulator/messages/{id}),
// not the task pane: what is shown is what Graph holds. A Fluent Dialog: focus inside, Escape closes.
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload16Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { escapeHtml } from "../core/template/escapeHtml";
import type { MessageView } from "../emulator/graphEmulator";
import type { Lang } from "../i18n";
import { base64ToBytes } from "../office/attachmentBytes";
import { emulator } from "./emulatorControl";
import { GRAPH_PANEL_STRINGS } from "./sandboxStrings";

export interface MailboxUser {
  readonly name: string;
  readonly address: string;
}

const useStyles = makeStyles({
  surface: { maxWidth: "min(760px, calc(100vw - 32px))", width: "100%" },
  headers: { display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  label: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  attachments: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0`, padding: 0 },
  attachment: { listStyleType: "none" },
  body: {
    display: "block",
    width: "100%",
    height: "360px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    // The message's own colours, as a mail client shows them whatever its theme.
    backgroundColor: "#ffffff",
  },
});

type Loaded = { readonly kind: "loading" } | { readonly kind: "loaded"; readonly message: MessageView } | { readonly kind: "failed"; readonly reason: string };

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function downloadAttachment(immutableId: string, attachmentId: string): Promise<void> {
  const file = await emulator<{ name: string; contentType: string | null; contentBytes: string }>(
    `messages/${encodeURIComponent(immutableId)}/attachments/${encodeURIComponent(attachmentId)}`,
  );
  if (file === null) return;
  const bytes = base64ToBytes(file.contentBytes);
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type: file.contentType ?? "application/octet-stream" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The body as the frame's document: HTML as it came; text escaped, in its lines. */
const bodyDocument = (body: MessageView["body"]): string =>
  body.contentType.toLowerCase() === "html" ? body.content : `<pre style="white-space:pre-wrap;font-family:inherit">${escapeHtml(body.content)}</pre>`;

export function DraftReader({
  immutableId,
  lang,
  user,
  onClose,
}: {
  /** The message to show; null: the reader is closed. */
  readonly immutableId: string | null;
  readonly lang: Lang;
  readonly user: MailboxUser;
  readonly onClose: () => void;
}) {
  const styles = useStyles();
  const s = GRAPH_PANEL_STRINGS[lang];
  const [loaded, setLoaded] = useState<Loaded>({ kind: "loading" });
  const [downloadProblem, setDownloadProblem] = useState<string | null>(null);

  useEffect(() => {
    if (immutableId === null) return;
    let current = true;
    setLoaded({ kind: "loading" });
    setDownloadProblem(null);
    emulator<MessageView>(`messages/${encodeURIComponent(immutableId)}`).then(
      (message) => current && setLoaded(message === null ? { kind: "failed", reason: "204" } : { kind: "loaded", message }),
      (error: unknown) => current && setLoaded({ kind: "failed", reason: reasonOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [immutableId]);

  const header = (label: string, value: string) => (
    <>
      <dt className={styles.label}>{label}</dt>
      <dd className={styles.value}>{value}</dd>
    </>
  );

  const message = loaded.kind === "loaded" ? loaded.message : null;
  const subject = message === null ? s.readerTitle : message.subject === "" ? s.noSubject : message.subject;
  return (
    // Always mounted, opened through `open`: a Dialog unmounted while open leaves aria-hidden on the page (see
    // LanguageSwitchDialog.tsx). While closed it shows the last message, so closing does not flash a spinner.
    <Dialog open={immutableId !== null} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{subject}</DialogTitle>
          <DialogContent>
            {loaded.kind === "loading" && <Spinner size="small" label={s.loading} />}
            {loaded.kind === "failed" && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>{s.readFailed(loaded.reason)}</MessageBarBody>
              </MessageBar>
            )}
            {message !== null && (
              <>
                <dl className={styles.headers}>
                  {header(s.from, `${user.name} <${user.address}>`)}
                  {header(s.to, message.to.join("; "))}
                  {message.cc.length > 0 && header(s.cc, message.cc.join("; "))}
                  {message.bcc.length > 0 && header(s.bcc, message.bcc.join("; "))}
                  {header(s.subject, message.subject === "" ? s.noSubject : message.subject)}
                </dl>
                {message.attachments.length > 0 && (
                  <ul className={styles.attachments} aria-label={s.attachments}>
                    {message.attachments.map((a) => (
                      <li key={a.id} className={styles.attachment}>
                        <Button
                          size="small"
                          icon={<ArrowDownload16Regular />}
                          aria-label={s.download(s.attachment(a.name, a.size))}
                          onClick={() => {
                            setDownloadProblem(null);
                            downloadAttachment(message.immutableId, a.id).catch((error: unknown) => setDownloadProblem(reasonOf(error)));
                          }}
                        >
                          {s.attachment(a.name, a.size)}
                        </Button>
                      </li>
                    ))}
                  </ul>
                )}
                {downloadProblem !== null && (
                  <MessageBar intent="error">
                    <MessageBarBody>{s.readFailed(downloadProblem)}</MessageBarBody>
                  </MessageBar>
                )}
                {message.body.contentType.toLowerCase() !== "html" && <Caption1>{s.plainText}</Caption1>}
                <iframe className={styles.body} sandbox="" srcDoc={bodyDocument(message.body)} title={s.bodyFrame} />
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {s.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

