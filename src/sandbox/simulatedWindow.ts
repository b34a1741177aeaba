// The frame every simulated Outlook window and panel shares (compose window, reading pane, the Graph mailbox), so the
// sandbox looks like one application.
import { tokens, type GriffelStyle } from "@fluentui/react-components";

export const simulatedWindowFrame: GriffelStyle = {
  display: "flex",
  flexDirection: "column",
  rowGap: tokens.spacingVerticalS,
  padding: tokens.spacingHorizontalL,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  boxShadow: tokens.shadow4,
};
