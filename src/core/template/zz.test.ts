import { Tokenizer } from "htmlparser2";
import { decodeHTML } from "entities";
test("x", () => { expect(typeof Tokenizer).toBe("function"); expect(decodeHTML("&amp;")).toBe("&"); });
