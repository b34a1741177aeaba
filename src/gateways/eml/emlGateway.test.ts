import { addr, draft } from "../../../test/support/runFixtures";
import type { RunSummary } from "../../core/run/types";
import { createEmlGateway, type WrittenEml } from "./emlGateway";

describe("the .eml gateway hands each draft to its store", () => {
  test.each<[string, (name: string) => void, { status: string; code?: string; ref?: string }, string[]]>([
    ["stored", () => undefined, { status: "created", ref: "0002_a@x.de.eml" }, ["0002_a@x.de.eml"]],
    ["a store that fails: the row fails, nothing counted", () => {
      throw new Error("disk full");
    }, { status: "failed", code: "eml-compose-failed" }, []],
  ])("%s", async (_name, store, answer, counted) => {
    const names: string[] = [];
    let finished: ReadonlyMap<string, WrittenEml> | null = null;
    const gateway = createEmlGateway({
      lang: "en",
      store: (name, eml) => {
        store(name);
        expect(eml).toMatch(/^X-Unsent: 1\r\n/m);
        names.push(name);
      },
      finish: (_summary, written) => {
        finished = written;
      },
    });
    expect(await gateway.create(draft(2, { to: addr("a@x.de") }))).toMatchObject(answer);
    expect(names).toEqual(counted);
    expect(gateway.fileCount).toBe(counted.length);
    const summary: RunSummary = { outcomes: [], cancelled: false };
    await gateway.finish?.(summary);
    expect([...(finished ?? new Map<string, WrittenEml>()).values()].map((w) => w.file)).toEqual(counted);
    expect(await gateway.create(draft(3, { to: addr("b@x.de") }))).toMatchObject({ status: "failed", code: "eml-finished" });
  });
});
