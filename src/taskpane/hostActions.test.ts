import { createFakeHost } from "../../test/support/fakeHost";
import { readTemplateInto } from "./hostActions";
import type { WizardAction } from "./state/wizard";

test("reading the message dispatches it", async () => {
  const host = createFakeHost({ subject: "Hallo {{Vorname}}", html: "<p>x</p>", attachments: [{ name: "liste.csv", content: "E-Mail" }] });
  const actions: WizardAction[] = [];
  const template = await readTemplateInto(host, (a) => actions.push(a));
  expect(actions.map((a) => a.type)).toEqual(["templateReading", "templateRead"]);
  expect(template?.attachments.map((a) => a.name)).toEqual(["liste.csv"]);
});

test("a failed read becomes an action with the reason, not an exception", async () => {
  const host = createFakeHost({ readFails: "Outlook is busy." });
  const actions: WizardAction[] = [];
  await expect(readTemplateInto(host, (a) => actions.push(a))).resolves.toBeNull();
  expect(actions).toEqual([{ type: "templateReading" }, { type: "templateFailed", message: "Outlook is busy." }]);
});
