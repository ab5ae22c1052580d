// JSON text that is safe to print: control characters (C0, DEL, C1), bidi controls and line
// separators are escaped so that nothing in the output acts on (or reorders) a terminal. Shared by the JSON and grep-JSON views.

/** Characters JSON.stringify leaves raw that a terminal or a JavaScript parser may act on. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Serializes a value as JSON with terminal-unsafe characters escaped. */
export function safeJson(value: unknown, indent: number): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
