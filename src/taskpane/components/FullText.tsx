// A line of text that may be cut short (an ellipsis, or a clamp to two lines) to fit the narrow pane. When it is cut,
// the rest is often the instruction ("… Correct the cell or remove the row."), so the full text is offered in a
// tooltip, and the line takes the keyboard focus so that the tooltip can be opened without a mouse. The whole text is
// in the page either way: a screen reader reads it all, so the tooltip is not announced a second time.
import { Text, Tooltip } from "@fluentui/react-components";
import { useLayoutEffect, useState } from "react";

/** Marks a cut line that can be read in full; the narrow-pane geometry test (test/support/geometry.ts) looks for it. */
export const FULL_TEXT_ATTRIBUTE = "data-full-text";

export function FullText({ text, className }: { readonly text: string; readonly className?: string }) {
  // A state, not a ref: wrapping the line in a Tooltip mounts it anew, and the new element must be watched.
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [cut, setCut] = useState(false);
  useLayoutEffect(() => {
    if (element === null) return;
    const measure = (): void => setCut(element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, text]);
  const line = (
    <Text ref={setElement} size={200} className={className} tabIndex={cut ? 0 : undefined} {...{ [FULL_TEXT_ATTRIBUTE]: cut ? "tooltip" : undefined }}>
      {text}
    </Text>
  );
  return cut ? (
    <Tooltip content={text} relationship="inaccessible" withArrow>
      {line}
    </Tooltip>
  ) : (
    line
  );
}
