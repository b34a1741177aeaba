// The baseline for workbooks: SheetJS alone reading the .xlsx with the options Rundmail passes (dense, no formulas,
// formats kept), and each sheet's cells visited once — no display formatting, no table.
"use strict";
const fs = require("fs");
const { read } = require("@e965/xlsx");
const book = read(fs.readFileSync(process.argv[2]), {
  type: "buffer",
  dense: true,
  cellFormula: false,
  cellHTML: false,
  cellText: false,
  cellNF: true,
  cellStyles: true,
});
let cells = 0;
for (const name of book.SheetNames) for (const row of book.Sheets[name]["!data"] || []) cells += row ? row.length : 0;
process.stdout.write(`${cells} cells\n`);
