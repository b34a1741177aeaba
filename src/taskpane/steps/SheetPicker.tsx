// Which sheet of a workbook is the list: the one taken (the first visible sheet holding a table) and, when several
// hold tables, a choice of another. Choosing reads the kept bytes again, in the pane's language.
import { Dropdown, Field, MessageBar, MessageBarBody, Option, Spinner, Text } from "@fluentui/react-components";
import { useEffect, useRef, useState, type Dispatch } from "react";
import { usePane } from "../context";
import { reasonOf } from "../../core/run/reason";
import { offeredSheets, offersSheetChoice } from "../state/sheetChoices";
import type { Recipients, WizardAction } from "../state/wizard";
import { readListBytes } from "./readList";
import { useStepStyles } from "./stepStyles";

export function SheetPicker({ recipients, dispatch }: { readonly recipients: Recipients; readonly dispatch: Dispatch<WizardAction> }) {
  const styles = useStepStyles();
  const { t, lang } = usePane();
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A read that ends after another list was loaded must not bring this workbook back.
  const latest = useRef(recipients);
  useEffect(() => {
    latest.current = recipients;
  }, [recipients]);

  const workbook = recipients.workbook;
  if (workbook === undefined) return null;
  if (!offersSheetChoice(workbook)) {
    return workbook.sheet === null ? null : <Text className={styles.muted}>{t.sheetOnly(workbook.sheet)}</Text>;
  }

  const offered = offeredSheets(workbook);
  const label = (name: string): string => (offered.find((s) => s.name === name)?.hidden === true ? t.sheetHidden(name) : name);
  const choose = async (sheet: string): Promise<void> => {
    if (sheet === workbook.sheet) return;
    setReading(true);
    setError(null);
    try {
      const list = await readListBytes(workbook.bytes, lang, sheet);
      if (list.kind === "workbook" && latest.current.workbook?.bytes === workbook.bytes) {
        dispatch({ type: "workbookLoaded", origin: recipients.origin, result: list.result, bytes: list.bytes });
      }
    } catch (failure) {
      setError(t.readFailed(reasonOf(failure)));
    } finally {
      setReading(false);
    }
  };

  return (
    <div className={styles.section}>
      <Field label={t.sheetLabel} hint={t.sheetHint(offered.filter((s) => s.holdsValues).length)}>
        <Dropdown
          value={workbook.sheet === null ? "" : label(workbook.sheet)}
          selectedOptions={workbook.sheet === null ? [] : [workbook.sheet]}
          placeholder={t.sheetPlaceholder}
          disabled={reading}
          onOptionSelect={(_event, data) => {
            if (data.optionValue !== undefined) void choose(data.optionValue);
          }}
        >
          {offered.map((sheet) => (
            <Option key={sheet.name} value={sheet.name} text={label(sheet.name)}>
              {label(sheet.name)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {reading && <Spinner size="tiny" label={t.sheetReading} />}
      {error !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
