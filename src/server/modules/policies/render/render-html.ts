import type { PolicyDocumentModel } from './document-model.ts';

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/** A standalone, printable HTML page (UK English, headings in order, tables with header cells). */
export function renderHtml(doc: PolicyDocumentModel): string {
  const body = doc.blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return `<h2>${esc(b.text)}</h2>`;
        case 'paragraph':
          return `<p>${esc(b.text)}</p>`;
        case 'bullets':
          return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
        default:
          return `<table><thead><tr>${b.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead><tbody>${b.rows
            .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
            .join('')}</tbody></table>`;
      }
    })
    .join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.title)} · ${esc(doc.organisation)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#1b1f24;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.8rem;margin-bottom:.2rem;color:#0b3d5c}h2{font-size:1.2rem;margin-top:2rem;color:#0b3d5c;border-bottom:1px solid #c9d6df;padding-bottom:.2rem}
.org{font-size:1.1rem;color:#37474f;margin-top:0}table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #9aa9b3;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#e8f0f5}
li{margin:.2rem 0}
</style>
</head>
<body>
<main>
<h1>${esc(doc.title)}</h1>
<p class="org">${esc(doc.organisation)}${doc.subtitle ? ` · ${esc(doc.subtitle)}` : ''}</p>
${body}
</main>
</body>
</html>
`;
}
