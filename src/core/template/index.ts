// The merge-field template engine: {{Field}}, {{Field|fallback}}, {{#Field}}…{{/Field}}, {{^Field}}…{{/Field}},
// {{#Field=Value}}…{{/Field}}, in a subject, a plain-text body, or an HTML body written in Outlook or Word.
export type {
  CompiledTemplate,
  FieldNode,
  FieldPlace,
  FieldUse,
  LiteralNode,
  Placed,
  Lookup,
  SectionNode,
  SectionTest,
  TemplateKind,
  TemplateNode,
  Where,
} from "./types";
export { normaliseFieldName } from "./normalise";
export { compileTemplate, type CompileResult } from "./compile";
export { renderTemplate, checkRow, type RowCheck } from "./render";
export { unknownFields, suggestColumn } from "./suggest";
export { htmlToText, textToHtml } from "./htmlText";
