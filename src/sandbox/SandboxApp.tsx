import {
  Body1,
  Caption1,
  Field,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useState, useSyncExternalStore } from "react";
import { themeFromBackground } from "../office/hostEnvironment";
import { ComposeWindow } from "./ComposeWindow";
import { GraphMailboxPanel } from "./GraphMailboxPanel";
import { OpenedWindows } from "./OpenedWindows";
import { ReadWindow } from "./ReadWindow";
import { saveClientId, SANDBOX_CLIENT_ID, savedClientId } from "./sandboxClientId";
import { languageFromTag } from "../i18n";
import type { MailboxState, SimulatedMailbox, SimulatedOutlook } from "./simulatedMailbox";

/** The task pane's page in the build: the real task pane, loading the simulated Office.js. */
export const TASKPANE_SANDBOX_PAGE = "taskpane-sandbox.html";

// Outlook's task pane is about 320–350 px wide.
const PANE_WIDTH = 350;

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
const THEMES = [
  { value: "#FFFFFF", label: "Light" },
  { value: "#292929", label: "Dark" },
] as const;
const VERSIONS = [
  { value: "1.14", label: "Mailbox 1.14 (current Outlook)" },
  { value: "1.8", label: "Mailbox 1.8 (displayNewMessageForm, not …Async)" },
  { value: "1.5", label: "Mailbox 1.5 (old Outlook: no attachment content)" },
] as const;

/**
 * Where the task pane is opened: on a message being written (compose mode) or on the template sent to oneself and
 * opened in Sent Items (read mode) — the only mode with compose windows (displayNewMessageForm[Async]: "Applicable
 * Outlook mode: Read" in @types/office-js).
 */
const MODES = [
  { value: "compose", label: "Writing a new message (compose mode)" },
  { value: "read", label: "Reading the template in Sent Items (read mode)" },
] as const satisfies readonly { value: SimulatedOutlook["mode"]; label: string }[];
const isMode = (value: string): value is (typeof MODES)[number]["value"] => MODES.some((m) => m.value === value);

/** The Graph app registration: the sandbox's made-up one, none (to see the setup), or one the user typed in the pane. */
const REGISTRATIONS = [
  { value: "sandbox", label: "Registered (sandbox client id)" },
  { value: "none", label: "Not registered (the setup a user sees first)" },
] as const;
const OWN_REGISTRATION = { value: "own", label: "Registered (client id saved in the task pane)" } as const;

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
  /** False until the sample data is in the message. */
  readonly seeded: boolean;
  readonly missingSamples: readonly string[];
}

export function SandboxApp({ mailbox, seeded, missingSamples }: SandboxAppProps) {
  const styles = useStyles();
  const state = useMailboxState(mailbox);
  const { outlook } = state;
  // Changing Outlook's settings reloads the task pane (a new key makes a new frame).
  const [paneLoad, setPaneLoad] = useState(0);
  const dark = themeFromBackground(outlook.bodyBackgroundColor) === "dark";
  const clientId = useSavedClientId(mailbox);
  const registration = clientId === null ? "none" : clientId === SANDBOX_CLIENT_ID ? "sandbox" : OWN_REGISTRATION.value;

  const configure = (change: Partial<SimulatedOutlook>) => {
    mailbox.configure({ ...change, ...foregroundFor(change.bodyBackgroundColor) });
    setPaneLoad((n) => n + 1);
  };

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <main className={styles.page}>
        <header className={styles.header}>
          <div className={styles.title}>
            <Subtitle2 as="h1" className={styles.heading}>
              Rundmail sandbox — a simulated Outlook
            </Subtitle2>
            <Caption1>Everything stays in this page: the simulated mailbox lives in memory and nothing is sent.</Caption1>
          </div>
          <Field label="Rundmail opened on" size="small">
            <Select
              size="small"
              value={outlook.mode}
              onChange={(_, data) => {
                if (isMode(data.value)) configure({ mode: data.value });
              }}
            >
              {MODES.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Outlook language" size="small">
            <Select size="small" value={outlook.displayLanguage} onChange={(_, data) => configure({ displayLanguage: data.value })}>
              {LANGUAGES.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Theme" size="small">
            <Select size="small" value={outlook.bodyBackgroundColor} onChange={(_, data) => configure({ bodyBackgroundColor: data.value })}>
              {THEMES.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Outlook version" size="small">
            <Select size="small" value={outlook.mailboxVersion} onChange={(_, data) => configure({ mailboxVersion: data.value })}>
              {VERSIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Graph app registration" size="small">
            <Select
              size="small"
              value={registration}
              onChange={(_, data) => {
                // The id the user saved in the pane is only shown here; choosing it again changes nothing.
                if (data.value === OWN_REGISTRATION.value) return;
                // Outlook hands an add-in its settings when it starts: the pane is reloaded to see the change.
                saveClientId(mailbox, data.value === "sandbox" ? SANDBOX_CLIENT_ID : null);
                setPaneLoad((n) => n + 1);
              }}
            >
              {[...REGISTRATIONS, ...(registration === OWN_REGISTRATION.value ? [OWN_REGISTRATION] : [])].map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
        </header>

        {missingSamples.length > 0 ? (
          <MessageBar intent="warning">
            <MessageBarBody>Some sample files could not be loaded: {missingSamples.join(", ")}. The sandbox works without them.</MessageBarBody>
          </MessageBar>
        ) : null}

        <div className={styles.workspace}>
          <div className={styles.compose}>
            {outlook.mode === "read" ? (
              <ReadWindow item={state.item} user={{ name: outlook.userDisplayName, address: outlook.userEmailAddress }} />
            ) : (
              <ComposeWindow mailbox={mailbox} item={state.item} />
            )}
          </div>
          <section className={styles.pane} aria-label="Add-in task pane">
            <Body1 className={styles.paneTitle}>Rundmail</Body1>
            {seeded ? (
              <iframe key={paneLoad} className={styles.frame} title="Rundmail task pane" src={TASKPANE_SANDBOX_PAGE} />
            ) : (
              <div className={styles.waiting}>
                <Spinner label="Loading the sample message…" />
              </div>
            )}
          </section>
        </div>

        <GraphMailboxPanel lang={languageFromTag(outlook.displayLanguage)} />

        <OpenedWindows windows={state.openedWindows} onClear={() => mailbox.closeWindows()} />
      </main>
    </FluentProvider>
  );
}

function foregroundFor(background: string | undefined): Partial<SimulatedOutlook> {
  if (background === undefined) return {};
  return { bodyForegroundColor: themeFromBackground(background) === "dark" ? "#FFFFFF" : "#000000" };
}
