// A stand-in for Microsoft's Office.js (https://appsforoffice.microsoft.com/lib/1/hosted/office.js), which the
// browser tests cannot reach. It defines only what the task pane uses, under Office.js's own names and values:
// Office.onReady, Office.context.displayLanguage / officeTheme, and — when a mailbox is given — an Outlook on the
// web with a message being written (Office.MessageCompose: subject and body with getAsync, inserting at the cursor,
// taken to be the end, getAttachmentsAsync) or read (Office.MessageRead: the subject a string, item.attachments),
// the user's address, requirement sets, and — only in read mode, as @types/office-js says ("Applicable Outlook mode:
// Read") — new message windows. What the pane did is recorded in `window.rundmailFakeOffice` for the test to read.

/** An attachment of the message being written; `content` is the file's text (or Base64 with `base64: true`). */
export interface FakeOfficeAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly content: string;
  readonly base64?: boolean;
  readonly isInline?: boolean;
}

export interface FakeMailbox {
  /** Office.context.mailbox.userProfile.emailAddress; null leaves it out. */
  readonly userAddress: string | null;
  /** The highest Mailbox requirement set this Outlook supports, e.g. "1.13". */
  readonly mailboxVersion: string;
  /** Writing the message (default) or reading it (e.g. the template sent to oneself, opened in Sent Items). */
  readonly mode?: "compose" | "read";
  /** The message being written (compose mode); null when no message is open. */
  readonly item: {
    readonly subject: string;
    readonly html: string;
    readonly attachments: readonly FakeOfficeAttachment[];
  } | null;
}

/** What Outlook tells the add-in about itself; the names are @types/office-js's. */
export interface FakeOfficeContext {
  readonly displayLanguage: Office.Context["displayLanguage"];
  /** Absent before Mailbox 1.14. */
  readonly officeTheme?: Partial<Pick<Office.OfficeTheme, "bodyBackgroundColor" | "bodyForegroundColor" | "controlBackgroundColor" | "controlForegroundColor">>;
  /** Without a mailbox the page is not in Outlook (Office.js loaded in a plain browser). */
  readonly mailbox?: FakeMailbox;
}

/** What the pane did to the fake Outlook, as `window.rundmailFakeOffice` holds it. */
export interface FakeOfficeRecord {
  readonly subject: string;
  readonly html: string;
  readonly inserted: { readonly target: "body" | "subject"; readonly text: string; readonly coercionType: string }[];
  readonly opened: Office.MessageForm[];
}

export const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
export const OFFICE_JS_ROUTE = `${OFFICE_JS_ORIGIN}/**`;

