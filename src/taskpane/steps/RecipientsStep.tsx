// Step 1: the recipient table — pasted, from a file (chosen or dropped: CSV/TSV/TXT or a workbook), or attached to
// the message — its e-mail and Cc columns, and every row Rundmail cannot use and why.
import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Spinner,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { Attach20Regular, DocumentArrowUp20Regular } from "@fluentui/react-icons";
import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState, type ClipboardEvent, type DragEvent } from "react";
import { formatBytes } from "../../i18n";
import type { TableInput } from "../../core/table";
import { FilePicker } from "../components/FilePicker";
import { usePane } from "../context";
import { reasonOf } from "../../core/run/reason";
import { readListBytes, readTableLazily, type ListRead } from "./readList";
import type { StepProps } from "./stepProps";
import { useStepStyles } from "./stepStyles";
import { readTemplateInto } from "../hostActions";
import { isRecipientListName } from "../state/recipientListName";
import type { ItemAttachment } from "../../office/mailboxHost";
import type { RecipientsOrigin } from "../state/wizard";

const RecipientTable = lazy(() => import("./RecipientTable").then((m) => ({ default: m.RecipientTable })));

/** What the file dialog offers: text tables and workbooks (which are told by content once chosen, not by name). */
const LIST_FILES = [
  ".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain",
  ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".xls,application/vnd.ms-excel",
  ".ods,application/vnd.oasis.opendocument.spreadsheet",
].join(",");

const useDropStyles = makeStyles({
  // The whole step takes a dropped file; the panel's own spacing is kept.
  zone: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: {
    outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    outlineOffset: tokens.spacingHorizontalXS,
    backgroundColor: tokens.colorBrandBackground2,
  },
});

/** A drag that carries files (not text or a link dragged from elsewhere). */
const carriesFiles = (event: DragEvent): boolean => Array.from(event.dataTransfer.types).includes("Files");

/** Typing in the paste box is read this long after the last key, not on every key. */
const TYPING_DELAY_MS = 400;

