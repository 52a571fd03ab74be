// Matchers that say what they expect (toBeInTheDocument, toHaveTextContent, toBeDisabled…).
import "@testing-library/jest-dom";
import { TextDecoder, TextEncoder } from "util";

// jsdom lacks these; JSZip and the simulator need them in the pane tests.
Object.assign(globalThis, { TextEncoder, TextDecoder });
