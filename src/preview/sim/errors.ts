/** Errors shaped like OfficeExtension.Error: `code`, `message`, `debugInfo` (code, message, errorLocation). */
export type SimErrorCode =
  | "PropertyNotLoaded"
  | "InvalidObjectPath"
  | "ItemNotFound"
  | "GeneralException"
  | "AccessDenied"
  | "InvalidArgument"
  | "NotImplemented"
  | "Timeout"
  | string;

export class SimError extends Error {
  readonly code: SimErrorCode;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: SimErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(prop: string): SimError {
  return new SimError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the ` +
      `containing object and call "context.sync()" on the associated request context.`,
  );
}

export function invalidObjectPath(): SimError {
  return new SimError(
    "InvalidObjectPath",
    "The object path isn't working for what you're trying to do. If you're using the object across multiple " +
      '"context.sync" calls and outside the sequential execution of a ".run" batch, please use the ' +
      '"context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  );
}
