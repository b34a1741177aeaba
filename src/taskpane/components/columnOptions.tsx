// The columns of the list as a Dropdown's options (the e-mail and Cc columns in step 1, the file column in step 3).
import { Option } from "@fluentui/react-components";

export function columnOptions(columns: readonly string[]) {
  return columns.map((column) => (
    <Option key={column} value={column}>
      {column}
    </Option>
  ));
}
