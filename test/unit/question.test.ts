import { describe, expect, it } from 'vitest';
import { shellWord } from '../../src/output/shell.js';
import { mentionsDate, readQuestion } from '../../src/query/search/question.js';

describe('question words', () => {
  it('say what a question asks for, and are left out of the words to look up', () => {
    expect(readQuestion('how many Pakistani students left Kyrgyzstan')).toEqual({
      asks: 'figure',
      words: ' Pakistani students left Kyrgyzstan',
    });
    expect(readQuestion('How long is TAPI?').asks).toBe('figure');
    expect(readQuestion('how much gas').asks).toBe('figure');
    expect(readQuestion('When did the DG ISI visit').asks).toBe('date');
    expect(readQuestion('in which year did Baku buy').asks).toBe('date');
    expect(readQuestion('who is the army chief').asks).toBe('person');
    expect(readQuestion('"who" visited Ashgabat').asks).toBe('person');
  });

  it('are read only where a question opens', () => {
    expect(readQuestion('TAPI length')).toEqual({ words: 'TAPI length' });
    expect(readQuestion('however')).toEqual({ words: 'however' });
    expect(readQuestion('students who left').asks).toBeUndefined();
    expect(readQuestion('whoever').asks).toBeUndefined();
  });
});

describe('dates in a statement', () => {
  it('are years, decades and months', () => {
    expect(mentionsDate('In 2019 Baku bought ten aircraft.')).toBe(true);
    expect(mentionsDate('in the late 1990s')).toBe(true);
    expect(mentionsDate('The July visit to Ashgabat')).toBe(true);
    expect(mentionsDate('In May this year')).toBe(true);
  });

  it('are not figures or the verb "may"', () => {
    expect(mentionsDate('The pipeline is 1,735 km long.')).toBe(false);
    expect(mentionsDate('540 students returned.')).toBe(false);
    expect(mentionsDate('The type may be prone to faults.')).toBe(false);
  });
});

describe('commands named in notes', () => {
  it('keep plain words as typed and quote the rest for a POSIX shell', () => {
    expect(shellWord('TAPI length')).toBe('TAPI length');
    expect(shellWord('JF-17')).toBe('JF-17');
    expect(shellWord("dam's")).toBe(`'dam'\\''s'`);
    expect(shellWord('a;rm -rf')).toBe(`'a;rm -rf'`);
    expect(shellWord('-x')).toBe(`'-x'`);
    expect(shellWord('$HOME')).toBe(`'$HOME'`);
    expect(shellWord('')).toBe(`''`);
  });
});
