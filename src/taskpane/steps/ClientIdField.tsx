// The Graph app registration's client id, typed by the user where an administrator gave it to them: checked as a
// GUID before it is saved into the add-in's settings (the gateway option's `configure` does the saving).
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { parseClientId } from "../../gateways/graph/clientId";
import { usePane } from "../context";
import { reasonOf } from "../../core/run/reason";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
  },
  field: {
    // Takes the row in a 320 px pane; the button wraps below it rather than squeezing the input.
    flexGrow: 1,
    flexBasis: "16em",
    minWidth: 0,
  },
});

export interface ClientIdFieldProps {
  readonly configure: (clientId: string) => Promise<void>;
  /** After the id was saved. */
  readonly onSaved: () => void;
}

export function ClientIdField({ configure, onSaved }: ClientIdFieldProps) {
  const styles = useStyles();
  const { t } = usePane();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (parseClientId(value) === null) {
      setError(t.clientIdInvalid);
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await configure(value);
      onSaved();
    } catch (failure) {
      setError(t.clientIdSaveFailed(reasonOf(failure)));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(event) => void save(event)} noValidate>
      <Field
        className={styles.field}
        label={t.clientIdLabel}
        hint={t.clientIdHint}
        {...(error === null ? {} : { validationState: "error" as const, validationMessage: error })}
      >
        <Input
          value={value}
          spellCheck={false}
          autoComplete="off"
          onChange={(_event, data) => {
            setValue(data.value);
            // The old complaint is about text no longer there.
            if (error !== null) setError(null);
          }}
        />
      </Field>
      <Button type="submit" disabled={saving || value.trim() === ""}>
        {t.clientIdSave}
      </Button>
    </form>
  );
}
