import {
  Body1,
  Caption1,
  Field,
  FluentProvider,
  makeStyles,
  Select,
  Spinner,
  Subtitle2,
  tokens,
  useRestoreFocusTarget,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { themeFromBackground } from "../office/hostEnvironment";
import { ComposeWindow } from "./ComposeWindow";
import { GraphMailboxPanel } from "./GraphMailboxPanel";
import { OpenedWindows } from "./OpenedWindows";
import { ReadWindow } from "./ReadWindow";
import { saveClientId, SANDBOX_CLIENT_ID, savedClientId } from "./sandboxClientId";
import { languageFromTag } from "../i18n";
import { ExampleBar, type ExampleBarState as ExampleState } from "./ExampleBar";
import { LanguageSwitchDialog } from "./LanguageSwitchDialog";
import { PANE_FRAME_ID, TASKPANE_SANDBOX_PAGE } from "./paneFrame";
import { usePaneTouched } from "./paneTouched";
import { CHROME_STRINGS, type ChromeStrings } from "./sandboxStrings";
import type { SeedResult } from "./seed";
import type { MailboxState, SimulatedMailbox, SimulatedOutlook } from "./simulatedMailbox";


// Outlook's task pane is about 320 px wide on the desktop (DESIGN.md): the sandbox shows it at that width.
const PANE_WIDTH = 320;

const useStyles = makeStyles({
  page: {
    minHeight: "100vh",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
  },
  title: { display: "flex", flexDirection: "column", marginRight: "auto", rowGap: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
  workspace: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "stretch",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalL,
  },
  compose: { flexGrow: 1, flexBasis: "480px", minWidth: 0, display: "flex" },
  pane: {
    width: `${PANE_WIDTH}px`,
    flexShrink: 0,
    display: "flex",
    flexDirection: "column",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  paneTitle: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  frame: { border: "none", width: "100%", height: "680px", display: "block" },
  waiting: { height: "680px", display: "flex", alignItems: "center", justifyContent: "center" },
});

/** Settings of the simulated Outlook the user can change; each reloads the task pane, as reopening it in Outlook would. */
const LANGUAGES = [
  { value: "de-DE", label: "Deutsch" },
  { value: "en-US", label: "English" },
] as const;
const themes = (c: ChromeStrings) =>
  [
    { value: "#FFFFFF", label: c.light },
    { value: "#292929", label: c.dark },
  ] as const;
const versions = (c: ChromeStrings) =>
  [
    { value: "1.14", label: c.version114 },
    { value: "1.8", label: c.version18 },
    { value: "1.5", label: c.version15 },
  ] as const;

/**
 * Where the task pane is opened: on a message being written (compose mode) or on the template sent to oneself and
 * opened in Sent Items (read mode) — the only mode with compose windows (displayNewMessageForm[Async]: "Applicable
 * Outlook mode: Read" in @types/office-js).
 */
const modes = (c: ChromeStrings) =>
  [
    { value: "compose", label: c.modeCompose },
    { value: "read", label: c.modeRead },
  ] as const satisfies readonly { value: SimulatedOutlook["mode"]; label: string }[];
const isMode = (value: string): value is SimulatedOutlook["mode"] => value === "compose" || value === "read";

/** The Graph app registration: the sandbox's made-up one, none (to see the setup), or one the user typed in the pane. */
const OWN_REGISTRATION = "own";
const registrations = (c: ChromeStrings, own: boolean) => [
  { value: "sandbox", label: c.registered },
  { value: "none", label: c.notRegistered },
  ...(own ? [{ value: OWN_REGISTRATION, label: c.ownRegistration }] : []),
];

export function useMailboxState(mailbox: SimulatedMailbox): MailboxState {
  return useSyncExternalStore(mailbox.subscribe, () => mailbox.state);
}

/**
 * The client id in the add-in's roaming settings. The task pane saves it without the mailbox telling its listeners
 * (settings are not part of the simulated item), so it is also looked at once a second.
 */
function useSavedClientId(mailbox: SimulatedMailbox): string | null {
  return useSyncExternalStore(
    (listener) => {
      const unsubscribe = mailbox.subscribe(listener);
      const timer = setInterval(listener, 1000);
      return () => {
        unsubscribe();
        clearInterval(timer);
      };
    },
    () => savedClientId(mailbox),
  );
}

export interface SandboxAppProps {
  readonly mailbox: SimulatedMailbox;
  /** Puts the example into the message (seed.ts). */
  readonly loadExample: () => Promise<SeedResult>;
  /** sandbox.html?example: the example is loaded before the task pane first looks at the message. */
  readonly startWithExample: boolean;
}

export function SandboxApp({ mailbox, loadExample, startWithExample }: SandboxAppProps) {
  const styles = useStyles();
  const state = useMailboxState(mailbox);
  const { outlook } = state;
  const lang = languageFromTag(outlook.displayLanguage);
  const c = CHROME_STRINGS[lang];
  // Changing Outlook's settings reloads the task pane (a new key makes a new frame).
  const [paneLoad, setPaneLoad] = useState(0);
  const [example, setExample] = useState<ExampleState>(startWithExample ? { kind: "loading" } : { kind: "none" });
  // A language chosen while the pane holds the user's work waits here for the user's yes (LanguageSwitchDialog).
  const [pendingLanguage, setPendingLanguage] = useState<string | null>(null);
  const paneTouched = usePaneTouched();
  // The language dialog gives the focus back to the language selector when it closes.
  const restoreFocus = useRestoreFocusTarget();
  const dark = themeFromBackground(outlook.bodyBackgroundColor) === "dark";
  const clientId = useSavedClientId(mailbox);
  const registration = clientId === null ? "none" : clientId === SANDBOX_CLIENT_ID ? "sandbox" : OWN_REGISTRATION;

  const configure = (change: Partial<SimulatedOutlook>) => {
    mailbox.configure({ ...change, ...foregroundFor(change.bodyBackgroundColor) });
    setPaneLoad((n) => n + 1);
  };

  // Outlook reads its display language when it starts, and an add-in gets it once (Office.context.displayLanguage,
  // no change event): a new language is a new Outlook session, so the pane restarts — after a question if the user
  // has worked in it, since the restart loses the list and choices.
  const chooseLanguage = (value: string) => {
    if (value === outlook.displayLanguage) return;
    if (paneTouched.current) setPendingLanguage(value);
    else configure({ displayLanguage: value });
  };

  const runExample = useCallback(async () => {
    setExample({ kind: "loading" });
    try {
      const result = await loadExample();
      setExample({ kind: "loaded", attached: result.attached, failed: result.failed });
    } catch {
      setExample({ kind: "failed" });
    }
  }, [loadExample]);

  // Started from the link with the example: loaded once, before the pane's frame is shown.
  const started = useRef(false);
  useEffect(() => {
    if (!startWithExample || started.current) return;
    started.current = true;
    void runExample();
  }, [startWithExample, runExample]);

  // The page speaks the simulated Outlook's language, dialogs (portals outside <main>) and the tab's title too.
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = c.pageTitle;
  }, [lang, c]);

  const paneWaits = startWithExample && example.kind === "loading" && paneLoad === 0;

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <main className={styles.page}>
        <header className={styles.header}>
          <div className={styles.title}>
            <Subtitle2 as="h1" className={styles.heading}>
              {c.title}
            </Subtitle2>
            <Caption1>{c.caption}</Caption1>
          </div>
          <Field label={c.openedOn} size="small">
            <Select
              size="small"
              value={outlook.mode}
              onChange={(_, data) => {
                if (isMode(data.value)) configure({ mode: data.value });
              }}
            >
              {modes(c).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={c.language} size="small">
            <Select size="small" value={outlook.displayLanguage} onChange={(_, data) => chooseLanguage(data.value)} {...restoreFocus}>
              {LANGUAGES.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={c.theme} size="small">
            <Select size="small" value={outlook.bodyBackgroundColor} onChange={(_, data) => configure({ bodyBackgroundColor: data.value })}>
              {themes(c).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={c.version} size="small">
            <Select size="small" value={outlook.mailboxVersion} onChange={(_, data) => configure({ mailboxVersion: data.value })}>
              {versions(c).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={c.registration} size="small">
            <Select
              size="small"
              value={registration}
              onChange={(_, data) => {
                // The id the user saved in the pane is only shown here; choosing it again changes nothing.
                if (data.value === OWN_REGISTRATION) return;
                // Outlook hands an add-in its settings when it starts: the pane is reloaded to see the change.
                saveClientId(mailbox, data.value === "sandbox" ? SANDBOX_CLIENT_ID : null);
                setPaneLoad((n) => n + 1);
              }}
            >
              {registrations(c, registration === OWN_REGISTRATION).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
        </header>

        <ExampleBar c={c} example={example} onLoad={() => void runExample()} />

        <div className={styles.workspace}>
          <div className={styles.compose}>
            {outlook.mode === "read" ? (
              <ReadWindow item={state.item} user={{ name: outlook.userDisplayName, address: outlook.userEmailAddress }} c={c} />
            ) : (
              <ComposeWindow mailbox={mailbox} item={state.item} c={c} />
            )}
          </div>
          <section className={styles.pane} aria-label={c.paneRegion}>
            <Body1 className={styles.paneTitle}>Rundmail</Body1>
            {paneWaits ? (
              <div className={styles.waiting}>
                <Spinner label={c.loadingExample} />
              </div>
            ) : (
              <iframe
                key={paneLoad}
                id={PANE_FRAME_ID}
                className={styles.frame}
                title={c.paneFrame}
                src={TASKPANE_SANDBOX_PAGE}
                onLoad={(event) => paneTouched.watch(event.currentTarget)}
              />
            )}
          </section>
        </div>

        <GraphMailboxPanel lang={lang} user={{ name: outlook.userDisplayName, address: outlook.userEmailAddress }} />

        <OpenedWindows windows={state.openedWindows} onClear={() => mailbox.closeWindows()} c={c} />

        <LanguageSwitchDialog
          open={pendingLanguage !== null}
          c={c}
          onCancel={() => setPendingLanguage(null)}
          onConfirm={() => {
            if (pendingLanguage !== null) configure({ displayLanguage: pendingLanguage });
            setPendingLanguage(null);
          }}
        />
      </main>
    </FluentProvider>
  );
}

function foregroundFor(background: string | undefined): Partial<SimulatedOutlook> {
  if (background === undefined) return {};
  return { bodyForegroundColor: themeFromBackground(background) === "dark" ? "#FFFFFF" : "#000000" };
}
