// The failures the fake Office.js reproduces, with the code, name and message Outlook reports. Only what is
// documented (Microsoft's "Office Common API error codes", the method's own "Errors" list) or seen verbatim in
// Microsoft's issue tracker is here; an error whose number is not published is not invented.

/** AsyncResult.error values, as Outlook fills them in. */
export const OFFICE_ERRORS = {
  /** Common API table: "An internal error has occurred." */
  InternalError: { code: 5001, name: "InternalError", message: "An internal error has occurred." },
  /** Common API table 9020: Outlook's generic failure (seen from body.getAsync, among others). */
  GenericResponseError: { code: 9020, name: "GenericResponseError", message: "An internal error has occurred." },
  /** Common API table 9041. */
  NetworkError: {
    code: 9041,
    name: "NetworkError",
    message: "The user is no longer connected to the network. Please check your network connection and try again.",
  },
  /** getAttachmentContentAsync on an unknown id; 9003 as Outlook reports it (office-js issue #6675). */
  InvalidAttachmentId: { code: 9003, name: "InvalidAttachmentId", message: "The attachment ID was invalid." },
  /** Common API table 9043: getAttachmentContentAsync on a contact, task or RTF-embedded image. */
  AttachmentTypeNotSupported: { code: 9043, name: "AttachmentTypeNotSupported", message: "The attachment type is not supported." },
  /** 9000 as Outlook reports it (office-js issue #2987) when an attachment is too big. */
  AttachmentSizeExceeded: { code: 9000, name: "AttachmentSizeExceeded", message: "The attachment cannot be added because it is too big." },
  /**
   * body.setSelectedDataAsync with coercionType Html into a plain-text body ("InvalidFormatError" in the method's
   * documentation; 2006 is the Common API table's "Invalid Format Error").
   */
  InvalidFormatError: { code: 2006, name: "InvalidFormatError", message: "The format of the specified data object is not valid." },
  /** Common API table 9057 ("Size Limit Exceeded"): the add-in's roaming settings exceed 32 KB. */
  SizeLimitExceeded: { code: 9057, name: "SizeLimitExceeded", message: "A maximum of 32KB is available for the settings of each add-in." },
} as const satisfies Record<string, Office.Error>;

/**
 * What Office.js throws (synchronously, not through the callback) when a parameter breaks a documented limit —
 * e.g. displayNewMessageForm with a subject over 255 characters. Modelled on Microsoft Ajax's exception, which is
 * what Outlook throws ("Sys.ArgumentOutOfRangeException: Specified argument was out of the range of valid values.").
 */
export function argumentOutOfRange(parameter: string, detail: string): Error {
  const error = new Error(
    `Sys.ArgumentOutOfRangeException: Specified argument was out of the range of valid values.\nParameter name: ${parameter} (${detail})`,
  );
  error.name = "Sys.ArgumentOutOfRangeException";
  return error;
}

/** Thrown for an unknown parameter name or a value of the wrong kind. */
export function argumentError(parameter: string, detail: string): Error {
  const error = new Error(`Sys.ArgumentException: Value does not fall within the expected range.\nParameter name: ${parameter} (${detail})`);
  error.name = "Sys.ArgumentException";
  return error;
}
