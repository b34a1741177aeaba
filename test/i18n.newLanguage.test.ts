// Adding a language must be "one file per table, and the compiler lists what is missing". This test asks the
// compiler itself, in one program over the real sources, with two changes made in memory only:
//  - "fr" is added to the languages list (src/i18n/languages.ts), and no table gets it: every table's registry
//    and the per-language conventions must be named;
//  - every table gets a French file, copied from its English one with one key left out: each such file must be
//    named with exactly that key.
// It fails if a registry or a language file were typed loosely (Partial, Record<string, …>, no annotation).
import { readFileSync, readdirSync } from "fs";
import { dirname, join, resolve } from "path";
import ts from "typescript";

const ROOT = resolve(__dirname, "..");
const SRC = join(ROOT, "src");
const LANGUAGES_FILE = join(SRC, "i18n", "languages.ts");

/** A table's registry (the Record<Lang, …> of its languages) and its English file. */
interface Table {
  readonly registry: string;
  readonly english: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every file that puts a table's languages together: it imports the English file ("./x.en"). */
function findTables(): Table[] {
  return sourceFiles(SRC).flatMap((registry) => {
    const text = readFileSync(registry, "utf8");
    const english = /from "(\.\/[\w.]+\.en)"/.exec(text)?.[1];
    return english === undefined ? [] : [{ registry, english: join(dirname(registry), `${english}.ts`) }];
  });
}

/** The English file made French with its first key left out; returns the text and the key. */
function frenchWithoutFirstKey(english: string): { text: string; key: string } {
  const lines = readFileSync(english, "utf8").replace(/(export const \w+)En\b/, "$1Fr").split("\n");
  const property = /^ {2}(?:"([\w-]+)"|(\w+))\s*[:(]/;
  const start = lines.findIndex((line) => property.test(line));
  const match = property.exec(lines[start] ?? "");
  const key = match?.[1] ?? match?.[2];
  if (start < 0 || key === undefined) throw new Error(`${english}: no top-level key found`);
  let end = start + 1;
  while (end < lines.length && !property.test(lines[end] ?? "") && lines[end] !== "};") end += 1;
  return { text: [...lines.slice(0, start), ...lines.slice(end)].join("\n"), key };
}

function compile(virtualFiles: ReadonlyMap<string, string>, roots: readonly string[]): readonly ts.Diagnostic[] {
  const configFile = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ROOT);
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => virtualFiles.get(resolve(name)) ?? readFile(name);
  host.fileExists = (name) => virtualFiles.has(resolve(name)) || fileExists(name);
  host.getSourceFile = (name, languageVersion, onError, shouldCreate) => {
    const text = virtualFiles.get(resolve(name));
    return text === undefined ? getSourceFile(name, languageVersion, onError, shouldCreate) : ts.createSourceFile(name, text, languageVersion, true);
  };
  const program = ts.createProgram({ rootNames: [...roots], options: { ...options, noEmit: true }, host });
  // Only the files in question are checked (the whole project is tsc's job): that keeps this test quick.
  const checked = [...new Set([...virtualFiles.keys(), ...roots])].flatMap((name) => {
    const file = program.getSourceFile(name);
    return file === undefined ? [] : [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
  });
  return [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics(), ...checked];
}

const message = (d: ts.Diagnostic): string => ts.flattenDiagnosticMessageText(d.messageText, "\n");

describe("a third language", () => {
  const tables = findTables();
  const french = new Map(tables.map((t) => [t.english.replace(/\.en\.ts$/, ".fr.ts"), frenchWithoutFirstKey(t.english)]));
  const virtualFiles = new Map<string, string>([
    [LANGUAGES_FILE, readFileSync(LANGUAGES_FILE, "utf8").replace(/LANGUAGES = \["en", "de"\]/, 'LANGUAGES = ["en", "de", "fr"]')],
    ...[...french].map(([path, { text }]): [string, string] => [path, text]),
  ]);
  // One program for both questions: the registries (which pull in the interfaces and the existing languages) and
  // the French files.
  const diagnostics = compile(virtualFiles, [...tables.map((t) => t.registry), ...french.keys()]);
  const inFile = (path: string): string[] => diagnostics.filter((d) => d.file !== undefined && resolve(d.file.fileName) === path).map(message);

  test("the list was really changed, and every text table is found", () => {
    expect(virtualFiles.get(LANGUAGES_FILE)).toContain('"fr"');
    const names = tables.map((t) => t.registry.slice(SRC.length + 1)).sort();
    const expectedTables = [
      "cli/strings.ts",
      "core/issues/issueTexts.ts",
      "core/report/reportTexts.ts",
      "gateways/choiceTexts.ts",
      "gateways/compose/composeTexts.ts",
      "gateways/eml/emlTexts.ts",
      "gateways/graph/tokenTexts.ts",
      "i18n/formatWords.ts",
      "office/strings.ts",
      "sandbox/sandboxStrings.ts",
      "taskpane/strings.ts",
    ];
    for (const expected of expectedTables) {
      expect(names).toContain(expected);
    }
  });

  test("adding it to the languages list makes the compiler name every table that lacks it", () => {
    for (const { registry } of tables) {
      // One error for each table the file registers (the sandbox's file has two: its chrome and its mailbox panel).
      const registered = readFileSync(registry, "utf8").match(/Record<Lang,/g)?.length ?? 0;
      expect(registered).toBeGreaterThan(0);
      const missing = Array.from({ length: registered }, () => expect.stringMatching(/Property 'fr' is missing/));
      expect({ registry, errors: inFile(registry) }).toEqual({ registry, errors: missing });
    }
    // The per-language conventions (locale, CSV delimiter) are named too.
    expect(inFile(LANGUAGES_FILE)).toEqual([expect.stringMatching(/Property 'fr' is missing/)]);
  });

  test("a language file that lacks one text makes the compiler name that key, and nothing else", () => {
    for (const [path, { key }] of french) {
      expect({ path, errors: inFile(path) }).toEqual({ path, errors: [expect.stringMatching(new RegExp(`Property '${key}' is missing`))] });
    }
  });

  test("the compiler had nothing else to say", () => {
    expect(diagnostics.filter((d) => d.file === undefined).map(message)).toEqual([]);
  });
});
