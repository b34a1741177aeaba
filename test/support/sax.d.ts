// The part of sax (a dependency of office-addin-manifest's xml2js) that test/support/xmlTree.ts uses.
declare module "sax" {
  export interface QualifiedAttribute {
    readonly name: string;
    readonly value: string;
    readonly prefix: string;
    readonly local: string;
    readonly uri: string;
  }
  export interface QualifiedTag {
    readonly name: string;
    readonly prefix: string;
    readonly local: string;
    readonly uri: string;
    readonly attributes: Readonly<Record<string, QualifiedAttribute>>;
    readonly isSelfClosing: boolean;
  }
  export interface SAXParser {
    onopentag: (tag: QualifiedTag) => void;
    onclosetag: (name: string) => void;
    ontext: (text: string) => void;
    oncdata: (text: string) => void;
    onerror: (error: Error) => void;
    write(xml: string): SAXParser;
    close(): SAXParser;
  }
  export function parser(strict: true, options: { readonly xmlns: true; readonly position?: boolean }): SAXParser;
}
