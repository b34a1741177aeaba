// Step 3: each recipient's own files (named in a column or by a pattern, found among picked files, a folder, a ZIP
// or the message's own attachments), what goes to everyone, and which file each row gets.
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from "@fluentui/react-components";
import { Delete20Regular, DocumentMultiple20Regular, FolderOpen20Regular, FolderZip20Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useState } from "react";
import { List, type RowComponentProps } from "react-window";
import { formatBytes, type Lang } from "../../i18n";
import type { PlannedDraft } from "../../core/plan";
import type { GivenFile, Issue, Severity, TableRow } from "../../core/types";
import { FilePicker } from "../components/FilePicker";
import { FullText } from "../components/FullText";
import { columnOptions } from "../components/columnOptions";
import { IssueBars, withoutRowPrefix } from "../components/IssueBars";
import { useRowListStyles, type RowListClasses } from "../components/rowListStyles";
import { SeverityIcon } from "../components/SeverityIcon";
import { usePane } from "../context";
import { reasonOf } from "../../core/run/reason";
import type { StepProps } from "./stepProps";
import { filesFromZip, ZIP_LIMITS, type ZipContents } from "../files/zip";
import { attachmentName } from "../run/outgoing";
import { stepOfIssue, templateAttachmentUses } from "../state/plan";
import { NAMED_ROWS, rowFilesView, type RowFilesView } from "../state/rowHints";
import type { AttachmentRuleKind } from "../state/wizard";
import type { TaskpaneStrings } from "../strings";
import { useStepStyles } from "./stepStyles";
import { ZipNotes, type ZipNote } from "./ZipNotes";

const PATTERN_DELAY_MS = 300;
const ROW_HEIGHT = 48;
const PROBLEM_ROW_HEIGHT = 68;
const LIST_HEIGHT = 320;

