/** A file the user picked, read with FileReader rather than `Blob.text()`/`arrayBuffer()`: older Office webviews lack those. */
function read<T>(file: File, start: (reader: FileReader) => void, result: (reader: FileReader) => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(result(reader));
    reader.onerror = () => reject(reader.error ?? new Error("unreadable"));
    start(reader);
  });
}

export const fileText = (file: File): Promise<string> =>
  read(
    file,
    (r) => r.readAsText(file),
    (r) => String(r.result ?? ""),
  );

export const fileBytes = (file: File): Promise<Uint8Array> =>
  read(
    file,
    (r) => r.readAsArrayBuffer(file),
    (r) => new Uint8Array(r.result as ArrayBuffer),
  );
