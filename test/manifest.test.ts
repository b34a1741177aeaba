// Checks manifest.xml offline: `office-addin-manifest validate` needs Microsoft's online service.
// Element orders are the <xs:sequence>s of Microsoft's XSDs (OfficeAppManifestV1_1, MailAppVersionOverridesV1_0/V1_1);
// the last describe block validates against those XSDs themselves (docs/manifest-xsd.md).
import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import path from "path";
import { findSchemaDir, validateManifest } from "./support/manifestSchemas";
import { readPngHeader } from "./support/png";
import { allElements, attr, childrenNamed, followsSequence, onlyChild, parseXml, type XmlElement } from "./support/xmlTree";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const ORIGIN = "https://localhost:3000";

const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  basicTypes: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  overrides10: "http://schemas.microsoft.com/office/mailappversionoverrides",
  overrides11: "http://schemas.microsoft.com/office/mailappversionoverrides/1.1",
};

const SEQUENCE = {
  // OfficeApp, then its MailApp extension.
  officeApp: [
    "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
    "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "FormSettings", "Permissions", "Rule",
    "DisableEntityHighlighting", "VersionOverrides",
  ],
  versionOverrides: ["Description", "Requirements", "Hosts", "Resources", "VersionOverrides"],
  desktopSettings: ["SourceLocation", "RequestedHeight"],
  formFactor: ["FunctionFile", "ExtensionPoint"],
  group: ["Label", "Control"],
  button: ["Label", "Supertip", "Icon", "Action"],
  supertip: ["Title", "Description"],
  resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
} as const;

const manifest = parseXml(readFileSync(MANIFEST_PATH, "utf8"));
const outerOverrides = onlyChild(manifest, "VersionOverrides");
const innerOverrides = onlyChild(outerOverrides, "VersionOverrides");
const resources = onlyChild(innerOverrides, "Resources");

function requiredAttr(element: XmlElement, name: string): string {
  const value = attr(element, name);
  if (value === undefined) throw new Error(`<${element.local}> has no ${name} attribute.`);
  return value;
}

function resourceIds(listName: string): string[] {
  return childrenNamed(resources, listName).flatMap((list) => list.children.map((r) => requiredAttr(r, "id")));
}

/** The file under assets/ that a dev-server URL such as https://localhost:3000/assets/icon-16.png names. */
function assetFile(url: string): string {
  expect(url.startsWith(`${ORIGIN}/assets/`)).toBe(true);
  return path.join(ROOT, "assets", url.slice(`${ORIGIN}/assets/`.length));
}

