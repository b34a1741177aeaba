/**
 * "Zeile 2 (1 von 3)" between two buttons at 320 px may break only before its parenthesis ("Zeile 2" over
 * "(1 von 3)"), never inside "Zeile 2" or "1 von 3": every other space becomes a no-break space.
 */
export function keepParts(position: string): string {
  return position.replace(/ (?!\()/g, "\u00a0");
}
