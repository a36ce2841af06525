import PDFDocument from 'pdfkit';
import { ENTRY_LABELS } from './concern-labels.ts';

/** Europe/London, as people in UK settings read dates: 23/11/2026 14:05. */
export function londonDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(new Date(iso))
    .replace(',', '');
}

const humanKey = (k: string) => k.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
const humanValue = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) return londonDateTime(v);
  if (Array.isArray(v)) return v.map(humanValue).join(', ');
  return String(v).replace(/_/g, ' ');
};

export type CaseFile = {
  organisationName: string;
  exportedBy: string;
  exportedAt: string;
  reference: string;
  status: string;
  riskLevel: string | null;
  types: string[];
  otherType: string | null;
  riskAreas: string[];
  reportedAt: string;
  reporterName: string;
  happenedAt: string | null;
  locationKind: string;
  platform: string | null;
  place: string | null;
  immediateDanger: boolean;
  whatHappened: string;
  ownWords: string | null;
  imageDescription: string | null;
  involved: Array<{
    name: string | null;
    description: string | null;
    involvement: string;
    kind: string | null;
  }>;
  allegationSubjectName: string | null;
  outcome: string | null;
  attachments: Array<{ name: string; uploadedAt: string }>;
  chronology: Array<{
    kind: string;
    occurredAt: string;
    actorName: string | null;
    data: Record<string, unknown>;
  }>;
};

/** The full record for a referral or a transfer, marked confidential on every page. */
export function renderCaseFile(c: CaseFile): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    info: { Title: `Case file ${c.reference}`, Author: 'Haven', Subject: 'CONFIDENTIAL safeguarding record' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const heading = (t: string) => doc.moveDown(0.6).font('Helvetica-Bold').fontSize(13).text(t).moveDown(0.2);
  const field = (label: string, value: string | null | undefined) => {
    if (!value) return;
    doc.font('Helvetica-Bold').fontSize(10).text(`${label}: `, { continued: true });
    doc.font('Helvetica').text(value);
  };
  const para = (t: string) => doc.font('Helvetica').fontSize(10).text(t, { align: 'left' });

  doc.font('Helvetica-Bold').fontSize(18).text(`Safeguarding case file ${c.reference}`);
  doc.font('Helvetica').fontSize(10).text(`${c.organisationName}`);
  doc.text(`Exported by ${c.exportedBy} on ${londonDateTime(c.exportedAt)} (UK time).`);
  doc
    .moveDown(0.3)
    .font('Helvetica-Bold')
    .text('CONFIDENTIAL: share only with people who need it to keep a child safe. Do not copy or forward.');

  heading('Summary');
  field('Status', c.status);
  field('Risk level', c.riskLevel ?? 'not yet assessed');
  field('Types', [...c.types.map((t) => t.replace(/_/g, ' ')), c.otherType].filter(Boolean).join(', '));
  field('Risk areas', c.riskAreas.join(', '));
  field('Reported', `${londonDateTime(c.reportedAt)} by ${c.reporterName}`);
  field('When it happened', londonDateTime(c.happenedAt));
  field('Where', [c.locationKind, c.platform, c.place].filter(Boolean).join(', '));
  field('Immediate danger reported', c.immediateDanger ? 'yes' : 'no');
  field('Allegation about', c.allegationSubjectName);
  field('Outcome', c.outcome);

  heading('Who is involved');
  for (const p of c.involved)
    para(
      `${p.name ?? p.description ?? 'Unknown'} (${p.involvement.replace(/_/g, ' ')}${p.kind ? `, ${p.kind.replace(/_/g, ' ')}` : ''})`,
    );

  heading('The original report');
  para(c.whatHappened);
  if (c.ownWords) {
    heading('The young person’s own words (verbatim)');
    para(c.ownWords);
  }
  if (c.imageDescription) {
    heading('Description of images (no images are kept)');
    para(c.imageDescription);
  }

  heading('Chronology');
  for (const e of c.chronology) {
    doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(
        `${londonDateTime(e.occurredAt)}  ${ENTRY_LABELS[e.kind] ?? e.kind}${e.actorName ? `, by ${e.actorName}` : ''}`,
      );
    for (const [k, v] of Object.entries(e.data)) {
      const value = humanValue(v);
      if (value && !/Id$|Ids$/.test(k))
        doc.font('Helvetica').text(`${humanKey(k)}: ${value}`, { indent: 12 });
    }
    doc.moveDown(0.3);
  }

  if (c.attachments.length) {
    heading('Files kept with the case (not included)');
    for (const a of c.attachments) para(`${a.name}, added ${londonDateTime(a.uploadedAt)}`);
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica-Bold')
      .fontSize(9)
      .text('CONFIDENTIAL', 56, 30, { align: 'center', width: doc.page.width - 112 })
      .text(`CONFIDENTIAL · ${c.reference} · page ${i + 1} of ${range.count}`, 56, doc.page.height - 40, {
        align: 'center',
        width: doc.page.width - 112,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
