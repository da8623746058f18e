// Text from a dataset or a command line must never reach a terminal, a spreadsheet or a script in
// a form that acts rather than reads: an ESC in a YAML string could recolour or rewrite the user's
// screen, a right-to-left override makes a title read backwards ("Trojan Source"), a newline in a
// message forges a line of its own. Every output path sends text through here.

// C0 controls except tab and newline, DEL, C1 controls; the bidirectional embedding, override and
// isolate controls (U+202A–U+202E, U+2066–U+2069) and marks (U+200E, U+200F, U+061C); the line and
// paragraph separators; and invisible format characters that can hide or disguise text (zero
// width space, word joiner and invisible operators, deprecated format controls, BOM, interlinear
// annotation, Mongolian vowel separator, tag characters). The zero width (non-)joiners stay: the
// scripts that need them, and emoji, would break without them.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching these characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u180e\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;

/** The characters escapeControl escapes, as a character class for a regular expression with the u flag. */
export const UNSAFE_CLASS = UNSAFE.source.slice(1, -1);

/** A visible escape for one character: \x1b below U+0100, \u202e up to U+FFFF, \u{e0041} above. */
export function visibleEscape(ch: string): string {
  const code = ch.codePointAt(0)!;
  const hex = code.toString(16);
  if (code < 0x100) return `\\x${hex.padStart(2, '0')}`;
  return code <= 0xffff ? `\\u${hex.padStart(4, '0')}` : `\\u{${hex}}`;
}

/** Replaces control, bidi and line-separator characters with visible escapes; tabs and newlines are left alone. */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, visibleEscape);
}

/**
 * One line of a message that may quote user input or data: everything escapeControl escapes, and
 * newlines and tabs as \n and \t, so that a quoted value can never start a line of its own; a
 * message quoting a huge value is cut as displayText cuts a field.
 */
export function escapeMessage(text: string): string {
  return escapeControl(displayText(text)).replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

/** One-line form of a field for a terminal cell: controls escaped, whitespace runs folded to one space. */
export function cellText(text: string): string {
  return escapeControl(text).replace(/\s+/g, ' ').trim();
}

/** The most characters of one field a terminal shows; the rest is cut, with a marker saying how much. */
export const DISPLAY_LIMIT = 2000;

/**
 * A field cut to what a screen can usefully show, so that laying out a huge value costs no more
 * than laying out a long one (cli-table3's wrapping is quadratic in a cell's length).
 */
export function displayText(text: string, limit = DISPLAY_LIMIT): string {
  if (text.length <= limit) return text;
  const cut = text.charCodeAt(limit - 1) >= 0xd800 && text.charCodeAt(limit - 1) < 0xdc00 ? limit - 1 : limit;
  return `${text.slice(0, cut)}… [${text.length - cut} more characters]`;
}

// A spreadsheet runs a cell that starts like a formula: = + - @, tab and carriage return (OWASP's
// list), and their full-width forms, which some spreadsheets read as the same.
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** A CSV cell a spreadsheet will not run: one that starts like a formula gets a leading '. */
export function formulaSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
