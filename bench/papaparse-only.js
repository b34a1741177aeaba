// The baseline: PapaParse alone parsing the same file (read, decoded, parsed into rows of text, as rundmail does).
"use strict";
const fs = require("fs");
const Papa = require("papaparse");
const text = new TextDecoder("utf-8").decode(fs.readFileSync(process.argv[2]));
const result = Papa.parse(text, { delimiter: "", skipEmptyLines: false, dynamicTyping: false });
process.stdout.write(`${result.data.length} rows\n`);
