import type { RowOutcome } from "../../core/run/types";
import type { SmtpAnswer } from "../../gateways/smtp/smtpDraftGateway";
import { sendOutcome, serverProblemOf, type SendOutcome } from "./sendOutcome";

const at = "2027-01-15T10:00:00.000Z";
const row = (status: RowOutcome["status"], code?: string, message: string | null = null): RowOutcome => ({
  row: 2,
  key: "k",
  to: "a@example.de",
  status,
  ref: null,
  message,
  ...(code ? { code } : {}),
});
const answer = (result: SmtpAnswer["result"]): SmtpAnswer => ({ at: "2027-01-15T09:00:00.000Z", result });

describe("sendOutcome", () => {
  const cases: Array<[string, RowOutcome, SmtpAnswer | undefined, SendOutcome]> = [
    [
      "accepted",
      row("created"),
      answer({ kind: "sent", response: "250 OK", eml: "", refused: ["cc@x.de"] }),
      { status: "sent", at: "2027-01-15T09:00:00.000Z", response: "250 OK", refused: ["cc@x.de"] },
    ],
    [
      "no answer after the last byte",
      row("failed", "run-no-answer", "core text"),
      answer({ kind: "unknown", reason: "Connection closed" }),
      { status: "unknown", at: "2027-01-15T09:00:00.000Z", reason: "Connection closed" },
    ],
    ["Ctrl-C while it was handed over", row("cancelled", "run-cancelled-maybe-created", "may exist"), undefined, { status: "unknown", at, reason: "may exist" }],
    ["never started", row("cancelled"), undefined, { status: "not-sent", why: "interrupted" }],
    [
      "refused for its To, a copy went to the Cc",
      row("failed", "smtp-550"),
      answer({ kind: "permanent", code: 550, reason: "550 no", problem: null, deliveredTo: ["cc@x.de"] }),
      { status: "failed", at: "2027-01-15T09:00:00.000Z", reason: "550 no", code: 550, retryable: false, deliveredTo: ["cc@x.de"] },
    ],
    [
      "tries spent",
      row("failed", "run-gave-up"),
      answer({ kind: "transient", code: 451, reason: "451 later", problem: null }),
      { status: "failed", at: "2027-01-15T09:00:00.000Z", reason: "451 later", code: 451, retryable: true, deliveredTo: [] },
    ],
    ["its file could not be read", row("failed", "run-render-failed", "core text"), undefined, { status: "failed", at, reason: "file gone", code: null, retryable: true, deliveredTo: [] }],
  ];
  test.each(cases)("%s", (_name, outcome, got, expected) => {
    expect(sendOutcome(outcome, got, { notSent: "interrupted", at, reason: outcome.code === "run-render-failed" ? "file gone" : undefined })).toEqual(expected);
  });
});

describe("serverProblemOf: when the whole run stops", () => {
  test.each<[string, RowOutcome, SmtpAnswer | undefined, string | null]>([
    ["a refused login", row("failed"), answer({ kind: "permanent", code: 535, reason: "535 no", problem: "login", deliveredTo: [] }), "login"],
    ["an unreachable server after its tries", row("failed"), answer({ kind: "transient", code: null, reason: "ECONNREFUSED", problem: "connect" }), "connect"],
    ["one refused address", row("failed"), answer({ kind: "permanent", code: 550, reason: "550", problem: null, deliveredTo: [] }), null],
    ["a row sent after a failed connect", row("created"), answer({ kind: "sent", response: "250", eml: "", refused: [] }), null],
    ["no answer at all", row("failed"), undefined, null],
  ])("%s", (_name, outcome, got, problem) => {
    expect(serverProblemOf(outcome, got)?.problem ?? null).toBe(problem);
  });
});
