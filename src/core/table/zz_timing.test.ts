import { parseDelimited } from "./parseDelimited";
test("timing hostile", () => {
  for (const n of [1000, 16000, 200000]) {
    const text = "Name;Notiz\n" + Array.from({ length: n }, (_, i) => `N${i};"x`).join("\n");
    const t = performance.now();
    const r = parseDelimited(text);
    console.log("every line", n, performance.now() - t, r.records.length, r.unclosedQuoteRows.length);
  }
  const big = "Name;Notiz\nA;\"x\n" + Array.from({ length: 200000 }, (_, i) => `N${i};Notiz ${i} mit etwas Text;kunde${i}@example.de;Hauptstraße ${i}`).join("\n");
  const t = performance.now();
  const r = parseDelimited(big);
  console.log("one early", big.length, performance.now() - t, r.records.length);
});
