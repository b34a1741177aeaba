// The task pane's page and frame in the sandbox, named once for the page and for the tests that find the frame.

/** The task pane's page in the build: the real task pane, loading the simulated Office.js. */
export const TASKPANE_SANDBOX_PAGE = "taskpane-sandbox.html";
/** The pane's frame, found by tests whatever language its title is in. */
export const PANE_FRAME_ID = "rundmail-taskpane";
