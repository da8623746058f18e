// How a source text is cut into paragraphs, shared by the citation checks (which count them)
// and `show --paragraph` (which prints one): one paragraph per line.

/** The paragraphs of a source text: one per line; a final line break does not start another. */
export function paragraphsOf(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
