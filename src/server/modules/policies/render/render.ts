import type { PolicyPack, RevisionEntry } from '../pack/pack.schema.ts';
import { buildDocument } from './document-model.ts';
import { renderDocx } from './render-docx.ts';
import { renderHtml } from './render-html.ts';
import { renderPdf } from './render-pdf.ts';

export type RenderFormat = 'html' | 'pdf' | 'docx';

export const CONTENT_TYPES: Record<RenderFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** One pack, three formats, from the same outline. */
export async function renderPolicy(
  pack: PolicyPack,
  format: RenderFormat,
  options: { revisionHistory?: RevisionEntry[]; status?: string; nextReviewDue?: string | null } = {},
): Promise<Buffer> {
  const doc = buildDocument(pack, options);
  if (format === 'html') return Buffer.from(renderHtml(doc), 'utf8');
  if (format === 'pdf') return renderPdf(doc);
  return renderDocx(doc);
}

/** A safe file name such as "solutions-not-sides-online-safety-policy-v3.pdf". */
export function documentFileName(organisation: string, version: number, format: RenderFormat): string {
  const slug = organisation
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'policy'}-online-safety-policy-v${version}.${format}`;
}
