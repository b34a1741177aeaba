// A message body shown as it will look, in a sandboxed frame: sandbox="" runs no script, submits no form, opens
// nothing, and the frame's content cannot reach the pane. The page's CSP applies to it too (no remote images).
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  frame: {
    display: "block",
    width: "100%",
    height: "240px",
    boxSizing: "border-box",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    // A message is read on white, whatever the pane's theme.
    backgroundColor: "#ffffff",
  },
});

const FRAME_STYLE =
  "<style>html{background:#fff;color:#000;font-family:Calibri,Arial,sans-serif;font-size:11pt}body{margin:8px;overflow-wrap:anywhere}</style>";

export function HtmlPreview({ html, title }: { readonly html: string; readonly title: string }) {
  const styles = useStyles();
  return (
    <iframe
      className={styles.frame}
      title={title}
      sandbox=""
      referrerPolicy="no-referrer"
      srcDoc={`<!doctype html><meta charset="utf-8">${FRAME_STYLE}${html}`}
    />
  );
}
