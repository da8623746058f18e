import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/model/names.js';
import { closest, editDistance } from '../../src/model/suggest.js';
import { resolveCountry, resolveRecord } from '../../src/query/resolve.js';
import { NotFoundError, UsageError } from '../../src/errors.js';
import { MINI, load } from '../helpers.js';

const dataset = await load(MINI);
const resolve = (name: string) => resolveCountry(dataset, name);

describe('resolveCountry', () => {
  it('resolves id, name, alias, ISO codes and capital in any case', () => {
    for (const name of ['elbonia', 'ELBONIA', 'Elbonian', 'eb', 'ELB', 'mudville', '  Elbonia. ']) {
      expect(resolve(name).record.id, name).toBe('elbonia');
      expect(resolve(name).corrected, name).toBeUndefined();
    }
    expect(resolve('kingdom of  ruritania').record.id).toBe('ruritania');
  });

  it('takes a clear misspelling for the country it nearly names, and says which name matched', () => {
    expect(resolve('elbonai')).toEqual({
      record: expect.objectContaining({ id: 'elbonia' }),
      corrected: 'elbonia',
    });
    expect(resolve('Strelzau').record.id).toBe('ruritania');
  });

  it('fails with suggestions when nothing is near enough', () => {
    expect(() => resolve('atlantis')).toThrow(NotFoundError);
    try {
      resolve('elbonnnnia');
      expect.unreachable();
    } catch (error) {
      expect((error as NotFoundError).suggestions).toEqual(['Elbonia']);
    }
  });

  it('says when a name belongs to an actor that is not a country', () => {
    expect(() => resolve('Ada Vance')).toThrow('"Ada Vance" is Ada Vance, a person, not a country');
    expect(() => resolve('dam project')).toThrow('"dam project" is Dam project, a project, not a country');
  });

  it('prefers an exact name of another actor to a near country name', () => {
    expect(() => resolve('OWS')).toThrow('"OWS" is Old World states, a group, not a country');
  });

  it('only suggests, never takes, a near alias or demonym', () => {
    expect(() => resolve('Kingdom of Ruritanja')).toThrow(NotFoundError);
    try {
      resolve('Kingdom of Ruritanja');
    } catch (error) {
      expect((error as NotFoundError).suggestions).toEqual(['Ruritania']);
    }
  });

  it('treats an empty name as a usage error and suggests nothing for two letters', () => {
    expect(() => resolve('  ')).toThrow(UsageError);
    try {
      resolve('xx');
      expect.unreachable();
    } catch (error) {
      expect((error as NotFoundError).suggestions).toEqual([]);
    }
  });
});

describe('resolveRecord', () => {
  const record = (name: string, types?: Parameters<typeof resolveRecord>[2]) =>
    resolveRecord(dataset, name, types);
  const suggestions = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof NotFoundError) return error.suggestions;
    }
    return expect.unreachable();
  };

  it("takes a person's surname, and a person's name before titles that hold it", () => {
    expect(record('Vance')).toEqual({
      record: expect.objectContaining({ type: 'actor' }),
      corrected: 'ada vance',
    });
    expect(record('Vance').record.record.id).toBe('ada-vance');
  });

  it('takes a clear misspelling of a surname', () => {
    expect(record('Vanse').record.record.id).toBe('ada-vance');
    expect(record('Vanse').corrected).toBe('vance');
  });

  it('takes the words of one title, and names every record when several titles hold them', () => {
    expect(record('return vance').record.record.id).toBe('vance-return-visit');
    expect(suggestions(() => record('dam', ['issue', 'claim']))).toEqual([
      'dam-dispute',
      'dam-size',
      'dam-doomed',
    ]);
    expect(() => record('dam', ['issue', 'claim'])).toThrow('"dam" names more than one record; use an id');
  });

  it('suggests only names that resemble what was typed, in full or word by word', () => {
    expect(suggestions(() => record('Vanc Ada'))).toEqual(['ada-vance']);
    expect(suggestions(() => record('elbow'))).toEqual([]);
    expect(suggestions(() => record('strel'))).toEqual(['ruritania', 'vance-visit-2023-06']);
  });
});

describe('names', () => {
  it('fold case, accents, apostrophes and punctuation', () => {
    expect(normalizeName('Türkiye')).toBe('turkiye');
    expect(normalizeName('Pakistan’s')).toBe('pakistans');
    expect(normalizeName('Kyrgyz-Republic')).toBe('kyrgyz republic');
  });

  it('measure edits with transpositions as one', () => {
    expect(editDistance('uzbekstan', 'uzbekistan')).toBe(1);
    expect(editDistance('tajiksitan', 'tajikistan')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggest the nearest candidates only', () => {
    expect(closest('statu', ['status', 'date', 'summary'])).toEqual(['status']);
    expect(closest('zzz', ['status', 'date'])).toEqual([]);
    expect(closest('xy', ['id', 'to'])).toEqual([]);
    expect(closest('us', ['isi', 'imu'])).toEqual([]);
  });

  it('suggest, of names as near by edits, one the input begins (help date → dates)', () => {
    expect(closest('date', ['data', 'dates', 'check'])).toEqual(['dates', 'data']);
    expect(closest('exit', ['exit-codes', 'formats'])).toEqual(['exit-codes']);
    expect(closest('DATE', ['Dates'])).toEqual(['Dates']);
    // Nearer by edits still wins: "countri" is one edit from country, two from countries.
    expect(closest('countri', ['countries', 'country'])).toEqual(['country', 'countries']);
    // Under three letters, a prefix is too little to go on.
    expect(closest('da', ['dates', 'data'])).toEqual([]);
  });

  it('stop measuring once the distance is over the limit', () => {
    expect(editDistance('a'.repeat(5000), 'b'.repeat(5000), 2)).toBe(3);
    expect(editDistance('kazakstan', 'kazakhstan', 2)).toBe(1);
  });
});