export function RecipientsStep({ state, dispatch, derived }: StepProps) {
  const styles = useStepStyles();
  const dropStyles = useDropStyles();
  const { t, host, lang } = usePane();
  const [dragOver, setDragOver] = useState(false);
  const [showAttached, setShowAttached] = useState(false);
  // On a received message (read mode) its attachments are listed, but the message is no template: kept here.
  const [readModeItem, setReadModeItem] = useState<{ reading: boolean; error: string | null; attachments: readonly ItemAttachment[] }>({
    reading: false,
    error: null,
    attachments: [],
  });
  const [loadError, setLoadError] = useState<string | null>(null);
  const attachedHintId = useId();

  // Reads finish in any order (the reader loads on the first): only the latest read may set the table.
  const reads = useRef(0);
  const load = useCallback(
    async (origin: RecipientsOrigin, input: TableInput): Promise<void> => {
      setLoadError(null);
      const read = ++reads.current;
      try {
        const list: ListRead =
          input.kind === "bytes" ? await readListBytes(input.bytes, lang) : { kind: "table", result: await readTableLazily(input) };
        if (read !== reads.current) return;
        if (list.kind === "workbook") dispatch({ type: "workbookLoaded", origin, result: list.result, bytes: list.bytes });
        else dispatch({ type: "tableLoaded", origin, result: list.result });
      } catch (error) {
        if (read === reads.current) setLoadError(t.readFailed(reasonOf(error)));
      }
    },
    [dispatch, t, lang],
  );

  // Text typed (or edited) in the paste box is read once the typing pauses; a paste is read at once (onPaste).
  useEffect(() => {
    if (!state.pasteStale) return;
    const timer = setTimeout(() => {
      if (state.pasteText.trim() === "") {
        reads.current += 1; // a read still on its way must not bring the table back
        dispatch({ type: "tableCleared" });
      } else void load({ kind: "paste" }, { kind: "text", text: state.pasteText });
    }, TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state.pasteStale, state.pasteText, dispatch, load]);

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>): void => {
    const html = event.clipboardData.getData("text/html");
    const text = event.clipboardData.getData("text/plain");
    // Excel, Word and Sheets put an HTML table on the clipboard beside the text: it keeps cells with tabs and line
    // breaks intact, so it is read in preference.
    const fromHtml = /<table[\s>]/i.test(html);
    if (!fromHtml && text.trim() === "") return;
    event.preventDefault();
    dispatch({ type: "pasteTextChanged", text, pasted: true });
    void load({ kind: "paste" }, fromHtml ? { kind: "html", html } : { kind: "text", text });
  };

  const onFile = async (files: File[]): Promise<void> => {
    const file = files[0];
    if (file === undefined) return;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      await load({ kind: "file", name: file.name, size: bytes.length }, { kind: "bytes", bytes });
    } catch (error) {
      setLoadError(t.readFailed(reasonOf(error)));
    }
  };

  // A file dropped anywhere on the step is read as if chosen; the browser must not open it instead.
  const onDragOver = (event: DragEvent<HTMLDivElement>): void => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setDragOver(true);
  };
  const onDragLeave = (event: DragEvent<HTMLDivElement>): void => {
    // Leaving for a child of the zone is no leaving.
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    setDragOver(false);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    setDragOver(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 1) setLoadError(t.dropOneFile);
    else void onFile(files);
  };

  const attachedUnavailable =
    host === null ? t.noOutlook : host.capabilities.attachmentContent ? null : (host.capabilities.missing.attachmentContent ?? t.noOutlook);

  const templateIsItem = host?.capabilities.readTemplate === true;
  const showAttachedLists = async (): Promise<void> => {
    setShowAttached(true);
    if (host === null) return;
    if (templateIsItem) {
      if (state.template.loaded === null) await readTemplateInto(host, dispatch);
      return;
    }
    setReadModeItem({ reading: true, error: null, attachments: [] });
    try {
      const item = await host.readTemplate();
      setReadModeItem({ reading: false, error: null, attachments: item.attachments });
    } catch (error) {
      setReadModeItem({ reading: false, error: reasonOf(error), attachments: [] });
    }
  };

  const loadAttachment = async (id: string, name: string): Promise<void> => {
    if (host === null) return;
    try {
      const bytes = await host.attachmentContent(id);
      await load({ kind: "attachment", id, name }, { kind: "bytes", bytes });
    } catch (error) {
      setLoadError(t.readFailed(reasonOf(error)));
    }
  };

  const itemAttachments = templateIsItem ? (state.template.loaded?.attachments ?? []) : readModeItem.attachments;
  const attachedLists = itemAttachments.filter((a) => !a.isInline && isRecipientListName(a.name));

  return (
    <div
      className={mergeClasses(dropStyles.zone, dragOver && dropStyles.over)}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <Body1 as="p" className={styles.text}>
        {t.recipientsIntro}
      </Body1>
      {dragOver && (
        <MessageBar intent="info">
          <MessageBarBody>{t.dropHere}</MessageBarBody>
        </MessageBar>
      )}

      <Field label={t.pasteLabel} hint={t.pasteHint}>
        <Textarea
          value={state.pasteText}
          onChange={(_event, data) => dispatch({ type: "pasteTextChanged", text: data.value })}
          onPaste={onPaste}
          placeholder={t.pastePlaceholder}
          resize="vertical"
          rows={3}
          spellCheck={false}
        />
      </Field>

      <div className={styles.section}>
        <div className={styles.buttons}>
          <FilePicker
            label={t.chooseFile}
            inputName="recipients-file"
            accept={LIST_FILES}
            icon={<DocumentArrowUp20Regular />}
            onFiles={(files) => void onFile(files)}
          />
          <Button
            icon={<Attach20Regular />}
            disabledFocusable={attachedUnavailable !== null}
            aria-describedby={attachedUnavailable !== null ? attachedHintId : undefined}
            onClick={() => void showAttachedLists()}
          >
            {t.useAttachedCsv}
          </Button>
        </div>
        <Caption1 className={styles.muted}>{t.dropHint}</Caption1>
        {attachedUnavailable !== null && (
          <Caption1 id={attachedHintId} className={styles.muted}>
            {attachedUnavailable}
          </Caption1>
        )}
        {showAttached && attachedUnavailable === null && (
          <AttachedLists
            reading={templateIsItem ? state.template.reading : readModeItem.reading}
            error={templateIsItem ? state.template.error : readModeItem.error}
            lists={attachedLists}
            onUse={(id, name) => void loadAttachment(id, name)}
          />
        )}
        {loadError !== null && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{loadError}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {state.recipients !== null && (
        // The table's view (column choices, the grid) loads with the first table, not with the pane.
        <Suspense fallback={<Spinner size="tiny" label={t.reading} />}>
          <RecipientTable state={state} dispatch={dispatch} derived={derived} />
        </Suspense>
      )}
    </div>
  );
}

function AttachedLists(props: {
  readonly reading: boolean;
  readonly error: string | null;
  readonly lists: readonly { readonly id: string; readonly name: string; readonly size: number }[];
  onUse(id: string, name: string): void;
}) {
  const styles = useStepStyles();
  const { t, lang } = usePane();
  if (props.reading) return <Spinner size="tiny" label={t.reading} />;
  if (props.error !== null) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{props.error}</MessageBarBody>
      </MessageBar>
    );
  }
  if (props.lists.length === 0) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t.attachedCsvNone}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <ul className={styles.list} aria-label={t.attachmentsListLabel}>
      {props.lists.map((a) => (
        <li key={a.id}>
          <Button appearance="secondary" onClick={() => props.onUse(a.id, a.name)}>
            {t.useAttachment(a.name, formatBytes(a.size, lang))}
          </Button>
        </li>
      ))}
    </ul>
  );
}
