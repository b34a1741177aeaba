// An error's own text, apart from the table of codes (messages.ts): what the pane loads at open may need it without
// the two languages' issue texts.

const MAX_REASON = 300;

/** An error's own text, for the "(reason)" in a message: never empty, never a stack, never a page long. */
export function reasonOf(error: unknown): string {
  let text: string;
  if (error instanceof Error) text = error.message.trim() || error.name;
  else if (typeof error === "string" && error.trim() !== "") text = error.trim();
  else {
    try {
      text = JSON.stringify(error) ?? String(error);
    } catch {
      text = String(error);
    }
  }
  return text.length > MAX_REASON ? `${text.slice(0, MAX_REASON - 1)}…` : text;
}
