import { it } from 'vitest';
import { checkDraft } from '../../../src/factcheck/check-draft.js';
import { BUILTIN, load } from '../../helpers.js';
const dataset = await load(BUILTIN);
it('debug', () => {
  for (const t of (process.env.DRAFT ?? '').split('|')) {
    const r = checkDraft(dataset, t);
    console.log(t, '\n', JSON.stringify(r.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.kind} ${f.message} ${f.edit ? JSON.stringify(f.edit) : ''}`), null, 1), r.sentences.map(s=>s.records.join(',')).join(' / '));
  }
});