/** The source of a fake office.js that reports `context` in Outlook on the web. */
export function fakeOfficeJs(context: FakeOfficeContext): string {
  const { mailbox, ...plain } = context;
  const attachments = (mailbox?.item?.attachments ?? []).map((a, index) => ({
    id: `AAMkAD-attachment-${index + 1}`,
    name: a.name,
    contentType: a.contentType,
    size: a.base64 ? Math.floor((a.content.length * 3) / 4) : Buffer.byteLength(a.content, "utf8"),
    isInline: a.isInline === true,
    attachmentType: "file",
    base64: a.base64 ? a.content : Buffer.from(a.content, "utf8").toString("base64"),
  }));
  return `// Fake Office.js for Rundmail's browser tests.
(function () {
  "use strict";
  var HostType = { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" };
  var PlatformType = { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" };
  var CoercionType = { Html: "html", Text: "text" };
  var AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };
  var mailboxSpec = ${JSON.stringify(mailbox ?? null)};
  var attachments = ${JSON.stringify(attachments)};
  var info = { host: mailboxSpec ? HostType.Outlook : null, platform: mailboxSpec ? PlatformType.OfficeOnline : null };
  // Office.js becomes ready after the document has loaded, never synchronously.
  var ready = new Promise(function (resolve) {
    function settle() { setTimeout(function () { resolve(info); }, 0); }
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", settle, { once: true });
    else settle();
  });

  var record = {
    subject: mailboxSpec && mailboxSpec.item ? mailboxSpec.item.subject : "",
    html: mailboxSpec && mailboxSpec.item ? mailboxSpec.item.html : "",
    inserted: [],
    opened: []
  };
  window.rundmailFakeOffice = record;

  // Office calls back later, never inside the call; (options, callback) and (callback) are both accepted.
  function callbackOf(args) {
    for (var i = args.length - 1; i >= 0; i--) if (typeof args[i] === "function") return args[i];
    return function () {};
  }
  function succeed(args, value) {
    var callback = callbackOf(args);
    setTimeout(function () { callback({ status: AsyncResultStatus.Succeeded, value: value }); }, 5);
  }
  function fail(args, code, message) {
    var callback = callbackOf(args);
    setTimeout(function () {
      callback({ status: AsyncResultStatus.Failed, value: undefined, error: { code: code, name: "GenericResponseError", message: message } });
    }, 5);
  }
  function versionAtMost(version, highest) {
    var a = String(version).split(".").map(Number), b = String(highest).split(".").map(Number);
    for (var i = 0; i < Math.max(a.length, b.length); i++) {
      if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) < (b[i] || 0);
    }
    return true;
  }
  // The body's cursor is taken to be at its end, inside <body>.
  function insertIntoHtml(html, text) {
    var end = html.search(/<\\/body>/i);
    return end < 0 ? html + text : html.slice(0, end) + text + html.slice(end);
  }

  function attachmentContent(id) {
    var args = arguments;
    for (var i = 0; i < attachments.length; i++) {
      if (attachments[i].id === id) return succeed(args, { format: "base64", content: attachments[i].base64 });
    }
    fail(args, 9030, "The attachment was not found.");
  }
  var reading = mailboxSpec && mailboxSpec.mode === "read";

  var item = mailboxSpec && mailboxSpec.item && !reading ? {
    itemType: "message",
    subject: {
      getAsync: function () { succeed(arguments, record.subject); },
      setAsync: function (value) { record.subject = value; succeed(arguments, undefined); },
      setSelectedDataAsync: function (data, options) {
        record.inserted.push({ target: "subject", text: data, coercionType: (options && options.coercionType) || "text" });
        record.subject += data;
        succeed(arguments, undefined);
      }
    },
    body: {
      getAsync: function (coercionType) {
        if (coercionType === CoercionType.Html) succeed(arguments, record.html);
        else succeed(arguments, record.html.replace(/<[^>]*>/g, ""));
      },
      getTypeAsync: function () { succeed(arguments, CoercionType.Html); },
      setSelectedDataAsync: function (data, options) {
        record.inserted.push({ target: "body", text: data, coercionType: (options && options.coercionType) || "text" });
        record.html = insertIntoHtml(record.html, data);
        succeed(arguments, undefined);
      }
    },
    getAttachmentsAsync: function () {
      succeed(arguments, attachments.map(function (a) {
        return { id: a.id, name: a.name, contentType: a.contentType, size: a.size, isInline: a.isInline, attachmentType: a.attachmentType };
      }));
    },
    getAttachmentContentAsync: attachmentContent
  } : mailboxSpec && mailboxSpec.item ? {
    // Office.MessageRead: nothing to change, the subject is a string, the attachments a list.
    itemType: "message",
    subject: mailboxSpec.item.subject,
    body: {
      getAsync: function (coercionType) {
        if (coercionType === CoercionType.Html) succeed(arguments, record.html);
        else succeed(arguments, record.html.replace(/<[^>]*>/g, ""));
      }
    },
    attachments: attachments.map(function (a) {
      return { id: a.id, name: a.name, contentType: a.contentType, size: a.size, isInline: a.isInline, attachmentType: a.attachmentType };
    }),
    getAttachmentContentAsync: attachmentContent
  } : null;

  var context = ${JSON.stringify(plain)};
  if (mailboxSpec) {
    context.mailbox = {
      item: item,
      userProfile: mailboxSpec.userAddress === null ? {} : { emailAddress: mailboxSpec.userAddress, displayName: "Test User" },
      diagnostics: { hostName: "OutlookWebApp", hostVersion: "16.0" }
    };
    // displayNewMessageForm (1.6) and displayNewMessageFormAsync (1.9): "Applicable Outlook mode: Read".
    if (reading && versionAtMost("1.6", mailboxSpec.mailboxVersion)) {
      context.mailbox.displayNewMessageForm = function (form) { record.opened.push(form); };
    }
    if (reading && versionAtMost("1.9", mailboxSpec.mailboxVersion)) {
      context.mailbox.displayNewMessageFormAsync = function (form) { record.opened.push(form); succeed(arguments, undefined); };
    }
    context.requirements = {
      isSetSupported: function (name, version) {
        return name === "Mailbox" && versionAtMost(version || "1.1", mailboxSpec.mailboxVersion);
      }
    };
  }

  var Office = {
    HostType: HostType,
    PlatformType: PlatformType,
    CoercionType: CoercionType,
    AsyncResultStatus: AsyncResultStatus,
    MailboxEnums: {
      AttachmentContentFormat: { Base64: "base64", Url: "url", Eml: "eml", ICalendar: "iCalendar" },
      AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
      ItemType: { Message: "message", Appointment: "appointment" }
    },
    context: context,
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
