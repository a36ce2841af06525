import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../pack/load-pack.ts';
import { packPath, SHIPPED_PACKS } from '../pack/shipped-packs.ts';
import { documentFileName, renderPolicy } from './render.ts';

const load = (id: (typeof SHIPPED_PACKS)[number]['id']) => {
  const r = loadPackFile(packPath(id));
  if (!r.ok) throw new Error(id);
  return r.pack;
};

describe.each(SHIPPED_PACKS.map((p) => p.id))('rendering %s', (id) => {
  const pack = load(id);
  const history = [
    {
      reviewDate: '2026-08-03',
      byWhom: 'Grace Okafor',
      summary: 'Annual review',
      dateImplemented: '2026-08-10',
    },
  ];

  it('as HTML with title, organisation, sections, contacts, helplines, related policies, history and signature', async () => {
    const html = (await renderPolicy(pack, 'html', { revisionHistory: history })).toString('utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    const text = html
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"');
    expect(text).toContain(`<h1>${pack.title}</h1>`);
    expect(text).toContain(pack.organisation.name);
    expect(text).toContain(pack.sections.purpose.title);
    for (const related of pack.sections.relatedPolicies) expect(text).toContain(related);
    for (const helpline of [
      'Childline',
      '0800 1111',
      'NSPCC Helpline',
      '0808 800 5000',
      '0344 381 4772',
      'report.iwf.org.uk',
      'CEOP',
    ]) {
      expect(text).toContain(helpline);
    }
    expect(text).toContain('<th scope="col">Summary of changes made</th>');
    expect(text).toContain(
      '<td>03/08/2026</td><td>Grace Okafor</td><td>Annual review</td><td>10/08/2026</td>',
    );
    expect(text).toContain('<h2>Signed</h2>');
    if (pack.contacts.dsl.name) expect(text).toContain(pack.contacts.dsl.name);
    expect(text).not.toMatch(/<script/i);
  });

  it('as a PDF', async () => {
    const pdf = await renderPolicy(pack, 'pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/Type \/Page\b/);
  });

  it('as a Word document that reads back with every section and the revision history', async () => {
    const docx = await renderPolicy(pack, 'docx', { revisionHistory: history });
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const { value } = await mammoth.extractRawText({ buffer: docx });
    expect(value).toContain(pack.title);
    expect(value).toContain(pack.sections.commitments.title);
    for (const related of pack.sections.relatedPolicies) expect(value).toContain(related);
    expect(value).toContain('Revision history');
    expect(value).toContain('Annual review');
    expect(value).toContain('Professionals Online Safety Helpline');
  });
});

it('names files safely', () => {
  expect(documentFileName('Solutions Not Sides', 3, 'pdf')).toBe(
    'solutions-not-sides-online-safety-policy-v3.pdf',
  );
  expect(documentFileName('"../../etc"', 1, 'docx')).toBe('etc-online-safety-policy-v1.docx');
});
