// A finding's parameter as text for a message: absent parameters read as "" rather than "undefined".
import type { FindingParams } from "../types";

export const param = (p: FindingParams, key: string): string => String(p[key] ?? "");
