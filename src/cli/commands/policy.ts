/**
 * `haven policy validate|render|import`: work with policy packs from the command line.
 * Nothing here needs the database: packs and policies are files.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { importPolicy, NotAPolicyError } from '../../server/modules/policies/import/import-policy.ts';
import { readPolicySource, UnreadableSourceError } from '../../server/modules/policies/import/read-source.ts';
import { parsePackYaml } from '../../server/modules/policies/pack/load-pack.ts';
import { type RenderFormat, renderPolicy } from '../../server/modules/policies/render/render.ts';

const MAX_BYTES = 10 * 1024 * 1024;

async function readInput(file: string): Promise<Buffer> {
  const buffer = await readFile(file).catch((e: NodeJS.ErrnoException) => {
    throw new Error(e.code === 'ENOENT' ? `${file}: no such file` : `${file}: ${e.message}`);
  });
  if (buffer.length > MAX_BYTES) throw new Error(`${file}: larger than 10 MB; is this really a policy?`);
  return buffer;
}

async function loadPack(file: string) {
  const result = parsePackYaml((await readInput(file)).toString('utf8'));
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${p.path || '(file)'}: ${p.message}`);
    const error = new Error(`${file} is not a valid policy pack:\n${lines.join('\n')}`);
    throw error;
  }
  return result.pack;
}

export function registerPolicyCommand(program: Command): void {
  const policy = program
    .command('policy')
    .description('validate, render and import online safety policy packs');

  policy
    .command('validate')
    .description('check a policy pack (YAML) against the schema; exit 1 with each problem if it is invalid')
    .argument('<file>', 'policy pack, e.g. policy-packs/solutions-not-sides.yaml')
    .action(async (file: string) => {
      const pack = await loadPack(file);
      process.stdout.write(`${file}: valid policy pack for ${pack.organisation.name}\n`);
    });

  policy
    .command('render')
    .description('render a policy pack as a document (HTML page, PDF or Word)')
    .argument('<file>', 'policy pack (YAML)')
    .requiredOption('--format <format>', 'html, pdf or docx')
    .requiredOption('--out <path>', 'where to write the document')
    .action(async (file: string, options: { format: string; out: string }) => {
      if (!['html', 'pdf', 'docx'].includes(options.format)) {
        throw new Error(`--format must be html, pdf or docx (got "${options.format}")`);
      }
      const pack = await loadPack(file);
      const body = await renderPolicy(pack, options.format as RenderFormat);
      await writeFile(options.out, body);
      process.stdout.write(`Wrote ${options.out} (${body.length} bytes)\n`);
    });

  policy
    .command('import')
    .description('propose a policy pack from a .docx, .txt or .md policy in the NSPCC template family')
    .argument('<file>', 'the policy document')
    .option('--json', 'print {"pack", "recognised", "unmapped"} as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      try {
        const text = await readPolicySource(await readInput(file), basename(file));
        const proposal = importPolicy(text);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(proposal, null, 2)}\n`);
          return;
        }
        const rules = proposal.recognised.filter((r) => r.path.startsWith('rules.'));
        const out = [
          `Organisation: ${proposal.pack.organisation.name}`,
          `Recognised: ${proposal.recognised.length} (${rules.length} rule values)`,
          ...rules.map((r) => `  ${r.path} = ${JSON.stringify(r.value)}\n      “${r.source}”`),
          `Unmapped sentences: ${proposal.unmapped.length}`,
          ...proposal.unmapped.map((s) => `  - ${s}`),
          '',
          'Use --json for the full proposal.',
        ];
        process.stdout.write(`${out.join('\n')}\n`);
      } catch (error) {
        if (error instanceof UnreadableSourceError || error instanceof NotAPolicyError) {
          throw new Error(`${file}: ${error.message}`);
        }
        throw error;
      }
    });
}
