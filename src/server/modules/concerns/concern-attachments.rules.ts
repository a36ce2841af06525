import { fileTypeFromBuffer } from 'file-type';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Extension → the only content type Haven accepts for it, checked against the file's bytes. */
const ALLOWED: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const ALLOWED_DESCRIPTION =
  'Haven accepts screenshots (PNG, JPEG, GIF or WebP), PDF files and Word documents (.docx) up to 10 MB.';

/** The content type both the name and the bytes agree on, or the reason the file is refused. */
export async function checkAttachment(
  fileName: string,
  bytes: Buffer,
): Promise<{ ok: true; contentType: string } | { ok: false; message: string }> {
  const ext = /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1]?.toLowerCase();
  const expected = ext ? ALLOWED[ext] : undefined;
  if (!expected) return { ok: false, message: `This type of file cannot be added. ${ALLOWED_DESCRIPTION}` };
  if (bytes.length === 0) return { ok: false, message: 'This file is empty. Choose the file again.' };
  const detected = await fileTypeFromBuffer(bytes);
  if (detected?.mime !== expected)
    return {
      ok: false,
      message: `This file’s contents do not match its name (.${ext}). ${ALLOWED_DESCRIPTION}`,
    };
  return { ok: true, contentType: expected };
}

/** A Content-Disposition that always downloads, with the original name kept safely. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
