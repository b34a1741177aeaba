// A stand-in for Microsoft's Office.js (https://appsforoffice.microsoft.com/lib/1/hosted/office.js), which the
// browser tests cannot reach. It defines only what the task pane uses, under Office.js's own names and values:
// Office.onReady and Office.context.displayLanguage / officeTheme, as Outlook on the web reports them.

/** What Outlook tells the add-in about itself; the names are @types/office-js's. */
export interface FakeOfficeContext {
  readonly displayLanguage: Office.Context["displayLanguage"];
  /** Absent before Mailbox 1.14. */
  readonly officeTheme?: Partial<Pick<Office.OfficeTheme, "bodyBackgroundColor" | "bodyForegroundColor" | "controlBackgroundColor" | "controlForegroundColor">>;
}

export const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
export const OFFICE_JS_ROUTE = `${OFFICE_JS_ORIGIN}/**`;

/** The source of a fake office.js that reports `context` in Outlook on the web. */
export function fakeOfficeJs(context: FakeOfficeContext): string {
  return `// Fake Office.js for Rundmail's browser tests.
(function () {
  "use strict";
  var HostType = { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" };
  var PlatformType = { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" };
  var info = { host: HostType.Outlook, platform: PlatformType.OfficeOnline };
  // Office.js becomes ready after the document has loaded, never synchronously.
  var ready = new Promise(function (resolve) {
    function settle() { setTimeout(function () { resolve(info); }, 0); }
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", settle, { once: true });
    else settle();
  });
  var Office = {
    HostType: HostType,
    PlatformType: PlatformType,
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: ${JSON.stringify(context)},
    onReady: function (callback) {
      return ready.then(function (value) {
        if (typeof callback === "function") callback(value);
        return value;
      });
    },
  };
  ready.then(function () {
    if (typeof Office.initialize === "function") Office.initialize("documentOpened");
  });
  window.Office = Office;
})();
`;
}
