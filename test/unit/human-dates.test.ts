import { describe, expect, it } from 'vitest';
import { humanDate } from '../../src/model/human-dates.js';

describe('dates for people', () => {
  it.each([
    ['2019', '2019'],
    ['2024-05', 'May 2024'],
    ['2024-07-10', '10 Jul 2024'],
    ['199X', '1990s'],
    ['2024-07-10/2024-07-11', '10–11 Jul 2024'],
    ['2024-05/2024-12', 'May–Dec 2024'],
    ['2023-11/2024-02', 'Nov 2023 – Feb 2024'],
    ['2024-07/..', 'from Jul 2024'],
    ['../2024-07', 'until Jul 2024'],
    ['2024-07/', 'from Jul 2024'],
    ['2024~', 'about 2024'],
    ['2024-06?', 'Jun 2024?'],
    ['2024-21', 'spring 2024'],
    ['-0100', '100 BCE'],
  ])('%s → %s', (edtf, human) => {
    expect(humanDate(edtf)).toBe(human);
  });

  it('leaves what it does not know as it is', () => {
    for (const edtf of ['[2019,2020]', '{2019..2021}', 'Y170000002', '2024-13', 'not a date'])
      expect(humanDate(edtf)).toBe(edtf);
  });
});
