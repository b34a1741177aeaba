// The simulated Microsoft 365 mailbox behind the sandbox's Graph: its Drafts and Sent Items as the Graph emulator
// (mounted under /graph on the page's own server) holds them, and controls to make that Graph slow or unreliable.
// It reads only the emulator's test controls (/graph/emulator/…), never the task pane: what is shown here is what
// Graph received, which is the point of looking. It asks every second only for what changed since it last looked
// (GET /emulator/changes) and keeps its own copy (mailboxCopy.ts): the whole state is megabytes in a long run.
import {
  Body1Strong,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  mergeClasses,
  Subtitle2,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import type { Lang } from "../i18n";
import type { EmulatorChanges, EmulatorSummary, MessageSummary } from "../emulator/graphEmulator";
import { GRAPH_PANEL_STRINGS, type GraphPanelStrings } from "./sandboxStrings";
import { ControlRefused, emulator } from "./emulatorControl";
import { DraftReader, type MailboxUser } from "./DraftReader";
import { simulatedWindowFrame } from "./simulatedWindow";
import { applyChanges, EMPTY_COPY, folderView, type FolderView, type MailboxCopy } from "./mailboxCopy";

const REFRESH_MS = 1000;
// A folder of a thousand drafts is shown by its first ones; the count in the heading is the whole.
const SHOWN_PER_FOLDER = 50;

const useStyles = makeStyles({
  section: {
    ...simulatedWindowFrame,
  },
  heading: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  title: { margin: 0, marginRight: "auto" },
  muted: { color: tokens.colorNeutralForeground3 },
  paragraph: { margin: 0 },
  folders: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(320px, 1fr))",
    gap: tokens.spacingHorizontalL,
  },
  folder: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  folderTitle: { margin: 0 },
  list: {
    margin: 0,
    padding: 0,
    maxHeight: "320px",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  message: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  open: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    textAlign: "start",
    width: "100%",
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    font: "inherit",
    color: "inherit",
    backgroundColor: "transparent",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: `-${tokens.strokeWidthThick}` },
  },
  line: { overflowWrap: "anywhere" },
  label: { color: tokens.colorNeutralForeground3 },
  faults: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  number: { width: "12em" },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

/** What the fault form holds: text as typed, checked on Apply. */
interface FaultForm {
  readonly latencyMs: string;
  readonly throttlePercent: string;
  readonly loseNext: string;
  readonly holdNext: string;
  readonly holdSeconds: string;
  readonly limitSeconds: string;
}

const NO_FAULTS: FaultForm = { latencyMs: "0", throttlePercent: "0", loseNext: "0", holdNext: "0", holdSeconds: "30", limitSeconds: "0" };

/** The faults as the emulator reports them (GET /emulator/faults), the part shown here. */
interface FaultsNow {
  readonly latencyMs: number;
  readonly randomThrottleRate: number;
  readonly loseNextCreates: number;
  readonly timeoutNext: number;
}

const nonNegative = (text: string): number | null => {
  const value = Number(text.trim().replace(",", "."));
  return text.trim() !== "" && Number.isFinite(value) && value >= 0 ? value : null;
};

const changesPath = (copy: MailboxCopy): string => (copy.cursor === null ? "changes" : `changes?since=${encodeURIComponent(copy.cursor)}`);

