/**
 * The browser's own XML parser and serializer behind @xmldom/xmldom's names. The pane's build maps
 * `@xmldom/xmldom` here, so reading Word's OOXML costs the pane no parser of its own; Node (tests, scripts) and
 * the preview's simulator keep xmldom. Parse errors reach `onError` as xmldom reports them: a browser does not
 * throw, it returns a document holding a `parsererror` element.
 */
type ErrorHandler = (level: "warning" | "error" | "fatalError", message: string) => void;

class NativeDOMParser {
  private readonly onError?: ErrorHandler;

  constructor(options?: { onError?: ErrorHandler }) {
    this.onError = options?.onError;
  }

  parseFromString(text: string, type: DOMParserSupportedType): Document {
    const doc = new globalThis.DOMParser().parseFromString(text, type);
    const error = doc.getElementsByTagName("parsererror")[0];
    if (error) this.onError?.("fatalError", error.textContent?.trim() || "not well-formed XML");
    return doc;
  }
}

export const DOMParser = NativeDOMParser;
export const XMLSerializer = globalThis.XMLSerializer;
