// Step 1: the recipient table — pasted, from a file, or attached to the message — its e-mail and Cc columns, and
// every row Rundmail cannot use and why.
import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { Attach20Regular, DocumentArrowUp20Regular } from "@fluentui/react-icons";
import { useEffect, useId, useState, type ClipboardEvent } from "react";
import { formatBytes } from "../../i18n";
import { readTable, type TableInput } from "../../core/table";
import { FilePicker } from "../components/FilePicker";
import { IssueBars } from "../components/IssueBars";
import { reasonOf, usePane } from "../context";
import type { StepProps } from "./stepProps";
import { useStepStyles } from "./stepStyles";
import { readTemplateInto } from "../hostActions";
import { isRecipientListName, stepOfIssue } from "../state/plan";
import type { ItemAttachment } from "../../office/mailboxHost";
import type { RecipientsOrigin } from "../state/wizard";
import { RecipientGrid } from "./RecipientGrid";

/** Typing in the paste box is read this long after the last key, not on every key. */
const TYPING_DELAY_MS = 400;

export function RecipientsStep({ state, dispatch, derived }: StepProps) {
  const styles = useStepStyles();
  const { t, host } = usePane();
  const [showAttached, setShowAttached] = useState(false);
  // On a received message (read mode) its attachments are listed, but the message is no template: kept here.
  const [readModeItem, setReadModeItem] = useState<{ reading: boolean; error: string | null; attachments: readonly ItemAttachment[] }>({
    reading: false,
    error: null,
    attachments: [],
  });
  const [loadError, setLoadError] = useState<string | null>(null);
  const attachedHintId = useId();

  const load = (origin: RecipientsOrigin, input: TableInput): void => {
    setLoadError(null);
    dispatch({ type: "tableLoaded", origin, result: readTable(input) });
  };

  // Text typed (or edited) in the paste box is read once the typing pauses; a paste is read at once (onPaste).
  useEffect(() => {
    if (!state.pasteStale) return;
    const timer = setTimeout(() => {
      if (state.pasteText.trim() === "") dispatch({ type: "tableCleared" });
      else dispatch({ type: "tableLoaded", origin: { kind: "paste" }, result: readTable({ kind: "text", text: state.pasteText }) });
    }, TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state.pasteStale, state.pasteText, dispatch]);

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>): void => {
    const html = event.clipboardData.getData("text/html");
    const text = event.clipboardData.getData("text/plain");
    // Excel, Word and Sheets put an HTML table on the clipboard beside the text: it keeps cells with tabs and line
    // breaks intact, so it is read in preference.
    const fromHtml = /<table[\s>]/i.test(html);
    if (!fromHtml && text.trim() === "") return;
    event.preventDefault();
    dispatch({ type: "pasteTextChanged", text });
    load({ kind: "paste" }, fromHtml ? { kind: "html", html } : { kind: "text", text });
  };

  const onFile = async (files: File[]): Promise<void> => {
    const file = files[0];
    if (file === undefined) return;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      load({ kind: "file", name: file.name, size: bytes.length }, { kind: "bytes", bytes });
    } catch (error) {
      setLoadError(t.readFailed(reasonOf(error)));
    }
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
      load({ kind: "attachment", id, name }, { kind: "bytes", bytes });
    } catch (error) {
      setLoadError(t.readFailed(reasonOf(error)));
    }
  };

  const itemAttachments = templateIsItem ? (state.template.loaded?.attachments ?? []) : readModeItem.attachments;
  const attachedLists = itemAttachments.filter((a) => !a.isInline && isRecipientListName(a.name));
  const recipients = state.recipients;
  const plan = derived?.plan;
  const columns = recipients?.result.table.columns ?? [];

  return (
    <>
      <Body1 as="p" className={styles.text}>
        {t.recipientsIntro}
      </Body1>

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
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
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

      {recipients !== null && plan !== undefined && derived !== null && (
        <>
          <div className={styles.section}>
            <Text weight="semibold">
              {t.tableFrom[recipients.origin.kind](recipients.origin.kind === "paste" ? "" : recipients.origin.name)}:{" "}
              {t.tableSize(recipients.result.table.rows.length, columns.length)}
            </Text>
            <div className={styles.counts} aria-live="polite">
              <Text>{t.readyCount(plan.drafts.length)}</Text>
              {plan.skippedRows.length > 0 && <Text>{t.errorRowCount(plan.skippedRows.length)}</Text>}
              {derived.warningCount > 0 && <Text>{t.warningCount(derived.warningCount)}</Text>}
            </div>
          </div>

          {columns.length > 0 && (
            <ColumnChoices state={state} dispatch={dispatch} emailColumn={plan.emailColumn} ccColumn={plan.ccColumn} />
          )}

          <IssueBars issues={derived.generalIssues.filter((i) => stepOfIssue(i.code) === "recipients")} />

          {columns.length > 0 && (
            <RecipientGrid
              table={recipients.result.table}
              emailColumn={plan.emailColumn}
              ccColumn={plan.ccColumn}
              issuesByRow={derived.issuesByRow}
            />
          )}
        </>
      )}
    </>
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

/** The Cc dropdown's "No Cc" (a column header never looks like this: headers are trimmed text). */
const NO_CC = "\u0000no-cc";

/** The e-mail and Cc columns as found (or chosen). */
function ColumnChoices({
  state,
  dispatch,
  emailColumn,
  ccColumn,
}: Pick<StepProps, "state" | "dispatch"> & { readonly emailColumn: string | null; readonly ccColumn: string | null }) {
  const styles = useStepStyles();
  const { t } = usePane();
  const columns = state.recipients?.result.table.columns ?? [];
  return (
    <div className={styles.section}>
      <Field
        label={t.emailColumnLabel}
        hint={state.emailColumn.kind === "auto" && emailColumn !== null ? t.columnFound : null}
      >
        <Dropdown
          value={emailColumn ?? ""}
          selectedOptions={emailColumn === null ? [] : [emailColumn]}
          placeholder={t.noEmailColumn}
          onOptionSelect={(_event, data) => {
            if (data.optionValue !== undefined) dispatch({ type: "emailColumnChosen", choice: { kind: "column", column: data.optionValue } });
          }}
        >
          {columns.map((column) => (
            <Option key={column} value={column}>
              {column}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t.ccColumnLabel}>
        <Dropdown
          value={ccColumn ?? t.noCc}
          selectedOptions={[ccColumn ?? NO_CC]}
          onOptionSelect={(_event, data) => {
            const value = data.optionValue;
            if (value === undefined) return;
            dispatch({ type: "ccColumnChosen", choice: value === NO_CC ? { kind: "none" } : { kind: "column", column: value } });
          }}
        >
          <Option value={NO_CC}>{t.noCc}</Option>
          {columns
            .filter((column) => column !== emailColumn)
            .map((column) => (
              <Option key={column} value={column}>
                {column}
              </Option>
            ))}
        </Dropdown>
      </Field>
    </div>
  );
}
