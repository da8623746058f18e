import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/edit/extract/html.js';
import { extractText, textKindOf } from '../../src/edit/extract/index.js';
import { extractMarkdown } from '../../src/edit/extract/markdown.js';
import { plainParagraphs } from '../../src/edit/extract/plain.js';
import { pageDate } from '../../src/edit/new-source.js';
import { ROOT } from '../helpers.js';

// A new source's file into paragraphs, one a line, its words as written: plain text, Markdown,
// and a web page saved as HTML (its article only).

const PAGE = readFileSync(join(ROOT, 'examples/saved-page.html'), 'utf8');

describe('plain text', () => {
  it('has a paragraph on each line when no blank line separates them', () => {
    expect(plainParagraphs('First line.\r\n  Second “line” — with a dash.  \nThird\n')).toEqual([
      'First line.',
      'Second “line” — with a dash.',
      'Third',
    ]);
  });

  it('ends a paragraph at a blank line, joining the lines of a wrapped one', () => {
    const wrapped = '\n\nThe dam would store\n3 bcm of water.\n\n\nCritics say it is   doomed.\n\n';
    expect(plainParagraphs(wrapped)).toEqual([
      'The dam would store 3 bcm of water.',
      'Critics say it is   doomed.',
    ]);
  });

  it('gives nothing for a text of blanks', () => {
    expect(plainParagraphs(' \n\t\n')).toEqual([]);
  });
});

describe('a web page saved as HTML', () => {
  const page = extractHtml(PAGE);

  it("keeps the article's blocks and drops navigation, banners, sidebars, footers and scripts", () => {
    expect(page.paragraphs).toEqual([
      'By Ada Brennan',
      'Ruritania and Elbonia agreed on Thursday to joint inspections of the dam project, the first such arrangement since the 2021 water treaty.',
      '“We will not wait for the river to run dry,” Elbonia’s foreign minister told reporters in Strelsau — adding that inspectors could arrive “within weeks”.',
      'Costs',
      'The dam would store 3\u00a0bcm of water. “Nobody has paid for the turbines yet”, an engineer at the Café Zenda conference said.',
      'The river does not stop at the border.',
      'Critics in Elbonia say the reservoir would flood two valleys.',
    ]);
    const text = page.paragraphs.join('\n');
    for (const gone of [
      'cookies',
      'World',
      'Sport',
      'Most read',
      'All rights reserved',
      'Contact',
      'analytics',
      'trackScroll',
      'Subscribe',
    ])
      expect(text, gone).not.toContain(gone);
  });

  it('shows an inline quotation between the marks a browser adds, and keeps the rest verbatim', () => {
    // <q> is shown “…” (‘…’ inside another); curly quotes, the dash, the accent and the no-break space stay.
    expect(page.paragraphs[4]).toContain('“Nobody has paid for the turbines yet”, an engineer at the Café');
    expect(page.paragraphs[2]).toContain('Strelsau — adding');
  });

  it('reads what the page says about itself: title, byline, site name, date, address', () => {
    expect(page.meta).toEqual({
      title: 'Ruritania and Elbonia agree to inspect the dam',
      author: 'Ada Brennan',
      publisher: 'The Strelsau Courier',
      published: '2024-03-14T08:15:00+01:00',
      url: 'https://courier.example/2024/03/dam-inspections',
    });
    expect(pageDate(page.meta.published)).toBe('2024-03-14');
  });

  it('gives no paragraphs for a page without an article, and reads a page of one paragraph', () => {
    expect(extractHtml('<html><body><script>show("Home")</script></body></html>').paragraphs).toEqual([]);
    expect(extractHtml('').paragraphs).toEqual([]);
    const one =
      '<html><body><p>Only <b>one</b> paragraph here, with <q>a <q>nested</q> quote</q> in it.</p></body></html>';
    expect(extractHtml(one).paragraphs).toEqual(['Only one paragraph here, with “a ‘nested’ quote” in it.']);
  });

  it('refuses a page nested deeper than any real one, saying why, without taking long', () => {
    const deep = '<div>'.repeat(20_000) + '<p>Deep text of the page.</p>' + '</div>'.repeat(20_000);
    const started = Date.now();
    const read = extractHtml(`<html><body>${deep}</body></html>`);
    expect(read.paragraphs).toEqual([]);
    expect(read.problem).toMatch(
      /^the page is nested \d+ elements deep, and car-brief reads pages up to 256/,
    );
    expect(Date.now() - started).toBeLessThan(20_000); // (Readability alone would take hours)
  });
});

describe('Markdown', () => {
  it('reads the text, not the marks: headings, emphasis, links, lists, code', () => {
    const md = [
      '# The rail pact',
      '',
      'Signed on *Tuesday* by **both** sides, as [officials said](https://example.org) — "within five years".',
      'A wrapped line of the same paragraph.',
      '',
      '- first item',
      '- second item with `code`',
      '',
      '> quoted text',
      '',
      '<script>alert(1)</script>',
    ].join('\n');
    const read = extractMarkdown(md);
    expect(read.paragraphs).toEqual([
      'The rail pact',
      'Signed on Tuesday by both sides, as officials said — "within five years". A wrapped line of the same paragraph.',
      'first item',
      'second item with code',
      'quoted text',
    ]);
    expect(read.meta.title).toBe('The rail pact');
    expect(extractMarkdown('Intro\n\n# Later heading').meta.title).toBeUndefined();
  });
});

describe('which reader a file gets', () => {
  it('goes by the name, else by how the text starts', async () => {
    expect(textKindOf('page.HTML', 'plain')).toBe('html');
    expect(textKindOf('notes.md', '<html>')).toBe('markdown');
    expect(textKindOf('', '<!-- saved from url=(0022)https://x.example/ -->\n<!DOCTYPE html><html>')).toBe(
      'html',
    );
    expect(textKindOf('notes.txt', 'Plain <b>text</b>')).toBe('text');
    expect((await extractText('Line one\nLine two', 'text')).paragraphs).toEqual(['Line one', 'Line two']);
  });

  it('reads a table cell by cell and preformatted text line by line', () => {
    const root = extractMarkdown(
      '| Year | Figure |\n| --- | --- |\n| 2024 | 3 bcm |\n\n```\nline one\n  line two\n```',
    );
    expect(root.paragraphs).toEqual(['Year', 'Figure', '2024', '3 bcm', 'line one', 'line two']);
  });
});
