import { CLIENT_ID_SETTING, parseClientId, resolveClientId } from "./clientId";

const ID = "0d5b3c1e-7f2a-4b6c-9d8e-1a2b3c4d5e6f";

interface Case {
  readonly name: string;
  readonly value: unknown;
  readonly expected: string | null;
}

describe("parseClientId", () => {
  test.each<Case>([
    { name: "a GUID", value: ID, expected: ID },
    { name: "upper case", value: ID.toUpperCase(), expected: ID },
    { name: "spaces and a line break around it", value: `  ${ID}\n`, expected: ID },
    { name: "braces around it (registry form)", value: `{${ID.toUpperCase()}}`, expected: ID },
    { name: "braces and spaces", value: ` { ${ID} } `, expected: ID },
    { name: "a space inside", value: ID.replace("-", " -"), expected: null },
    { name: "one brace only", value: `{${ID}`, expected: null },
    { name: "without hyphens", value: ID.replace(/-/g, ""), expected: null },
    { name: "a non-hex digit", value: ID.replace("0d5b", "0g5b"), expected: null },
    { name: "one digit short", value: ID.slice(0, -1), expected: null },
    { name: "one digit more", value: `${ID}0`, expected: null },
    { name: "a URL containing it", value: `https://login.microsoftonline.com/${ID}`, expected: null },
    { name: "a tenant name", value: "contoso.onmicrosoft.com", expected: null },
    { name: "the empty string", value: "", expected: null },
    { name: "a number", value: 12345, expected: null },
    { name: "NaN", value: Number.NaN, expected: null },
    { name: "an object", value: { clientId: ID }, expected: null },
    { name: "an object whose toString is a GUID", value: { toString: () => ID }, expected: null },
    { name: "an array", value: [ID], expected: null },
    { name: "null", value: null, expected: null },
    { name: "undefined", value: undefined, expected: null },
    { name: "true", value: true, expected: null },
  ])("$name", ({ value, expected }) => {
    expect(parseClientId(value)).toBe(expected);
  });
});

describe("resolveClientId: the roaming setting wins over the build", () => {
  const OTHER = "11111111-2222-4333-8444-555555555555";
  test.each<{ name: string; roaming: unknown; build: string | undefined; expected: string | null }>([
    { name: "both set", roaming: ID, build: OTHER, expected: ID },
    { name: "only the build", roaming: undefined, build: OTHER, expected: OTHER },
    { name: "the setting is empty", roaming: "", build: OTHER, expected: OTHER },
    { name: "the setting is not a GUID", roaming: "my app", build: OTHER, expected: OTHER },
    { name: "the setting is an object", roaming: { id: ID }, build: OTHER, expected: OTHER },
    { name: "only the setting", roaming: ` {${ID}} `, build: "", expected: ID },
    { name: "the build's value is not a GUID", roaming: null, build: "RUNDMAIL_GRAPH_CLIENT_ID", expected: null },
    { name: "neither", roaming: undefined, build: undefined, expected: null },
  ])("$name", ({ roaming, build, expected }) => {
    expect(resolveClientId(roaming, build)).toBe(expected);
  });

  test("the setting's name is stable (stored in users' mailboxes)", () => {
    expect(CLIENT_ID_SETTING).toBe("graphClientId");
  });
});
