// Step 2: the message being written is the template. Read it, see it, insert fields at the cursor, and see what is
// wrong with it (an unknown field with a suggestion, a section never closed).
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowSync20Regular, MailRead20Regular } from "@fluentui/react-icons";
import { useId, useMemo, useState } from "react";
import { fieldTag } from "../../core/template/fieldTag";
import { salutationColumns, salutationTemplate } from "../../core/template/salutation";
import { HtmlPreview } from "../components/HtmlPreview";
import { IssueBars } from "../components/IssueBars";
import { usePane } from "../context";
import { reasonOf } from "../../core/run/reason";
import type { StepProps } from "./stepProps";
import { readTemplateInto } from "../hostActions";
import { stepOfIssue } from "../state/plan";
import { emptyFieldRows, firstRows } from "../state/rowHints";
import { useStepStyles } from "./stepStyles";

const useStyles = makeStyles({
  subject: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  field: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightRegular,
  },
});

type Target = "body" | "subject";

export function MessageStep({ state, dispatch, derived }: StepProps) {
  const styles = useStyles();
  const stepStyles = useStepStyles();
  const { t, host, lang } = usePane();
  const [target, setTarget] = useState<Target>("body");
  // Written where a row's cell is empty: the chips then insert {{Field|fallback}} (core/template/fieldTag.ts).
  const [fallback, setFallback] = useState("");
  const fallbackOk = fieldTag("Feld", fallback) !== null;
  const [announcement, setAnnouncement] = useState<{ text: string; intent: "success" | "error" } | null>(null);
  const readHintId = useId();

  const capabilities = host?.capabilities;
  const readUnavailable = host === null ? t.noOutlook : host.capabilities.readTemplate ? null : (host.capabilities.missing.readTemplate ?? t.noOutlook);
  const insertReason: Record<Target, string | null> = {
    body: capabilities === undefined ? t.noOutlook : capabilities.insertIntoBody ? null : (capabilities.missing.insertIntoBody ?? t.noOutlook),
    subject:
      capabilities === undefined ? t.noOutlook : capabilities.insertIntoSubject ? null : (capabilities.missing.insertIntoSubject ?? t.noOutlook),
  };
  // The subject is offered only when it can be used; the message text is the usual place.
  const chosenTarget: Target = insertReason[target] === null ? target : insertReason.body === null ? "body" : "subject";
  const canInsert = insertReason[chosenTarget] === null;

  const loaded = state.template.loaded;
  const columns = state.recipients?.result.table.columns ?? [];
  const templateIssues = derived?.generalIssues.filter((i) => stepOfIssue(i.code) === "message") ?? [];
  // Which rows have an empty field, and which: "Rows 3 (Vorname), 7 (Ort) and 2 more", not just a count.
  const emptyFields = derived ? firstRows(emptyFieldRows(derived.issuesByRow)) : { named: [], more: 0 };

  const table = state.recipients?.result.table;
  // The salutation line for this list (core/template/salutation.ts), offered when the list has a name to greet by.
  const salutation = useMemo(() => {
    if (table === undefined) return null;
    const at = table.columns.indexOf(salutationColumns(table.columns).salutation ?? "");
    return salutationTemplate(table.columns, at < 0 ? [] : table.rows.map((row) => row.cells[at] ?? ""), lang);
  }, [table, lang]);

  const insert = async (text: string, done: string, into: Target = chosenTarget): Promise<void> => {
    if (host === null) return;
    try {
      await host.insertText(into, text);
      setAnnouncement({ text: done, intent: "success" });
      // Read the message again, so that its problems and preview follow what was just inserted.
      await readTemplateInto(host, dispatch);
    } catch (error) {
      setAnnouncement({ text: t.insertFailed(reasonOf(error)), intent: "error" });
    }
  };

  return (
    <>
      <Body1 as="p" className={stepStyles.text}>
        {host?.mode === "read" ? t.messageIntroRead : t.messageIntro}
      </Body1>

      <div className={stepStyles.section}>
        <div className={stepStyles.buttons}>
          <Button
            appearance={loaded === null ? "primary" : "secondary"}
            icon={loaded === null ? <MailRead20Regular /> : <ArrowSync20Regular />}
            disabledFocusable={readUnavailable !== null || state.template.reading}
            aria-describedby={readUnavailable !== null ? readHintId : undefined}
            onClick={() => host !== null && void readTemplateInto(host, dispatch)}
          >
            {loaded === null ? t.readMessage : t.readAgain}
          </Button>
          {state.template.reading && <Spinner size="tiny" label={t.reading} />}
        </div>
        {readUnavailable !== null && (
          <Caption1 id={readHintId} className={stepStyles.muted}>
            {readUnavailable}
          </Caption1>
        )}
        {state.template.error !== null && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{state.template.error}</MessageBarBody>
          </MessageBar>
        )}
        {loaded === null && readUnavailable === null && !state.template.reading && (
          <Caption1 className={stepStyles.muted}>{t.notRead}</Caption1>
        )}
      </div>

      {loaded !== null && (
        <>
          <IssueBars issues={templateIssues} />
          {derived !== null && templateIssues.every((i) => i.severity !== "error") && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{t.templateOk}</MessageBarBody>
            </MessageBar>
          )}
          {emptyFields.named.length > 0 && <Caption1>{t.emptyFieldRows(emptyFields.named, emptyFields.more)}</Caption1>}
        </>
      )}

      <div className={stepStyles.section} role="group" aria-labelledby={`${readHintId}-fields`}>
        <Text weight="semibold" id={`${readHintId}-fields`}>
          {t.fieldsLabel}
        </Text>
        {columns.length === 0 ? (
          <Caption1 className={stepStyles.muted}>{t.fieldsNeedTable}</Caption1>
        ) : (
          <>
            <Field label={t.insertInto}>
              <RadioGroup layout="horizontal" value={chosenTarget} onChange={(_event, data) => setTarget(data.value as Target)}>
                <Radio value="body" label={t.insertBody} disabled={insertReason.body !== null} />
                <Radio value="subject" label={t.insertSubject} disabled={insertReason.subject !== null} />
              </RadioGroup>
            </Field>
            {canInsert ? (
              <Caption1 className={stepStyles.muted}>{t.fieldsHint}</Caption1>
            ) : (
              <Caption1 className={stepStyles.muted}>{insertReason[chosenTarget]}</Caption1>
            )}
            {salutation !== null && (
              <div>
                <Button size="small" disabled={insertReason.body !== null} onClick={() => void insert(`${salutation.text}\n\n`, t.salutationInserted(salutation.formal), "body")}>
                  {t.insertSalutation}
                </Button>
              </div>
            )}
            <Field
              label={t.fallbackLabel}
              {...(fallbackOk ? { hint: t.fallbackHint } : { validationState: "error" as const, validationMessage: t.fallbackInvalid })}
            >
              <Input value={fallback} onChange={(_event, data) => setFallback(data.value)} />
            </Field>
            <ul className={stepStyles.chips}>
              {columns.map((column) => {
                // A column whose name holds a brace or a bar cannot be written as a field: no chip.
                const tag = fieldTag(column, fallbackOk ? fallback : "");
                if (tag === null) return null;
                const inner = tag.slice(2, -2);
                return (
                  <li key={column}>
                    <Button
                      size="small"
                      className={styles.field}
                      disabled={!canInsert || !fallbackOk}
                      aria-label={t.insertField(inner)}
                      onClick={() => void insert(tag, t.inserted(inner))}
                    >
                      {tag}
                    </Button>
                  </li>
                );
              })}
            </ul>
            <div aria-live="polite">
              {announcement?.intent === "success" && <Caption1 className={stepStyles.muted}>{announcement.text}</Caption1>}
              {announcement?.intent === "error" && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>{announcement.text}</MessageBarBody>
                </MessageBar>
              )}
            </div>
          </>
        )}
      </div>
      {loaded !== null && (
        <div className={stepStyles.section}>
          <Text weight="semibold">{t.subjectLabel}</Text>
          <Text className={styles.subject}>{loaded.subject.trim() === "" ? t.noSubject : loaded.subject}</Text>
          <Text weight="semibold">{t.previewLabel}</Text>
          <HtmlPreview html={loaded.html} title={t.previewLabel} />
        </div>
      )}
    </>
  );
}
