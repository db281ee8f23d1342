// Documents are named by URI; the assembler and the object model name files by path.
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file path of a `file:` URI; other schemes (untitled:) keep the URI as the name. */
export function documentPath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

/** A model file name as a URI: paths become `file:` URIs, URIs stay as they are. */
export function toUri(file: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(file) ? file : pathToFileURL(file).href;
}
