// A small namespace-aware XML tree for tests, built with sax in strict mode (malformed XML throws).
import { parser } from "sax";

export interface XmlElement {
  /** Local name without prefix: "Image" for <bt:Image>. */
  readonly local: string;
  /** Namespace URI. */
  readonly uri: string;
  /** Attributes by their name as written: "id", "xsi:type", "DefaultValue". */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  text: string;
}

export function parseXml(xml: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const sax = parser(true, { xmlns: true, position: true });
  sax.onerror = (error) => {
    throw error;
  };
  sax.onopentag = (tag) => {
    const element: XmlElement = {
      local: tag.local,
      uri: tag.uri,
      attributes: new Map(Object.values(tag.attributes).map((a) => [a.name, a.value])),
      children: [],
      text: "",
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  };
  sax.onclosetag = () => {
    stack.pop();
  };
  sax.ontext = (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  };
  sax.write(xml).close();
  if (root === undefined) throw new Error("The document has no root element.");
  return root;
}

export function attr(element: XmlElement, name: string): string | undefined {
  return element.attributes.get(name);
}

export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((c) => c.local === local);
}

/** The only child with that local name; fails the test if there is none or several. */
export function onlyChild(element: XmlElement, local: string): XmlElement {
  const found = childrenNamed(element, local);
  if (found.length !== 1) throw new Error(`<${element.local}> has ${found.length} <${local}> children, expected 1.`);
  return found[0] as XmlElement;
}

/** The element and everything below it, in document order. */
export function allElements(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(allElements)];
}

/** Whether the children's names appear in the order the schema's <xs:sequence> lists them (absent ones skipped). */
export function followsSequence(element: XmlElement, sequence: readonly string[]): boolean {
  const positions = element.children.map((c) => sequence.indexOf(c.local));
  return positions.every((p, i) => p >= 0 && (i === 0 || p >= (positions[i - 1] as number)));
}
