export { fileReportColumns, fileReportCsv, type FileReportLine, type LastColumn } from "./fileReport";
export { neutraliseFormula, reportCsv, type ReportColumns, type ReportLine } from "./reportCsv";
export { REPORT_TEXTS, type ReportStatus, type ReportTexts } from "./reportTexts";
export { skippedRows, type SkippedRow } from "./skippedRows";
