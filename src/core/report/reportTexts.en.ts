import type { ReportTexts } from "./reportTexts";

export const reportTextsEn: ReportTexts = {
  columns: { row: "row", address: "address", status: "status", fileOrReason: "file or reason", details: "details" },
  status: {
    created: "draft created",
    failed: "failed",
    cancelled: "cancelled",
    excluded: "excluded",
    skipped: "skipped",
    sent: "sent",
    unknown: "unknown — check your Sent folder",
    notSent: "not sent",
    held: "held back",
  },
};
