import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PolicyDocumentModel } from './document-model.ts';

const border = { style: BorderStyle.SINGLE, size: 4, color: '9AA9B3' };
const borders = { top: border, bottom: border, left: border, right: border };

/** A Word document with real headings, bulleted lists and tables, so it stays editable. */
export function renderDocx(doc: PolicyDocumentModel): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    new Paragraph({
      spacing: { after: 240 },
      children: [
        new TextRun({
          text: doc.organisation + (doc.subtitle ? ` · ${doc.subtitle}` : ''),
          size: 28,
          color: '37474F',
        }),
      ],
    }),
  ];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(b.text)] }));
    } else if (b.kind === 'paragraph') {
      children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun(b.text)] }));
    } else if (b.kind === 'bullets') {
      for (const item of b.items) {
        children.push(
          new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [new TextRun(item)] }),
        );
      }
    } else {
      const cell = (text: string, header: boolean) =>
        new TableCell({
          borders,
          ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'E8F0F5', color: 'auto' } } : {}),
          children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
        });
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: b.columns.map((c) => cell(c, true)) }),
            ...b.rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) })),
          ],
        }),
        new Paragraph({ text: '' }),
      );
    }
  }
  const document = new Document({
    creator: 'Haven',
    title: doc.title,
    description: `${doc.organisation} online safety policy`,
    styles: {
      default: { document: { run: { font: 'Arial', size: 22 } } },
      paragraphStyles: [
        { id: 'Title', name: 'Title', run: { font: 'Arial', size: 44, bold: true, color: '0B3D5C' } },
        {
          id: 'Heading1',
          name: 'Heading 1',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: 'Arial', size: 28, bold: true, color: '0B3D5C' },
          paragraph: { spacing: { before: 320, after: 120 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 480, hanging: 240 } } },
            },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
