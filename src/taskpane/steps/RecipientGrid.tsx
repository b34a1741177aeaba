// The recipient table as a grid: only the rows in view are rendered (react-window), so 10,000 rows scroll as
// smoothly as ten. One scroll container moves both ways; the header row and the row numbers stay in view, and a
// row's problems are written under it. A row's number is a button: it opens the row for correcting or leaving out
// (issue 12), so a list with a broken row need not be edited elsewhere and loaded again.
import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { SubtractCircle16Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useState } from "react";
import { List, type RowComponentProps } from "react-window";
import type { Issue, Table, TableRow } from "../../core/types";
import type { RowEdits } from "../state/rowEdits";
import { FullText } from "../components/FullText";
import { withoutRowPrefix } from "../components/IssueBars";
import { SeverityIcon, worstSeverity } from "../components/SeverityIcon";
import { usePane } from "../context";
import type { TaskpaneStrings } from "../strings";
import { formatNumber, type Lang } from "../../i18n";

const ROW_HEIGHT = 32;
/** A row with problems has room for two lines of text below its cells. */
const PROBLEM_ROW_HEIGHT = 68;
const NUMBER_WIDTH = 64;
const MIN_COLUMN = 72;
const MAX_COLUMN = 240;
/** Column widths are estimated from the header and this many rows. */
const SAMPLE_ROWS = 100;