export function GraphMailboxPanel({ lang, user }: { readonly lang: Lang; readonly user: MailboxUser }) {
  const styles = useStyles();
  const s = GRAPH_PANEL_STRINGS[lang];
  const titleId = useId();
  const [copy, setCopy] = useState<MailboxCopy | null>(null);
  const [usage, setUsage] = useState<EmulatorSummary["usage"] | null>(null);
  const [faultsNow, setFaultsNow] = useState<FaultsNow | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The message opened from a folder (its immutable id: it stays the same when a draft is sent).
  const [opened, setOpened] = useState<string | null>(null);
  const busy = useRef(false);
  // The copy each look starts from; one look at a time (busy), so each applies to the one before it.
  const held = useRef<MailboxCopy>(EMPTY_COPY);

  const refresh = useCallback(async (): Promise<void> => {
    // One look at a time: a slow emulator (it may be told to lag) must not pile up requests from this page.
    if (busy.current) return;
    busy.current = true;
    try {
      const [changes, faults] = await Promise.all([emulator<EmulatorChanges>(changesPath(held.current)), emulator<FaultsNow>("faults")]);
      if (changes !== null) {
        held.current = applyChanges(held.current, changes);
        setCopy(held.current);
        setUsage(changes.usage);
      }
      setFaultsNow(faults);
      setProblem(null);
    } catch (error) {
      // A cursor the emulator does not take: the next look asks for everything again.
      if (error instanceof ControlRefused && error.status === 400) held.current = EMPTY_COPY;
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      busy.current = false;
    }
  }, []);

  // Refreshed while the page is in view; a hidden tab asks nothing, and looks again when it is shown.
  useEffect(() => {
    const tick = (): void => {
      if (document.visibilityState === "visible") void refresh();
    };
    tick();
    const timer = setInterval(tick, REFRESH_MS);
    document.addEventListener("visibilitychange", tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", tick);
    };
  }, [refresh]);

  const reset = async (): Promise<void> => {
    try {
      await emulator("reset", { method: "POST" });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
    await refresh();
  };

  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <div className={styles.heading}>
        <Subtitle2 as="h2" id={titleId} className={styles.title}>
          {s.title}
        </Subtitle2>
        <Button size="small" onClick={() => void refresh()}>
          {s.refresh}
        </Button>
        <Button size="small" onClick={() => void reset()}>
          {s.reset}
        </Button>
      </div>
      <Caption1 className={styles.muted}>{s.intro}</Caption1>
      {problem !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.unreachable(problem)}</MessageBarBody>
        </MessageBar>
      )}
      {copy !== null && usage !== null && (
        <>
          <Caption1 className={styles.muted}>
            {s.usage(usage.requests.used, usage.requests.limit, usage.uploadBytes.used, usage.uploadBytes.limit, usage.recipients.used, usage.recipients.limit)}
          </Caption1>
          <Folders copy={copy} s={s} onOpen={setOpened} />
        </>
      )}
      <FaultControls s={s} now={faultsNow} onChanged={refresh} onProblem={setProblem} />
      <DraftReader immutableId={opened} lang={lang} user={user} onClose={() => setOpened(null)} />
    </section>
  );
}

// Memoised on the copy, which stays the same object while nothing changes: a quiet second renders only the usage line.
type OpenMessage = (immutableId: string) => void;

const Folders = memo(function Folders({ copy, s, onOpen }: { readonly copy: MailboxCopy; readonly s: GraphPanelStrings; readonly onOpen: OpenMessage }) {
  const styles = useStyles();
  const drafts = useMemo(() => folderView(copy, "drafts", SHOWN_PER_FOLDER), [copy]);
  const sent = useMemo(() => folderView(copy, "sentitems", SHOWN_PER_FOLDER), [copy]);
  return (
    <div className={styles.folders}>
      <Folder title={s.drafts(drafts.count)} view={drafts} s={s} onOpen={onOpen} />
      <Folder title={s.sentItems(sent.count)} view={sent} s={s} onOpen={onOpen} />
    </div>
  );
});

