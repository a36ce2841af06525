/** Turns an uploaded .docx, .txt or .md policy into plain lines; anything else is refused clearly. */
import mammoth from 'mammoth';

export class UnreadableSourceError extends Error {}

const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

export async function readPolicySource(buffer: Buffer, fileName: string): Promise<string> {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (ext === 'docx' || isZip(buffer)) {
    if (!isZip(buffer))
      throw new UnreadableSourceError(
        'This .docx file is damaged or is not a Word document. Save it again from Word and upload it.',
      );
    try {
      const { value } = await mammoth.extractRawText({ buffer });
      if (!value.trim()) throw new UnreadableSourceError('This Word document has no text in it.');
      return value;
    } catch (error) {
      if (error instanceof UnreadableSourceError) throw error;
      throw new UnreadableSourceError(
        'Haven could not read this Word document. Save it again as .docx from Word and upload it.',
      );
    }
  }
  if (ext && !['txt', 'md', 'markdown', 'text'].includes(ext)) {
    throw new UnreadableSourceError(
      'Upload the policy as a Word document (.docx), a text file (.txt) or Markdown (.md).',
    );
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer);
  let bad = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0xfffd || code < 9 || (code > 13 && code < 32)) bad++;
  }
  if (!text.trim() || bad > Math.max(3, text.length / 200)) {
    throw new UnreadableSourceError(
      'This file is not readable text. Upload the policy as .docx, .txt or .md.',
    );
  }
  return text;
}

/** Removes Markdown and HTML emphasis, keeps link text, and normalises quotes and spaces. */
export function cleanLine(line: string): string {
  return line
    .replace(/<\/?u>|\*\*|__/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:\/\/[^>]+)>/g, '$1')
    .replace(/[‘’]/g, "'")
    .replace(/\t+/g, ' | ')
    .replace(/\u00a0/g, ' ')
    .replace(/[ ]{2,}/g, ' ')
    .trim();
}
