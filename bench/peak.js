// Preloaded with `node --require` into a measured process: on exit it writes its peak memory (max RSS) to a file.
"use strict";
const fs = require("fs");
const file = process.env.BENCH_PEAK_FILE;
if (file) {
  process.on("exit", () => {
    fs.writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
  });
}