function Folder({ title, view, s, onOpen }: { readonly title: string; readonly view: FolderView; readonly s: GraphPanelStrings; readonly onOpen: OpenMessage }) {
  const styles = useStyles();
  const titleId = useId();
  return (
    <div className={styles.folder}>
      <Body1Strong as="h3" id={titleId} className={styles.folderTitle}>
        {title}
      </Body1Strong>
      {view.count === 0 ? (
        <Caption1 className={styles.muted}>{s.emptyFolder}</Caption1>
      ) : (
        // Scrolls on its own: focusable, so that a keyboard can scroll it too.
        <ul className={styles.list} aria-labelledby={titleId} tabIndex={0}>
          {view.first.map((m) => (
            <MessageItem key={m.immutableId} message={m} s={s} onOpen={onOpen} />
          ))}
          {view.count > view.first.length && (
            <li className={styles.message}>
              <Caption1 className={styles.muted}>{s.more(view.count - view.first.length)}</Caption1>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

// A message that did not change keeps its summary object in the copy, so it is not rendered again.
// The whole item is one button, as a message in Outlook's list is: click or Enter opens it.
const MessageItem = memo(function MessageItem({ message, s, onOpen }: { readonly message: MessageSummary; readonly s: GraphPanelStrings; readonly onOpen: OpenMessage }) {
  const styles = useStyles();
  // Closing the message (Escape) gives the focus back to it in the list: the reader opens without a DialogTrigger.
  const restoreFocus = useRestoreFocusTarget();
  const line = (label: string, value: string) => (
    <Caption1 className={styles.line}>
      <span className={styles.label}>{label}: </span>
      {value}
    </Caption1>
  );
  return (
    <li className={styles.message} aria-label={s.messageLabel(message.to.join(", "))}>
      <button type="button" className={styles.open} onClick={() => onOpen(message.immutableId)} {...restoreFocus}>
        {line(s.to, message.to.join("; "))}
        {message.cc.length > 0 && line(s.cc, message.cc.join("; "))}
        {message.bcc.length > 0 && line(s.bcc, message.bcc.join("; "))}
        {line(s.subject, message.subject === "" ? s.noSubject : message.subject)}
        {message.attachments.length > 0 && line(s.attachments, message.attachments.map((a) => s.attachment(a.name, a.size)).join(", "))}
        {message.heldUntil !== null && line(s.leaves, s.leavesAt(Date.parse(message.heldUntil)))}
      </button>
    </li>
  );
});

function FaultControls({
  s,
  now,
  onChanged,
  onProblem,
}: {
  readonly s: GraphPanelStrings;
  readonly now: FaultsNow | null;
  readonly onChanged: () => Promise<void>;
  readonly onProblem: (problem: string) => void;
}) {
  const styles = useStyles();
  const titleId = useId();
  const [form, setForm] = useState<FaultForm>(NO_FAULTS);
  const [invalid, setInvalid] = useState<ReadonlySet<keyof FaultForm>>(new Set());

  const post = async (faults: Record<string, number | boolean | null>): Promise<void> => {
    try {
      await emulator("faults", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(faults) });
    } catch (error) {
      onProblem(error instanceof Error ? error.message : String(error));
    }
    await onChanged();
  };

  const apply = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const values = Object.fromEntries(Object.entries(form).map(([key, text]) => [key, nonNegative(text)])) as Record<keyof FaultForm, number | null>;
    const wrong = new Set((Object.keys(values) as (keyof FaultForm)[]).filter((key) => values[key] === null));
    if ((values.throttlePercent ?? 0) > 100) wrong.add("throttlePercent");
    setInvalid(wrong);
    if (wrong.size > 0) return;
    await post({
      latencyMs: values.latencyMs ?? 0,
      randomThrottleRate: (values.throttlePercent ?? 0) / 100,
      loseNextCreates: Math.floor(values.loseNext ?? 0),
      timeoutNext: Math.floor(values.holdNext ?? 0),
      holdMs: (values.holdSeconds ?? 0) * 1000,
      // Every request refused with 429 for this long, from now, with Retry-After left out: what a task pane in
      // Outlook sees when the mailbox's limit is reached (Graph does not expose Retry-After to other origins).
      throttleWindowMs: (values.limitSeconds ?? 0) * 1000,
      hideRetryAfter: (values.limitSeconds ?? 0) > 0,
    });
  };

  const clear = async (): Promise<void> => {
    setForm(NO_FAULTS);
    setInvalid(new Set());
    await post({ latencyMs: 0, randomThrottleRate: 0, loseNextCreates: 0, timeoutNext: 0, throttleNext: 0, unavailableNext: 0, randomUnavailableRate: 0, throttleWindowMs: 0 });
  };

  const field = (key: keyof FaultForm, label: string) => (
    <Field
      label={label}
      size="small"
      className={styles.number}
      {...(invalid.has(key) ? { validationState: "error" as const, validationMessage: s.notANumber } : {})}
    >
      <Input
        size="small"
        inputMode="decimal"
        value={form[key]}
        onChange={(_event, data) => setForm((f) => ({ ...f, [key]: data.value }))}
      />
    </Field>
  );

  return (
    <form className={styles.form} onSubmit={(event) => void apply(event)} aria-labelledby={titleId} noValidate>
      <Body1Strong as="h3" id={titleId} className={styles.folderTitle}>
        {s.faultsTitle}
      </Body1Strong>
      <Caption1 as="p" block className={mergeClasses(styles.muted, styles.paragraph)}>
        {s.faultsIntro}
      </Caption1>
      <div className={styles.faults}>
        {field("latencyMs", s.latency)}
        {field("throttlePercent", s.throttleShare)}
        {field("loseNext", s.loseNext)}
        {field("holdNext", s.holdNext)}
        {field("holdSeconds", s.holdSeconds)}
        {field("limitSeconds", s.limitSeconds)}
        <div className={styles.buttons}>
          <Button size="small" appearance="primary" type="submit">
            {s.applyFaults}
          </Button>
          <Button size="small" onClick={() => void clear()}>
            {s.clearFaults}
          </Button>
        </div>
      </div>
      {now !== null && (
        <Caption1 as="p" block className={mergeClasses(styles.muted, styles.paragraph)} aria-live="polite">
          {s.faultsNow(now.latencyMs, Math.round(now.randomThrottleRate * 100), now.loseNextCreates, now.timeoutNext)}
        </Caption1>
      )}
    </form>
  );
}
