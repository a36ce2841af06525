import PDFDocument from 'pdfkit';
import type { PolicyDocumentModel } from './document-model.ts';

const NAVY = '#0b3d5c';
const TEXT = '#1b1f24';
const RULE = '#9aa9b3';
const HEAD_FILL = '#e8f0f5';

/** An A4 PDF of the policy: title block, sections, tables with repeated borders, page numbers. */
export function renderPdf(doc: PolicyDocumentModel): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: 64, left: 64, right: 64 },
    bufferPages: true,
    info: { Title: doc.title, Author: doc.organisation, Subject: 'Online safety policy' },
    lang: 'en-GB',
  } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));

  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;
  const ensure = (h: number) => {
    if (pdf.y + h > bottom()) pdf.addPage();
  };

  pdf.rect(0, 0, pdf.page.width, 8).fill(NAVY);
  pdf.fillColor(NAVY).font('Helvetica-Bold').fontSize(22).text(doc.title, left, 72, { width });
  pdf.moveDown(0.3);
  pdf
    .fillColor('#37474f')
    .font('Helvetica')
    .fontSize(13)
    .text(doc.organisation + (doc.subtitle ? ` · ${doc.subtitle}` : ''), { width });
  pdf.moveDown(0.6);
  pdf
    .moveTo(left, pdf.y)
    .lineTo(left + width, pdf.y)
    .lineWidth(1)
    .strokeColor(NAVY)
    .stroke();
  pdf.moveDown(0.8);

  for (const b of doc.blocks) {
    if (b.kind === 'heading') {
      // Keep a heading with the start of what follows it.
      ensure(120);
      pdf.moveDown(0.6);
      pdf.fillColor(NAVY).font('Helvetica-Bold').fontSize(13.5).text(b.text, left, pdf.y, { width });
      pdf.moveDown(0.35);
    } else if (b.kind === 'paragraph') {
      pdf.fillColor(TEXT).font('Helvetica').fontSize(10.5);
      ensure(pdf.heightOfString(b.text, { width }) > 200 ? 30 : pdf.heightOfString(b.text, { width }));
      pdf.text(b.text, left, pdf.y, { width, lineGap: 2 });
      pdf.moveDown(0.5);
    } else if (b.kind === 'bullets') {
      pdf.fillColor(TEXT).font('Helvetica').fontSize(10.5);
      for (const item of b.items) {
        const h = pdf.heightOfString(item, { width: width - 16, lineGap: 2 });
        ensure(Math.min(h, 60));
        const y = pdf.y;
        pdf.circle(left + 4, y + 5.2, 1.8).fill(NAVY);
        pdf.fillColor(TEXT).text(item, left + 16, y, { width: width - 16, lineGap: 2 });
        pdf.moveDown(0.25);
      }
      pdf.moveDown(0.3);
    } else {
      const n = b.columns.length;
      const colWidths =
        n === 4
          ? [0.17, 0.23, 0.4, 0.2].map((f) => f * width)
          : n === 3
            ? [0.38, 0.22, 0.4].map((f) => f * width)
            : b.columns.map(() => width / n);
      const pad = 5;
      const drawRow = (cells: string[], header: boolean) => {
        pdf.font(header ? 'Helvetica-Bold' : 'Helvetica').fontSize(9.5);
        const min = header ? 0 : (b.minRowHeight ?? 0);
        const h =
          Math.max(
            min,
            ...cells.map((c, i) => pdf.heightOfString(c || ' ', { width: (colWidths[i] ?? 0) - pad * 2 })),
          ) +
          pad * 2;
        if (pdf.y + h > bottom()) pdf.addPage();
        const y = pdf.y;
        let x = left;
        cells.forEach((c, i) => {
          const w = colWidths[i] ?? 0;
          if (header) pdf.rect(x, y, w, h).fill(HEAD_FILL);
          pdf.rect(x, y, w, h).lineWidth(0.6).strokeColor(RULE).stroke();
          pdf.fillColor(header ? NAVY : TEXT).text(c, x + pad, y + pad, { width: w - pad * 2 });
          x += w;
        });
        pdf.x = left;
        pdf.y = y + h;
      };
      ensure(50);
      drawRow(b.columns, true);
      for (const row of b.rows) drawRow(row, false);
      pdf.moveDown(0.8);
    }
  }

  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const y = pdf.page.height - 40;
    pdf.font('Helvetica').fontSize(8.5).fillColor('#546e7a');
    pdf.text(`${doc.organisation} · ${doc.title}`, left, y, {
      width: width - 80,
      lineBreak: false,
      height: 12,
    });
    pdf.text(`Page ${i + 1} of ${range.count}`, left + width - 80, y, {
      width: 80,
      align: 'right',
      lineBreak: false,
      height: 12,
    });
  }
  pdf.end();
  return done;
}
