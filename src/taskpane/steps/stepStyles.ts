// The layout every step shares (sections, button rows, muted text, lists), so that steps look alike without
// importing one another.
import { makeStyles, tokens } from "@fluentui/react-components";

export const useStepStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  text: {
    margin: 0,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  /** A list laid out as wrapping chips (the fields to insert, the rows with problems). */
  chips: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  /**
   * A message scrolled into view (components/reveal.ts) stops clear of the Wizard's sticky footer (one row of
   * buttons, about 49 px), instead of coming to rest under it.
   */
  revealed: {
    scrollMarginBottom: "64px",
    scrollMarginTop: tokens.spacingVerticalM,
  },
  monospace: {
    fontFamily: tokens.fontFamilyMonospace,
  },
});
