// Microsoft's add-in manifest XSDs ([MS-OWEMXML]) and libxml2 (xmllint-wasm: libxml2 compiled to WebAssembly, no
// native install) to validate a manifest against them offline. The XSD files are Microsoft's, not ours, so they are
// not in this repository: they sit in the project's shared folder (shared/manifest-xsd/, beside the checkout, as CI
// lays it out), and are accepted only byte for byte as listed in docs/manifest-xsd.md (SCHEMA_FILES below).
import { createHash } from "crypto";
import { existsSync, readFileSync } from "fs";
import path from "path";
import { validateXML, type XMLValidationError } from "xmllint-wasm";

const ROOT = path.resolve(__dirname, "..", "..");

/** Microsoft's files and their sha256, as docs/manifest-xsd.md records where each came from. */
export const SCHEMA_FILES: Readonly<Record<string, string>> = {
  "OfficeAppManifestV1_1.xsd": "3531cf9114f4ae54d25a6264adfff5c75faf820ecd8333bae5be8176c19dd0a7",
  "OfficeAppBasicTypesV1_0.xsd": "f25834334322d8aec18ca50d26caf74bda8c3101b924b2cbbba08dfaa051b51f",
  "MailAppVersionOverridesV1_0.xsd": "5b0dad21b7cc470fe3605c3ab941741fd4aa99839629492766717f4d7c24a5ce",
  "MailAppVersionOverridesV1_1.xsd": "7cc554a6fe708bf6bb9cb3eb205cafff1ae754d37ca38cfc6a78e87a2f8e2142",
  "TaskPaneAppVersionOverridesV1_0.xsd": "783483c1b6d916c97af8bd30e1e7454719ccc89f4ab42df13339a5ec0b11b8e3",
};
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

/**
 * OfficeAppManifestV1_1.xsd imports a schema for content add-ins that Microsoft's copies never included
 * (OfficeDev/office-js-docs#1076). This stand-in declares only the element the main schema refers to; a mail
 * add-in's manifest never uses it.
 */
const CONTENT_APP_STAND_IN = {
  fileName: "ContentAppVersionOverridesV1_0.xsd",
  contents: `<?xml version="1.0" encoding="utf-8"?>
<xs:schema elementFormDefault="qualified" targetNamespace="http://schemas.microsoft.com/office/contentappversionoverrides" xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="VersionOverrides" type="xs:anyType" />
</xs:schema>
`,
};

/**
 * Where libxml2 is stricter than the .NET parser the schemas were written for. Each fix is applied exactly where it
 * is expected and nowhere else, so a changed schema file fails loudly instead of being patched blindly.
 */
const LIBXML2_FIXES: readonly { readonly file: string; readonly find: string; readonly replace: string; readonly why: string }[] = [
  ...["OfficeAppManifestV1_1.xsd", "OfficeAppBasicTypesV1_0.xsd"].map((file) => ({
    file,
    find: String.raw`<xs:pattern value="([0-9]{1,5})(\.[0-9]{1,5}){0,3}?"/>`,
    replace: String.raw`<xs:pattern value="([0-9]{1,5})(\.[0-9]{1,5}){0,3}"/>`,
    // XML Schema's regular expressions (XSD 1.0 Part 2, appendix F) have no reluctant quantifier "{n,m}?"; a pattern
    // must match the whole value anyway, so dropping the "?" accepts exactly the same versions.
    why: "reluctant quantifier",
  })),
];

/** The folder holding the schemas: RUNDMAIL_MANIFEST_XSD_DIR, else shared/manifest-xsd beside the checkout; or null. */
export function findSchemaDir(): string | null {
  const candidates = [process.env.RUNDMAIL_MANIFEST_XSD_DIR, path.join(ROOT, "..", "shared", "manifest-xsd")];
  return candidates.find((dir) => dir !== undefined && dir !== "" && existsSync(path.join(dir, MAIN_SCHEMA))) ?? null;
}

export interface SchemaFile {
  readonly fileName: string;
  readonly contents: string;
}

/** The schema files as libxml2 gets them: the main schema first, the rest preloaded for its xs:imports. */
export function manifestSchemas(dir: string): { main: SchemaFile; imports: SchemaFile[] } {
  const files = Object.entries(SCHEMA_FILES).map(([fileName, sha256]) => {
    const bytes = readFileSync(path.join(dir, fileName));
    const actual = createHash("sha256").update(bytes).digest("hex");
    if (actual !== sha256) throw new Error(`${path.join(dir, fileName)} is not the file docs/manifest-xsd.md lists (sha256 ${actual}).`);
    let contents = bytes.toString("utf8");
    for (const fix of LIBXML2_FIXES.filter((f) => f.file === fileName)) {
      const found = contents.split(fix.find).length - 1;
      if (found !== 1) throw new Error(`${fileName}: expected the ${fix.why} once, found it ${found} times.`);
      contents = contents.replace(fix.find, fix.replace);
    }
    return { fileName, contents };
  });
  const main = files.find((f) => f.fileName === MAIN_SCHEMA);
  if (main === undefined) throw new Error(`${MAIN_SCHEMA} is missing.`);
  return { main, imports: [...files.filter((f) => f !== main), CONTENT_APP_STAND_IN] };
}

export interface ManifestValidation {
  readonly valid: boolean;
  /** libxml2's messages, as xmllint prints them ("manifest.xml:12: Schemas validity error : ..."). */
  readonly errors: readonly string[];
}

/** Validates a manifest's text against the schemas in `dir`, as `xmllint --noout --schema OfficeAppManifestV1_1.xsd`. */
export async function validateManifest(dir: string, xml: string, fileName = "manifest.xml"): Promise<ManifestValidation> {
  const { main, imports } = manifestSchemas(dir);
  const result = await validateXML({ xml: [{ fileName, contents: xml }], schema: [main], preload: imports });
  return { valid: result.valid, errors: result.errors.map((error: XMLValidationError) => error.rawMessage) };
}
