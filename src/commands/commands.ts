/**
 * The ribbon's function file. The "Điền mẫu" button only opens the task pane (a ShowTaskpane action), so there are no
 * commands to register; Office still loads this page and waits for it to report ready.
 */
Office.onReady(() => undefined);