describe("base manifest", () => {
  test("is a mail add-in in the 1.1 manifest schema", () => {
    expect(manifest.local).toBe("OfficeApp");
    expect(manifest.uri).toBe(NS.officeApp);
    expect(attr(manifest, "xsi:type")).toBe("MailApp");
  });

  test("has its elements in schema order, with every required one", () => {
    expect(followsSequence(manifest, SEQUENCE.officeApp)).toBe(true);
    const names = manifest.children.map((c) => c.local);
    for (const required of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "Requirements", "FormSettings", "Rule"]) {
      expect(names).toContain(required);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  test("identifies Rundmail with a GUID and a four-part version", () => {
    expect(onlyChild(manifest, "Id").text.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    expect(onlyChild(manifest, "Version").text.trim()).toBe("1.0.0.0");
    expect(onlyChild(manifest, "ProviderName").text.trim()).toBe("Rundmail");
    expect(onlyChild(manifest, "DefaultLocale").text.trim()).toBe("en-US");
  });

  test.each(["DisplayName", "Description"])("%s has a German override", (name) => {
    const element = onlyChild(manifest, name);
    expect(requiredAttr(element, "DefaultValue").length).toBeGreaterThan(0);
    const overrides = childrenNamed(element, "Override");
    expect(overrides.map((o) => attr(o, "Locale"))).toEqual(["de-DE"]);
    expect(requiredAttr(overrides[0] as XmlElement, "Value").trim().length).toBeGreaterThan(0);
  });

  test("activates in Outlook (Mailbox 1.1) for messages being read or written", () => {
    expect(childrenNamed(onlyChild(manifest, "Hosts"), "Host").map((h) => attr(h, "Name"))).toEqual(["Mailbox"]);
    const sets = onlyChild(onlyChild(manifest, "Requirements"), "Sets");
    expect(sets.children.map((s) => [attr(s, "Name"), attr(s, "MinVersion")])).toEqual([["Mailbox", "1.1"]]);
    const rule = onlyChild(manifest, "Rule");
    expect([attr(rule, "xsi:type"), attr(rule, "Mode")]).toEqual(["RuleCollection", "Or"]);
    expect(rule.children.map((r) => [attr(r, "xsi:type"), attr(r, "ItemType"), attr(r, "FormType")])).toEqual([
      ["ItemIs", "Message", "Read"],
      ["ItemIs", "Message", "Edit"],
    ]);
  });

  test("asks for the least permission that works: ReadWriteItem", () => {
    expect(onlyChild(manifest, "Permissions").text.trim()).toBe("ReadWriteItem");
  });

  test("read and compose forms load the task pane from https://localhost:3000", () => {
    const forms = childrenNamed(onlyChild(manifest, "FormSettings"), "Form");
    expect(forms.map((f) => attr(f, "xsi:type"))).toEqual(["ItemRead", "ItemEdit"]);
    for (const form of forms) {
      const desktop = onlyChild(form, "DesktopSettings");
      expect(followsSequence(desktop, SEQUENCE.desktopSettings)).toBe(true);
      expect(attr(onlyChild(desktop, "SourceLocation"), "DefaultValue")).toBe(`${ORIGIN}/taskpane.html`);
    }
    const height = Number(onlyChild(onlyChild(forms[0] as XmlElement, "DesktopSettings"), "RequestedHeight").text);
    expect(height).toBeGreaterThanOrEqual(32);
    expect(height).toBeLessThanOrEqual(450);
  });

  test.each([
    ["IconUrl", 64],
    ["HighResolutionIconUrl", 128],
  ])("%s is a %i px PNG in assets/", (name, size) => {
    const file = assetFile(requiredAttr(onlyChild(manifest, name), "DefaultValue"));
    expect(readPngHeader(file)).toMatchObject({ width: size, height: size });
  });

  test("the support page exists", () => {
    expect(existsSync(assetFile(requiredAttr(onlyChild(manifest, "SupportUrl"), "DefaultValue")))).toBe(true);
  });
});

describe("version overrides", () => {
  test("1.0 wraps 1.1, each in its own namespace and in schema order", () => {
    expect([outerOverrides.uri, attr(outerOverrides, "xsi:type")]).toEqual([NS.overrides10, "VersionOverridesV1_0"]);
    expect([innerOverrides.uri, attr(innerOverrides, "xsi:type")]).toEqual([NS.overrides11, "VersionOverridesV1_1"]);
    expect(followsSequence(outerOverrides, SEQUENCE.versionOverrides)).toBe(true);
    expect(followsSequence(innerOverrides, SEQUENCE.versionOverrides)).toBe(true);
    expect(manifest.children[manifest.children.length - 1]).toBe(outerOverrides);
  });

  test("1.1 needs Mailbox 1.3, the first requirement set with add-in commands", () => {
    const sets = onlyChild(onlyChild(innerOverrides, "Requirements"), "Sets");
    expect(sets.uri).toBe(NS.basicTypes);
    expect(attr(sets, "DefaultMinVersion")).toBe("1.3");
    expect(sets.children.map((s) => attr(s, "Name"))).toEqual(["Mailbox"]);
  });

  const formFactor = onlyChild(onlyChild(onlyChild(innerOverrides, "Hosts"), "Host"), "DesktopFormFactor");
  const extensionPoints = childrenNamed(formFactor, "ExtensionPoint");

  test("the MailHost's desktop form factor has a compose and a read command surface", () => {
    expect(attr(onlyChild(onlyChild(innerOverrides, "Hosts"), "Host"), "xsi:type")).toBe("MailHost");
    expect(followsSequence(formFactor, SEQUENCE.formFactor)).toBe(true);
    expect(extensionPoints.map((e) => attr(e, "xsi:type"))).toEqual(["MessageComposeCommandSurface", "MessageReadCommandSurface"]);
  });

  test.each(["MessageComposeCommandSurface", "MessageReadCommandSurface"])(
    "%s has a group on the default tab with a button that shows the task pane",
    (surface) => {
      const point = extensionPoints.find((e) => attr(e, "xsi:type") === surface) as XmlElement;
      const tab = onlyChild(point, "OfficeTab");
      expect(attr(tab, "id")).toBe("TabDefault");
      const group = onlyChild(tab, "Group");
      expect(followsSequence(group, SEQUENCE.group)).toBe(true);
      const button = onlyChild(group, "Control");
      expect(attr(button, "xsi:type")).toBe("Button");
      expect(followsSequence(button, SEQUENCE.button)).toBe(true);
      expect(followsSequence(onlyChild(button, "Supertip"), SEQUENCE.supertip)).toBe(true);
      const sizes = childrenNamed(onlyChild(button, "Icon"), "Image").map((i) => Number(attr(i, "size")));
      expect(sizes).toEqual(expect.arrayContaining([16, 32, 80]));
      const action = onlyChild(button, "Action");
      expect(attr(action, "xsi:type")).toBe("ShowTaskpane");
      expect(attr(onlyChild(action, "SourceLocation"), "resid")).toBe("Taskpane.Url");
    },
  );

  test("group and control ids are unique", () => {
    const ids = allElements(formFactor)
      .filter((e) => e.local === "Group" || e.local === "Control")
      .map((e) => requiredAttr(e, "id"));
    expect(ids.length).toBe(4);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("resources", () => {
  // Which resource list each kind of reference must point into.
  const KIND_OF_REFERENCE: Readonly<Record<string, string>> = {
    Label: "ShortStrings",
    Title: "ShortStrings",
    Description: "LongStrings",
    Image: "Images",
    SourceLocation: "Urls",
    FunctionFile: "Urls",
  };
  const references = allElements(innerOverrides).filter((e) => attr(e, "resid") !== undefined);

  test("lists are in schema order and every id is unique and at most 32 characters", () => {
    expect(followsSequence(resources, SEQUENCE.resources)).toBe(true);
    const ids = ["Images", "Urls", "ShortStrings", "LongStrings"].flatMap(resourceIds);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
  });

  test("every resid names a resource of the right kind, and is at most 32 characters", () => {
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) {
      const resid = requiredAttr(reference, "resid");
      const list = KIND_OF_REFERENCE[reference.local];
      expect([reference.local, list]).toEqual([reference.local, expect.any(String)]);
      expect(resourceIds(list as string)).toContain(resid);
      expect(resid.length).toBeLessThanOrEqual(32);
    }
  });

  test("every resource is used", () => {
    const used = new Set(references.map((r) => attr(r, "resid")));
    for (const id of ["Images", "Urls", "ShortStrings", "LongStrings"].flatMap(resourceIds)) expect([id, used.has(id)]).toEqual([id, true]);
  });

  test.each([
    ["ShortStrings", 125],
    ["LongStrings", 250],
  ])("%s fit their length limit and all have a German override", (listName, limit) => {
    const strings = onlyChild(resources, listName).children;
    expect(strings.length).toBeGreaterThan(0);
    for (const string of strings) {
      expect(requiredAttr(string, "DefaultValue").length).toBeLessThanOrEqual(limit);
      const overrides = childrenNamed(string, "Override");
      expect(overrides.map((o) => [o.uri, attr(o, "Locale")])).toEqual([[NS.basicTypes, "de-DE"]]);
      const german = requiredAttr(overrides[0] as XmlElement, "Value");
      expect(german.trim().length).toBeGreaterThan(0);
      expect(german.length).toBeLessThanOrEqual(limit);
    }
  });

  test("every button image is a PNG of the size it is used at", () => {
    const images = new Map(onlyChild(resources, "Images").children.map((i) => [requiredAttr(i, "id"), requiredAttr(i, "DefaultValue")]));
    const uses = references.filter((r) => r.local === "Image");
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      const size = Number(requiredAttr(use, "size"));
      const header = readPngHeader(assetFile(images.get(requiredAttr(use, "resid")) as string));
      expect(header).toEqual({ width: size, height: size, bitDepth: 8, colorType: 6 });
    }
  });

  test("the task pane URL is the dev server's taskpane.html, built from src/taskpane/taskpane.html", () => {
    const urls = onlyChild(resources, "Urls").children;
    expect(urls.map((u) => [attr(u, "id"), attr(u, "DefaultValue")])).toEqual([["Taskpane.Url", `${ORIGIN}/taskpane.html`]]);
    expect(existsSync(path.join(ROOT, "src/taskpane/taskpane.html"))).toBe(true);
  });
});

test("every URL in the manifest is https on the dev server", () => {
  const urls = allElements(manifest)
    .flatMap((e) => [attr(e, "DefaultValue"), e.local === "Override" ? attr(e, "Value") : undefined])
    .filter((v): v is string => v !== undefined && /^[a-z]+:\/\//i.test(v));
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) expect(url.startsWith(`${ORIGIN}/`)).toBe(true);
});

// office-addin-manifest loads ES-module-only dependencies (strip-bom, uuid), which jest cannot require on Node 20;
// plain Node (20.19+) can, so its parser runs in a child process.
test("office-addin-manifest's own (offline) parser reads it as an Outlook add-in", () => {
  const script = [
    'const m = require("office-addin-manifest");',
    "m.OfficeAddinManifest.readManifestFile(process.argv[1]).then(",
    "  (info) => process.stdout.write(JSON.stringify({ info, apps: m.getOfficeAppsForManifestHosts(info.hosts) })),",
    "  (error) => { console.error(error); process.exit(1); });",
  ].join("\n");
  const output = execFileSync(process.execPath, ["-e", script, MANIFEST_PATH], { cwd: ROOT, encoding: "utf8" });
  const { info, apps } = JSON.parse(output) as { info: Record<string, unknown>; apps: string[] };
  expect(info).toMatchObject({
    officeAppType: "MailApp",
    id: onlyChild(manifest, "Id").text.trim(),
    version: "1.0.0.0",
    providerName: "Rundmail",
    displayName: "Rundmail",
    permissions: "ReadWriteItem",
    hosts: ["Mailbox"],
  });
  expect(apps).toEqual(["outlook"]);
});

// Microsoft's XSDs themselves ([MS-OWEMXML]: OfficeAppManifest 1.1, MailAppVersionOverrides 1.0 and 1.1; where each
// came from, and where they are kept, is in docs/manifest-xsd.md), through libxml2 as `xmllint --schema` runs it.
const SCHEMA_DIR = findSchemaDir();
if (SCHEMA_DIR === null) {
  console.warn(
    "NO MANIFEST SCHEMAS FOUND: the XSD validation of manifest.xml is SKIPPED. Put Microsoft's XSDs (docs/manifest-xsd.md) " +
      "in shared/manifest-xsd/ beside the checkout, or set RUNDMAIL_MANIFEST_XSD_DIR.",
  );
}

// Missing schemas are a loud skip, even in CI: the files may not be committed here (what the search tool brings stays
// out of developers' commits), so a clone without the shared folder cannot have them. With RUNDMAIL_REQUIRE_XSD=1
// their absence is a failure.
test("the manifest schemas are there (when RUNDMAIL_REQUIRE_XSD=1)", () => {
  if (process.env.RUNDMAIL_REQUIRE_XSD === "1") expect(SCHEMA_DIR).not.toBeNull();
});

(SCHEMA_DIR === null ? describe.skip : describe)("Microsoft's manifest schemas (XSD), offline", () => {
  const dir = SCHEMA_DIR ?? "";
  const text = readFileSync(MANIFEST_PATH, "utf8");

  /** The manifest with `find` (which must occur exactly once) replaced. */
  function broken(find: string, replace: string): string {
    expect(text.split(find).length - 1).toBe(1);
    return text.replace(find, replace);
  }

  test("manifest.xml validates against OfficeAppManifestV1_1.xsd and the mail VersionOverrides schemas", async () => {
    await expect(validateManifest(dir, text)).resolves.toEqual({ valid: true, errors: [] });
  });

  test.each([
    {
      name: "an unknown element",
      xml: () => broken("<Version>1.0.0.0</Version>", "<Version>1.0.0.0</Version>\n  <Colour>blue</Colour>"),
      message: /^manifest\.xml:\d+: Schemas validity error : Element '\{http:\/\/schemas\.microsoft\.com\/office\/appforoffice\/1\.1\}Colour': This element is not expected\. Expected is \( \{http:\/\/schemas\.microsoft\.com\/office\/appforoffice\/1\.1\}ProviderName \)/,
    },
    {
      name: "a missing required element (ProviderName)",
      xml: () => broken("  <ProviderName>Rundmail</ProviderName>\n", ""),
      message: /^manifest\.xml:\d+: Schemas validity error : .*DefaultLocale': This element is not expected\. Expected is \( .*ProviderName \)/,
    },
    {
      name: "an element out of order (DefaultLocale before ProviderName)",
      xml: () => broken("  <ProviderName>Rundmail</ProviderName>\n  <DefaultLocale>en-US</DefaultLocale>", "  <DefaultLocale>en-US</DefaultLocale>\n  <ProviderName>Rundmail</ProviderName>"),
      message: /^manifest\.xml:\d+: Schemas validity error : .*DefaultLocale': This element is not expected\. Expected is \( .*ProviderName \)/,
    },
    {
      name: "a permission the schema does not know",
      xml: () => broken("<Permissions>ReadWriteItem</Permissions>", "<Permissions>ReadEverything</Permissions>"),
      message: /^manifest\.xml:\d+: Schemas validity error : .*Permissions': \[facet 'enumeration'\] The value 'ReadEverything' is not an element of the set/,
    },
    {
      name: "an extension point the VersionOverrides 1.1 schema does not know",
      xml: () => broken('<ExtensionPoint xsi:type="MessageReadCommandSurface">', '<ExtensionPoint xsi:type="MessageSideCommandSurface">'),
      message: /^manifest\.xml:\d+: Schemas validity error : .*mailappversionoverrides\/1\.1\}ExtensionPoint'.*'\{http:\/\/schemas\.microsoft\.com\/office\/mailappversionoverrides\/1\.1\}MessageSideCommandSurface' of the xsi:type attribute does not resolve to a type definition/,
    },
  ])("$name fails, with libxml2's message", async ({ xml, message }) => {
    const result = await validateManifest(dir, xml());
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(new RegExp(message.source, "m"));
  });
});