const useStyles = makeStyles({
  scroller: {
    position: "relative",
    maxHeight: "360px",
    overflow: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  header: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    display: "flex",
    height: `${ROW_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  row: {
    display: "flex",
    flexDirection: "column",
    boxSizing: "border-box",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  rowError: {
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  cells: {
    display: "flex",
    height: `${ROW_HEIGHT - 1}px`,
    flexShrink: 0,
  },
  cell: {
    boxSizing: "border-box",
    flexShrink: 0,
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
  },
  cellText: {
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  number: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    width: `${NUMBER_WIDTH}px`,
    backgroundColor: "inherit",
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
  },
  // The row number as a button: the whole cell, looking like the number it is until hovered or focused.
  numberButton: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    width: "100%",
    height: "100%",
    padding: 0,
    border: "none",
    background: "none",
    color: "inherit",
    font: "inherit",
    cursor: "pointer",
    textDecorationLine: "underline",
    textDecorationStyle: "dotted",
    ":hover": { color: tokens.colorBrandForeground1 },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  rowExcluded: {
    color: tokens.colorNeutralForeground3,
  },
  excludedIcon: {
    flexShrink: 0,
    color: tokens.colorNeutralForeground3,
  },
  cellExcluded: {
    textDecorationLine: "line-through",
  },
  cellEdited: {
    fontStyle: "italic",
    color: tokens.colorBrandForeground1,
  },
  numberBody: {
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // The header's "Row" cell stays put while the other headers scroll under it: it needs the header's own opaque
  // background ("inherit" took its row's, which is transparent, so the headers showed through), and to be above them.
  numberHeader: {
    zIndex: 3,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  numberError: {
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  addressColumn: {
    fontWeight: tokens.fontWeightSemibold,
  },
  problem: {
    position: "sticky",
    left: 0,
    boxSizing: "border-box",
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalXS,
    height: `${PROBLEM_ROW_HEIGHT - ROW_HEIGHT}px`,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground1,
  },
  problemText: {
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

type Classes = ReturnType<typeof useStyles>;

interface GridRowProps {
  readonly rows: readonly TableRow[];
  readonly widths: readonly number[];
  /** The table's column indexes in the order shown (displayOrder). */
  readonly order: readonly number[];
  readonly addressColumns: ReadonlySet<number>;
  readonly issuesByRow: ReadonlyMap<number, readonly Issue[]>;
  readonly excludedRows: ReadonlyMap<number, readonly Issue[]>;
  readonly editedCells: RowEdits["cells"];
  readonly onEditRow: ((row: number) => void) | undefined;
  readonly problemWidth: number;
  readonly classes: Classes;
  readonly t: TaskpaneStrings;
  readonly lang: Lang;
}

function GridRow(props: RowComponentProps<GridRowProps>) {
  const { index, style, rows, widths, order, addressColumns, issuesByRow, excludedRows, editedCells, onEditRow, problemWidth, classes, t, lang } = props;
  const row = rows[index];
  if (row === undefined) return null;
  // A row left out is no longer a problem: it says so, with its own error after "excluded by you".
  const excluded = excludedRows.get(row.row);
  const issues = excluded === undefined ? issuesByRow.get(row.row) : undefined;
  const severity = worstSeverity(issues);
  const status = excluded !== undefined ? t.status.excluded : severity === "error" ? t.rowError : severity === "warning" ? t.rowWarning : t.rowOk;
  const first = issues?.[0];
  const edited = editedCells[row.row];
  const excludedError = excluded?.find((i) => i.severity === "error");
  const problemLine =
    excluded !== undefined
      ? capitalise(t.excludedByYou) + (excludedError !== undefined ? ` — ${withoutRowPrefix(excludedError)}` : "")
      : first !== undefined
        ? withoutRowPrefix(first) + (issues !== undefined && issues.length > 1 ? ` (${t.moreProblems(issues.length - 1)})` : "")
        : null;
  const number = (
    <>
      {/* Left out: neither a problem nor ready, so neither a cross nor a tick. */}
      {excluded !== undefined ? <SubtractCircle16Regular aria-hidden className={classes.excludedIcon} /> : <SeverityIcon severity={severity} />}
      {formatNumber(row.row, lang)}
    </>
  );
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      style={style}
      className={mergeClasses(classes.row, severity === "error" && classes.rowError, excluded !== undefined && classes.rowExcluded)}
    >
      <div role="presentation" className={classes.cells}>
        <div
          role="rowheader"
          className={mergeClasses(classes.cell, classes.number, severity === "error" ? classes.numberError : classes.numberBody)}
        >
          {onEditRow === undefined ? (
            number
          ) : (
            <button type="button" className={classes.numberButton} aria-label={t.rowActionsLabel(row.row)} onClick={() => onEditRow(row.row)}>
              {number}
            </button>
          )}
          <span className={classes.visuallyHidden}>{status}</span>
        </div>
        {order.map((column) => (
          <div
            key={column}
            role="cell"
            className={mergeClasses(classes.cell, addressColumns.has(column) && classes.addressColumn)}
            style={{ width: widths[column] }}
          >
            <span
              className={mergeClasses(
                classes.cellText,
                excluded !== undefined && classes.cellExcluded,
                edited?.[column] !== undefined && classes.cellEdited,
              )}
            >
              {row.cells[column] ?? ""}
            </span>
            {edited?.[column] !== undefined && <span className={classes.visuallyHidden}>({t.cellCorrected})</span>}
          </div>
        ))}
      </div>
      {problemLine !== null && (
        <div role="cell" className={classes.problem} style={{ width: problemWidth }}>
          {/* Clamped to two lines; the rest (often the instruction) is in a tooltip, reachable by keyboard. */}
          <FullText className={classes.problemText} text={problemLine} />
        </div>
      )}
    </div>
  );
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function rowHeight(index: number, { rows, issuesByRow, excludedRows }: GridRowProps): number {
  const row = rows[index];
  return row !== undefined && (issuesByRow.has(row.row) || excludedRows.has(row.row)) ? PROBLEM_ROW_HEIGHT : ROW_HEIGHT;
}

/**
 * The columns in the order shown: the e-mail column first, then the Cc column, then the rest as the list has them.
 * At 320 px only the row number and about two columns are in view, and the address is the one that matters.
 */
export function displayOrder(columnCount: number, emailIndex: number, ccIndex: number): number[] {
  const first = [emailIndex, ccIndex].filter((i, n, all) => i >= 0 && i < columnCount && all.indexOf(i) === n);
  const rest = Array.from({ length: columnCount }, (_, i) => i).filter((i) => !first.includes(i));
  return [...first, ...rest];
}

/** Wide enough for the header and most values, within bounds, in pixels. */
function columnWidths(table: Table, bold: ReadonlySet<number>): number[] {
  return table.columns.map((header, column) => {
    let chars = header.length + 3; // room for a "To"/"Cc" badge
    for (const row of table.rows.slice(0, SAMPLE_ROWS)) chars = Math.max(chars, (row.cells[column] ?? "").length);
    // The address columns are set in semibold, whose letters are wider: an address would otherwise end in "…".
    const perChar = bold.has(column) ? 8.5 : 7.5;
    return Math.max(MIN_COLUMN, Math.min(MAX_COLUMN, Math.ceil(chars * perChar) + 16));
  });
}

export interface RecipientGridProps {
  readonly table: Table;
  readonly emailColumn: string | null;
  readonly ccColumn: string | null;
  readonly issuesByRow: ReadonlyMap<number, readonly Issue[]>;
  /** Rows the user left out, with their own problems. */
  readonly excludedRows?: ReadonlyMap<number, readonly Issue[]>;
  /** The cells the user corrected, marked in the grid. */
  readonly editedCells?: RowEdits["cells"];
  /** Opens a row for correcting or leaving out; without it the row numbers are plain text. */
  readonly onEditRow?: (row: number) => void;
}

const NONE: ReadonlyMap<number, readonly Issue[]> = new Map();
const NO_CELLS: RowEdits["cells"] = {};

export function RecipientGrid({ table, emailColumn, ccColumn, issuesByRow, excludedRows = NONE, editedCells = NO_CELLS, onEditRow }: RecipientGridProps) {
  const classes = useStyles();
  const { t, lang } = usePane();
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const [visibleWidth, setVisibleWidth] = useState(320);

  useEffect(() => {
    if (scroller === null) return;
    const observer = new ResizeObserver(() => setVisibleWidth(scroller.clientWidth));
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [scroller]);

  const emailIndex = emailColumn === null ? -1 : table.columns.indexOf(emailColumn);
  const ccIndex = ccColumn === null ? -1 : table.columns.indexOf(ccColumn);
  const addressColumns = useMemo(() => new Set([emailIndex, ccIndex].filter((i) => i >= 0)), [emailIndex, ccIndex]);
  const widths = useMemo(() => columnWidths(table, addressColumns), [table, addressColumns]);
  const order = useMemo(() => displayOrder(table.columns.length, emailIndex, ccIndex), [table.columns.length, emailIndex, ccIndex]);
  const totalWidth = NUMBER_WIDTH + widths.reduce((sum, w) => sum + w, 0);
  const rowProps = useMemo<GridRowProps>(
    () => ({
      rows: table.rows,
      widths,
      order,
      addressColumns,
      issuesByRow,
      excludedRows,
      editedCells,
      onEditRow,
      problemWidth: Math.min(visibleWidth, totalWidth),
      classes,
      t,
      lang,
    }),
    [table.rows, widths, order, addressColumns, issuesByRow, excludedRows, editedCells, onEditRow, visibleWidth, totalWidth, classes, t, lang],
  );

  return (
    <div
      ref={setScroller}
      className={classes.scroller}
      role="table"
      aria-label={t.gridLabel}
      aria-rowcount={table.rows.length + 1}
      aria-colcount={table.columns.length + 1}
      // The grid scrolls; a keyboard user must be able to reach it to scroll it with the arrow keys.
      tabIndex={0}
    >
      <div style={{ width: totalWidth }}>
        <div role="rowgroup" className={classes.header}>
          <div role="row" aria-rowindex={1} className={classes.cells}>
            <div role="columnheader" className={mergeClasses(classes.cell, classes.number, classes.numberHeader)}>
              {t.rowHeader}
            </div>
            {order.map((index) => (
              <div key={index} role="columnheader" className={classes.cell} style={{ width: widths[index] }}>
                <span className={classes.cellText}>{table.columns[index]}</span>
                {index === emailIndex && (
                  <Badge size="small" appearance="tint" color="brand">
                    {t.toLabel}
                  </Badge>
                )}
                {index === ccIndex && (
                  <Badge size="small" appearance="tint" color="informative">
                    {t.ccLabel}
                  </Badge>
                )}
              </div>
            ))}
          </div>
        </div>
        <List
          role="rowgroup"
          rowComponent={GridRow}
          rowCount={table.rows.length}
          rowHeight={rowHeight}
          rowProps={rowProps}
          scrollElement={scroller}
          defaultHeight={320}
          overscanCount={8}
          style={{ width: totalWidth }}
        />
      </div>
    </div>
  );
}
