// The privacy rule, in one place: exactly one To, at most one Cc, at most one Bcc (the user's own archive).
// The plan checks it when it builds drafts, and every gateway checks it again before it creates or sends anything.

export interface Addressed {
  readonly to: string | readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
}

export type PrivacyBreach = "to-not-one" | "cc-more-than-one" | "bcc-more-than-one" | "address-has-line-break";

const LINE_BREAK = /[\r\n\u2028\u2029\u0085]/;

/** Returns what is wrong with a message's addressing, or null when it keeps the privacy rule. */
export function privacyBreach(message: Addressed): PrivacyBreach | null {
  const to = typeof message.to === "string" ? [message.to] : message.to;
  if (to.length !== 1 || to[0] === undefined || to[0].trim() === "") return "to-not-one";
  if (message.cc.length > 1) return "cc-more-than-one";
  if (message.bcc.length > 1) return "bcc-more-than-one";
  for (const address of [...to, ...message.cc, ...message.bcc]) {
    if (LINE_BREAK.test(address) || /[,;]/.test(address)) return "address-has-line-break";
  }
  return null;
}

/** Thrown by a gateway that is handed a message breaking the privacy rule: a programming error, never a user's. */
export class PrivacyRuleError extends Error {
  constructor(readonly breach: PrivacyBreach) {
    super(`Refused: the message breaks the privacy rule (${breach}). Nothing was created or sent.`);
    this.name = "PrivacyRuleError";
  }
}

/** For gateways: throws unless the message keeps the privacy rule. */
export function refuseUnlessPrivate(message: Addressed): void {
  const breach = privacyBreach(message);
  if (breach !== null) throw new PrivacyRuleError(breach);
}
