import {
  Body1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title2,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { HostEnvironment } from "../office/hostEnvironment";
import { CLI_EXAMPLE, STRINGS } from "./strings";

const useStyles = makeStyles({
  provider: {
    minHeight: "100vh",
  },
  root: {
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  // The browser's default margins of h1 and p would add to the row gap.
  text: {
    margin: 0,
  },
  command: {
    display: "block",
    marginTop: tokens.spacingVerticalXS,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
});

export function App({ environment }: { readonly environment: HostEnvironment }) {
  const styles = useStyles();
  const text = STRINGS[environment.lang];
  return (
    <FluentProvider theme={environment.theme === "dark" ? webDarkTheme : webLightTheme} className={styles.provider}>
      <main className={styles.root}>
        <Title2 as="h1" className={styles.text}>{text.title}</Title2>
        <Body1 as="p" className={styles.text}>{text.summary}</Body1>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.comingTitle}</MessageBarTitle>
            {text.comingBody} {text.cliHint}
            <code className={styles.command}>{CLI_EXAMPLE}</code>
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
