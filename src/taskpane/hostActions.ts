// Reading from Outlook on the user's behalf, with the outcome as wizard actions (never an exception in a handler).
import type { Dispatch } from "react";
import type { MailboxHost } from "../office/mailboxHost";
import { reasonOf } from "../core/run/reason";
import type { WizardAction } from "./state/wizard";

/** Reads the message being written into the wizard; resolves with it, or null when it could not be read. */
export async function readTemplateInto(host: MailboxHost, dispatch: Dispatch<WizardAction>) {
  dispatch({ type: "templateReading" });
  try {
    const template = await host.readTemplate();
    dispatch({ type: "templateRead", template });
    return template;
  } catch (error) {
    dispatch({ type: "templateFailed", message: reasonOf(error) });
    return null;
  }
}
