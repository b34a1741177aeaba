// The `rundmail` command. User mistakes end with one clear sentence and exit 2, never a stack trace.
import { printJson, printSummary, exitCodeFor } from "./check";
import { writeDrafts } from "./drafts";
import { imapSetup, putDraftsIntoMailbox } from "./imapDrafts";
import { UsageError } from "./inputs";
import { parseOptions } from "./options";
import { streamOutput, terminalText } from "./output";
import { preparePlan } from "./preparePlan";
import { PromptCancelled } from "./send/password";
import { EXIT_INTERRUPTED, runSend } from "./send/sendCommand";
import { languageFromEnv } from "../i18n";
import { say } from "./strings";

export async function main(argv: readonly string[]): Promise<number> {
  const defaultLang = languageFromEnv(process.env);
  const [command, ...rest] = argv;
  const out = streamOutput(process.stdout);
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      process.stdout.write(say(defaultLang, "usage") + "\n");
      return command === undefined ? 2 : 0;
    }
    if (command !== "check" && command !== "drafts" && command !== "send") {
      throw new UsageError(say(defaultLang, "unknownCommand", { command }));
    }
    const options = parseOptions(rest, command, defaultLang);
    if (options.help) {
      process.stdout.write(say(options.lang, "usage") + "\n");
      return 0;
    }
    if (command === "send") return await runSend(options, out);
    // Checked before any file is read: a mistyped --imap is a usage error at once.
    const imap = command === "drafts" && options.imap !== undefined ? imapSetup(options.imap, options.lang) : null;
    const prepared = await preparePlan(options);
    if (command === "check") {
      if (options.json) await printJson(prepared, out);
      else await printSummary(prepared, options, out);
      return exitCodeFor(prepared.plan);
    }
    await printSummary(prepared, options, out);
    if (imap !== null) return await putDraftsIntoMailbox(prepared, options, imap, out);
    return await writeDrafts(prepared, options, out);
  } catch (error) {
    if (error instanceof PromptCancelled) return EXIT_INTERRUPTED;
    if (error instanceof UsageError) {
      process.stderr.write(`rundmail: ${terminalText(error.message)}\n`);
      return 2;
    }
    // Not a user's mistake: say so plainly; the stack only when asked for (RUNDMAIL_DEBUG=1).
    process.stderr.write(`rundmail: ${terminalText(say(defaultLang, "internalError", { message: (error as Error).message }))}\n`);
    if (process.env["RUNDMAIL_DEBUG"]) process.stderr.write(`${(error as Error).stack}\n`);
    return 2;
  }
}
