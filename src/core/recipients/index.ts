// Recipients: Table -> addresses per row (column detection, validation, duplicates, the privacy rule).
export { toEmailAddress, addressKey } from "./address";
export { parseAddressCell, type AddressCell } from "./parseAddressCell";
export { findEmailColumn, findCcColumn, isCcHeader, normaliseHeader } from "./columns";
export { displayValue, makeVisible, DISPLAY_MAX_CHARS } from "./displayValue";
export {
  recipientsFromTable,
  type RecipientsOptions,
  type RecipientsResult,
  type RowRecipients,
} from "./recipientsFromTable";
export { decodeEncodedWords, nameShowsAddress, safeDisplayName } from "./displayName";
