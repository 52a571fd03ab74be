// Matchers that say what they expect (toBeInTheDocument, toHaveTextContent, toBeDisabled…).
import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "util";

// findBy… and waitFor give up after 1 s by default, which a busy machine overruns opening a lazy view; no test waits
// for something not to appear, so a longer wait slows only a test that fails.
configure({ asyncUtilTimeout: 15_000 });

// jsdom lacks these; JSZip and the simulator need them in the pane tests.
Object.assign(globalThis, { TextEncoder, TextDecoder });
