import { composeLimitBreach, type ComposeForm } from "./composeLimits";

const form = (over: Partial<ComposeForm> = {}): ComposeForm => ({ to: "a@x.de", cc: [], bcc: [], subject: "Hallo", html: "<p>Hallo</p>", ...over });
const many = (n: number): string[] => Array.from({ length: n }, (_, i) => `p${i}@x.de`);

describe("composeLimitBreach", () => {
  test.each<[string, Partial<ComposeForm>, string | null, Record<string, string | number> | undefined]>([
    ["within every limit", {}, null, undefined],
    ["100 in To", { to: many(100) }, null, undefined],
    ["101 in To", { to: many(101) }, "compose-too-many-recipients", { field: "To", count: 101, max: 100 }],
    ["101 in Cc", { cc: many(101) }, "compose-too-many-recipients", { field: "Cc", count: 101, max: 100 }],
    ["101 in Bcc", { bcc: many(101) }, "compose-too-many-recipients", { field: "Bcc", count: 101, max: 100 }],
    ["255-character subject", { subject: "s".repeat(255) }, null, undefined],
    ["256-character subject", { subject: "s".repeat(256) }, "compose-subject-too-long", { length: 256, max: 255 }],
    ["an emoji counts as two (the safe side)", { subject: "😀".repeat(128) }, "compose-subject-too-long", { length: 256, max: 255 }],
    ["32,768 ASCII bytes", { html: "h".repeat(32768) }, null, undefined],
    ["32,769 ASCII bytes", { html: "h".repeat(32769) }, "compose-body-too-large", { size: 32769 }],
    ["10,923 three-byte characters", { html: "€".repeat(10923) }, "compose-body-too-large", { size: 32769 }],
    ["10,922 three-byte characters", { html: "€".repeat(10922) }, null, undefined],
  ])("%s", (_name, over, code, params) => {
    const breach = composeLimitBreach(form(over));
    if (code === null) expect(breach).toBeNull();
    else expect(breach).toEqual({ code, params });
  });
});
