// Control characters in data must never reach a terminal raw: an ESC in a YAML string could
// recolour or rewrite the user's screen. Tabs and newlines are handled per format.

// C0 controls except tab and newline, DEL, and C1 controls.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Replaces control characters with visible escapes (\x1b); tabs and newlines are left alone. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** One-line form of a field for a terminal cell: controls escaped, whitespace runs folded to one space. */
export function cellText(text: string): string {
  return escapeControl(text).replace(/\s+/g, ' ').trim();
}