const useStyles = makeStyles({
  clamp: {
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  templateFile: {
    display: "flex",
    flexDirection: "column",
  },
  fileUse: {
    // Under the checkbox's label, not under its box.
    paddingLeft: "36px",
  },
  fileList: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
});

export function AttachmentsStep({ state, dispatch, derived }: StepProps) {
  const styles = useStyles();
  const stepStyles = useStepStyles();
  const { t, lang, fileStore } = usePane();
  const rule = state.attachmentRule;
  const columns = state.recipients?.result.table.columns ?? [];
  const [pattern, setPattern] = useState(rule.pattern);
  const [zipNotes, setZipNotes] = useState<readonly ZipNote[]>([]);

  // The pattern is applied once typing pauses: every change rebuilds the plan for every row.
  useEffect(() => {
    if (pattern === rule.pattern) return;
    const timer = setTimeout(() => dispatch({ type: "attachmentPatternChanged", pattern }), PATTERN_DELAY_MS);
    return () => clearTimeout(timer);
  }, [pattern, rule.pattern, dispatch]);

  const addFiles = (files: File[]): void => {
    const given = files.map((file) =>
      fileStore.add(file.webkitRelativePath || file.name, file.size, async () => new Uint8Array(await file.arrayBuffer())),
    );
    dispatch({ type: "filesAdded", files: given });
  };

  const addZips = async (zips: File[]): Promise<void> => {
    setZipNotes([]);
    const notes: ZipNote[] = [];
    for (const zip of zips) {
      let contents: ZipContents;
      try {
        // Too large to be worth reading: said without reading it.
        contents = zip.size > ZIP_LIMITS.totalBytes ? { ok: false, problem: "too-large-total", name: null } : await filesFromZip(new Uint8Array(await zip.arrayBuffer()));
      } catch (error) {
        contents = { ok: false, problem: "not-zip", reason: reasonOf(error) }; // the file could not be read at all
      }
      if (contents.ok) {
        const given = contents.files.map((entry) => fileStore.add(entry.name, entry.bytes.byteLength, async () => entry.bytes));
        dispatch({ type: "filesAdded", files: given });
      }
      notes.push({ zip: zip.name, contents });
    }
    setZipNotes(notes);
  };

  const clearFiles = (): void => {
    fileStore.clear();
    dispatch({ type: "filesCleared" });
  };

  const uses = derived?.templateAttachments ?? templateAttachmentUses(state);
  const totalSize = state.files.reduce((sum, f) => sum + f.size, 0);
  const generalIssues = derived?.generalIssues.filter((i) => stepOfIssue(i.code) === "attachments") ?? [];
  const everyone = derived?.everyoneFiles ?? [];

  return (
    <>
      <Body1 as="p" className={stepStyles.text}>
        {t.attachmentsIntro}
      </Body1>

      <Field label={t.ruleLabel}>
        <RadioGroup
          value={rule.kind}
          onChange={(_event, data) => dispatch({ type: "attachmentRuleKindChosen", kind: data.value as AttachmentRuleKind })}
        >
          <Radio value="none" label={t.ruleNone} />
          <Radio value="column" label={t.ruleColumn} disabled={columns.length === 0} />
          <Radio value="pattern" label={t.rulePattern} />
        </RadioGroup>
      </Field>

      {rule.kind === "column" && (
        <Field label={t.attachmentColumnLabel}>
          <Dropdown
            value={rule.column ?? ""}
            selectedOptions={rule.column === null ? [] : [rule.column]}
            placeholder={t.chooseColumn}
            onOptionSelect={(_event, data) => {
              if (data.optionValue !== undefined) dispatch({ type: "attachmentColumnChosen", column: data.optionValue });
            }}
          >
            {columnOptions(columns)}
          </Dropdown>
        </Field>
      )}
      {rule.kind === "pattern" && (
        <Field label={t.patternLabel} hint={t.patternHint}>
          <Input
            className={stepStyles.monospace}
            value={pattern}
            onChange={(_event, data) => setPattern(data.value)}
            placeholder="Rechnung_{{Mitgliedsnummer}}.pdf"
            spellCheck={false}
          />
        </Field>
      )}

      <div className={stepStyles.section}>
        <Text weight="semibold">{t.filesLabel}</Text>
        <div className={stepStyles.buttons}>
          <FilePicker label={t.chooseFiles} inputName="attachment-files" multiple icon={<DocumentMultiple20Regular />} onFiles={addFiles} />
          <FilePicker label={t.chooseFolder} inputName="attachment-folder" directory icon={<FolderOpen20Regular />} onFiles={addFiles} />
          <FilePicker
            label={t.chooseZip}
            inputName="attachment-zip"
            accept=".zip,application/zip"
            multiple
            icon={<FolderZip20Regular />}
            onFiles={(files) => void addZips(files)}
          />
        </div>
        <div className={stepStyles.buttons} aria-live="polite">
          <Caption1>{state.files.length === 0 ? t.noFiles : t.filesCount(state.files.length, formatBytes(totalSize, lang))}</Caption1>
          {state.files.length > 0 && (
            <Button size="small" appearance="subtle" icon={<Delete20Regular />} onClick={clearFiles}>
              {t.clearFiles}
            </Button>
          )}
        </div>
        <ZipNotes notes={zipNotes} />
      </div>

      {state.template.loaded !== null && (
        <div className={stepStyles.section} role="group" aria-label={t.templateAttachmentsLabel}>
          <Text weight="semibold">{t.templateAttachmentsLabel}</Text>
          {uses.length === 0 ? (
            <Caption1 className={stepStyles.muted}>{t.noTemplateAttachments}</Caption1>
          ) : (
            <>
              <Caption1 className={stepStyles.muted}>{t.templateAttachmentsHint}</Caption1>
              <ul className={styles.fileList}>
                {uses.map(({ attachment, use, namingRows }) => (
                  <li key={attachment.id} className={styles.templateFile}>
                    {use === "recipients" ? (
                      <Caption1>{t.recipientListNeverSent(attachment.name)}</Caption1>
                    ) : (
                      <>
                        <Checkbox
                          checked={use === "everyone"}
                          label={`${t.toEveryone(attachment.name)} (${formatBytes(attachment.size, lang)})`}
                          onChange={(_event, data) =>
                            dispatch({ type: "templateAttachmentForEveryone", id: attachment.id, everyone: data.checked === true })
                          }
                        />
                        {use === "held-back" && <Caption1 className={mergeClasses(styles.fileUse, stepStyles.muted)}>{t.heldBackTableFile}</Caption1>}
                        {use === "rows" && (
                          <Caption1 className={mergeClasses(styles.fileUse, namingRows.length === 0 && stepStyles.muted)}>
                            {namingRows.length === 0 ? t.namedByNoRow : t.namedByRows(namingRows.slice(0, NAMED_ROWS), Math.max(0, namingRows.length - NAMED_ROWS))}
                          </Caption1>
                        )}
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}

      <IssueBars issues={generalIssues} max={5} />

      {derived !== null && state.recipients !== null && rule.kind !== "none" && (
        <div className={stepStyles.section}>
          <Text weight="semibold">{t.rowFilesLabel}</Text>
          {everyone.length > 0 && <Caption1>{t.everyoneGets(everyone.map((f) => attachmentName(f.name)).join(", "))}</Caption1>}
          <RowFiles
            rows={state.recipients.result.table.rows}
            draftByRow={derived.draftByRow}
            issuesByRow={derived.issuesByRow}
            everyone={everyone}
          />
        </div>
      )}
    </>
  );
}

interface RowFilesRowProps {
  readonly rows: readonly TableRow[];
  readonly draftByRow: ReadonlyMap<number, PlannedDraft>;
  readonly issuesByRow: ReadonlyMap<number, readonly Issue[]>;
  readonly everyone: readonly GivenFile[];
  readonly classes: RowListClasses & { readonly clamp: string };
  readonly t: TaskpaneStrings;
  readonly lang: Lang;
}

/** What the row's second line says, and its icon: the files it gets, or why it gets none (any step's error). */
function rowFilesLine(view: RowFilesView, t: TaskpaneStrings, lang: Lang): { readonly text: string; readonly severity: Severity | null } {
  switch (view.kind) {
    case "no-message":
      return { text: t.rowGetsNoMessage(view.issue === null ? null : withoutRowPrefix(view.issue)), severity: "error" };
    case "warning":
      return { text: withoutRowPrefix(view.issue), severity: "warning" };
    case "files":
      return {
        text:
          view.own.length > 0
            ? view.own.map((f) => `${attachmentName(f.name)} (${formatBytes(f.size, lang)})`).join(", ")
            : view.everyone
              ? t.onlyEveryoneFiles
              : t.noRowFiles,
        severity: null,
      };
  }
}

function RowFilesRow({ index, style, ariaAttributes, rows, draftByRow, issuesByRow, everyone, classes, t, lang }: RowComponentProps<RowFilesRowProps>) {
  const row = rows[index];
  if (row === undefined) return null;
  const draft = draftByRow.get(row.row);
  const view = rowFilesView(draft, issuesByRow.get(row.row), everyone);
  const line = rowFilesLine(view, t, lang);
  return (
    <div {...ariaAttributes} style={style} className={mergeClasses(classes.row, line.severity === "error" && classes.rowError)}>
      <div className={classes.line}>
        <SeverityIcon severity={line.severity ?? "ok"} />
        <Text size={200} weight="semibold">
          {t.goToRow(row.row)}
        </Text>
        {draft !== undefined && <Text size={200}>{draft.to}</Text>}
      </div>
      <FullText text={line.text} className={line.severity === null ? classes.line : classes.clamp} />
    </div>
  );
}

function rowFilesHeight(index: number, { rows, draftByRow, issuesByRow, everyone }: RowFilesRowProps): number {
  const row = rows[index];
  if (row === undefined) return ROW_HEIGHT;
  return rowFilesView(draftByRow.get(row.row), issuesByRow.get(row.row), everyone).kind === "files" ? ROW_HEIGHT : PROBLEM_ROW_HEIGHT;
}

function RowFiles(props: {
  readonly rows: readonly TableRow[];
  readonly draftByRow: ReadonlyMap<number, PlannedDraft>;
  readonly issuesByRow: ReadonlyMap<number, readonly Issue[]>;
  readonly everyone: readonly GivenFile[];
}) {
  const rowList = useRowListStyles();
  const { clamp } = useStyles();
  const classes = useMemo(() => ({ ...rowList, clamp }), [rowList, clamp]);
  const { t, lang } = usePane();
  const { rows, draftByRow, issuesByRow, everyone } = props;
  const rowProps = useMemo<RowFilesRowProps>(
    () => ({ rows, draftByRow, issuesByRow, everyone, classes, t, lang }),
    [rows, draftByRow, issuesByRow, everyone, classes, t, lang],
  );
  // The list scrolls within a fixed height (it would otherwise grow to hold, and render, every row).
  const contentHeight = rows.reduce((sum, _row, index) => sum + rowFilesHeight(index, rowProps), 0);
  return (
    <List
      className={classes.list}
      style={{ height: Math.min(LIST_HEIGHT, contentHeight + 2) }}
      aria-label={t.rowFilesLabel}
      tabIndex={0}
      rowComponent={RowFilesRow}
      rowCount={rows.length}
      rowHeight={rowFilesHeight}
      rowProps={rowProps}
      defaultHeight={LIST_HEIGHT}
      overscanCount={6}
    />
  );
}
