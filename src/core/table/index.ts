// Reading a recipient table: bytes | pasted text | pasted HTML -> Table, with findings instead of exceptions.
export { readTable, type TableInput, type TableResult } from "./readTable";
export { decodeText, type DecodedText } from "./decodeText";
