// What became of the ZIPs just chosen, when not everything in them was taken: an archive that could not be read or
// was too large as a whole (an error: nothing from it), or the files refused one by one, each named with its reason
// (a warning: the rest was taken). The first few are listed; a ZIP of hostile entries cannot flood the pane.
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { formatMebibytes } from "../../i18n";
import { usePane } from "../context";
import { ZIP_LIMITS, type ZipContents, type ZipLimits } from "../files/zip";

/** One chosen ZIP: its name and what reading it gave. */
export interface ZipNote {
  readonly zip: string;
  readonly contents: ZipContents;
}

const SHOWN = 8;


const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: "anywhere",
  },
});

export function ZipNotes({ notes, limits = ZIP_LIMITS }: { readonly notes: readonly ZipNote[]; readonly limits?: ZipLimits }) {
  const styles = useStyles();
  const { t, lang } = usePane();
  return (
    <>
      {notes.map(({ zip, contents }, index) => {
        if (!contents.ok) {
          return (
            <MessageBar key={index} intent="error" layout="multiline">
              <MessageBarBody>
                {contents.problem === "not-zip"
                  ? `${t.zipFailed(zip)} ${t.zipNotZipHint}`
                  : t.zipTooLarge(zip, contents.name, formatMebibytes(limits.totalBytes, lang))}
              </MessageBarBody>
            </MessageBar>
          );
        }
        if (contents.refused.length === 0) return null;
        const limit = formatMebibytes(limits.fileBytes, lang);
        return (
          <MessageBar key={index} intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.zipRefusedTitle(zip, contents.refused.length)}</MessageBarTitle>
              <ul className={styles.list}>
                {contents.refused.slice(0, SHOWN).map((r) => (
                  <li key={`${r.kind}:${r.name}`}>{t.zipRefused[r.kind](r.name, limit)}</li>
                ))}
              </ul>
              {contents.refused.length > SHOWN && t.zipMoreRefused(contents.refused.length - SHOWN)}
            </MessageBarBody>
          </MessageBar>
        );
      })}
    </>
  );
}
