import { TextDecoder, TextEncoder } from "util";

// jsdom lacks these; JSZip and the simulator need them in the pane tests.
Object.assign(globalThis, { TextEncoder, TextDecoder });
