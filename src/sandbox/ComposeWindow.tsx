// The simulated Outlook compose window: To, Subject, the attachments, and an editable HTML body. What the user types
// here is what the task pane reads through the simulated Office.js, and fields it inserts land at the body's cursor.
import { Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useLayoutEffect, useRef, useState, type ChangeEvent } from "react";
import { contentTypeFor } from "../gateways/eml/mime";
import type { ChromeStrings } from "./sandboxStrings";
import type { SimulatedItem, SimulatedMailbox } from "./simulatedMailbox";
import { simulatedWindowFrame } from "./simulatedWindow";

const useStyles = makeStyles({
  window: {
    ...simulatedWindowFrame,
    flexGrow: 1,
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  toolbar: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  hint: { marginLeft: "auto", color: tokens.colorNeutralForeground3 },
  attachments: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center", margin: 0, padding: 0 },
  attachment: {
    listStyleType: "none",
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  size: { color: tokens.colorNeutralForeground3 },
  fileInput: { display: "none" },
  body: {
    flexGrow: 1,
    minHeight: "320px",
    overflowY: "auto",
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: "Calibri, Arial, sans-serif",
    fontSize: "11pt",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    // Outlook's editor starts the text at the top, without a paragraph's margin above it.
    "& > :first-child": { marginTop: 0 },
  },
});

const splitAddresses = (text: string): string[] =>
  text
    .split(/[;,]/)
    .map((a) => a.trim())
    .filter((a) => a !== "");

export function ComposeWindow({ mailbox, item, c }: { readonly mailbox: SimulatedMailbox; readonly item: SimulatedItem; readonly c: ChromeStrings }) {
  const styles = useStyles();
  const [toText, setToText] = useState(() => item.to.join("; "));
  const fileInput = useRef<HTMLInputElement>(null);

  const addFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = "";
    for (const file of files) {
      mailbox.addAttachment({ name: file.name, contentType: file.type || contentTypeFor(file.name), bytes: new Uint8Array(await file.arrayBuffer()) });
    }
  };

  return (
    <section className={styles.window} aria-label={c.composeRegion}>
      <div className={styles.toolbar}>
        <Button appearance="primary" disabled>
          {c.send}
        </Button>
        <Button onClick={() => fileInput.current?.click()}>{c.addFiles}</Button>
        <input ref={fileInput} className={styles.fileInput} type="file" multiple aria-label={c.filesToAttach} onChange={addFiles} />
        <Caption1 className={styles.hint}>{c.composeHint}</Caption1>
      </div>
      <Field label={c.to}>
        <Input
          value={toText}
          onChange={(_, data) => {
            setToText(data.value);
            mailbox.setTo(splitAddresses(data.value));
          }}
        />
      </Field>
      <Field label={c.subject}>
        <Input value={item.subject} onChange={(_, data) => mailbox.setSubject(data.value)} />
      </Field>
      {item.attachments.length > 0 ? (
        <ul className={styles.attachments} aria-label={c.attachments}>
          {item.attachments.map((attachment) => (
            <li key={attachment.id} className={styles.attachment}>
              <span>{attachment.name}</span>
              <Caption1 className={styles.size}>{c.size(attachment.bytes.length)}</Caption1>
              <Button size="small" appearance="subtle" aria-label={c.remove(attachment.name)} onClick={() => mailbox.removeAttachment(attachment.id)}>
                ✕
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <BodyEditor mailbox={mailbox} body={item.body} className={styles.body} label={c.messageBody} />
    </section>
  );
}

/**
 * The message body as Outlook's editor: contentEditable, uncontrolled while the user types. It tells the mailbox where
 * its cursor is, so that body.setSelectedDataAsync inserts there, as in Outlook.
 */
function BodyEditor({ mailbox, body, className, label }: { readonly mailbox: SimulatedMailbox; readonly body: string; readonly className: string; readonly label: string }) {
  const editor = useRef<HTMLDivElement>(null);
  const cursor = useRef<Range | null>(null);

  // Only a change from elsewhere (the task pane, the seed) is written into the editor; typing already is there.
  useLayoutEffect(() => {
    if (editor.current !== null && editor.current.innerHTML !== body) editor.current.innerHTML = body;
  }, [body]);

  useEffect(() => {
    const remember = () => {
      const selection = document.getSelection();
      const element = editor.current;
      if (selection === null || selection.rangeCount === 0 || element === null) return;
      const range = selection.getRangeAt(0);
      if (element.contains(range.startContainer)) cursor.current = range.cloneRange();
    };
    document.addEventListener("selectionchange", remember);
    mailbox.setCursorInserter((html) => {
      const element = editor.current;
      const range = cursor.current;
      if (element === null || range === null || !element.contains(range.startContainer)) return null;
      range.deleteContents();
      const fragment = range.createContextualFragment(html);
      const last = fragment.lastChild;
      range.insertNode(fragment);
      if (last !== null) range.setStartAfter(last);
      range.collapse(true);
      return element.innerHTML;
    });
    return () => {
      document.removeEventListener("selectionchange", remember);
      mailbox.setCursorInserter(null);
    };
  }, [mailbox]);

  return (
    <div
      ref={editor}
      className={className}
      contentEditable
      suppressContentEditableWarning
      role="textbox"
      aria-multiline="true"
      aria-label={label}
      tabIndex={0}
      onInput={() => {
        if (editor.current !== null) mailbox.setBody(editor.current.innerHTML);
      }}
    />
  );
}
