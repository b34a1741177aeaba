// A button that opens the browser's file dialog. The <input type="file"> itself is hidden: the Button is what the
// user sees, focuses and names; the input only receives the choice.
import { Button, type ButtonProps } from "@fluentui/react-components";
import { useRef } from "react";

export interface FilePickerProps {
  readonly label: string;
  readonly accept?: string;
  readonly multiple?: boolean;
  /** Pick a whole folder (Chromium, Edge, Firefox and Safari all support webkitdirectory). */
  readonly directory?: boolean;
  readonly icon?: ButtonProps["icon"];
  readonly disabled?: boolean;
  /** For tests and for telling the inputs apart. */
  readonly inputName: string;
  onFiles(files: File[]): void;
}

export function FilePicker({ label, accept, multiple, directory, icon, disabled, inputName, onFiles }: FilePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  const directoryProps = directory ? { webkitdirectory: "", directory: "" } : {};
  return (
    <>
      <Button icon={icon ?? null} disabled={disabled ?? false} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        name={inputName}
        aria-label={label}
        hidden
        tabIndex={-1}
        accept={accept}
        multiple={multiple}
        {...directoryProps}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Choosing the same file again must be noticed too.
          event.currentTarget.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
