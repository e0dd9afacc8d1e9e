/**
 * `npx tsx web/tools/pptx-preview.ts <deck.pptx> <out-dir>`: draws a deck as PNG with
 * LibreOffice Impress (headless), to look at a PPTX export the way a presentation program
 * shows it. Needs `soffice` (Debian: libreoffice-impress); not used by the tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, CliError } from '../../cli/run-cli';

await runCli(async (args) => {
  const [deck, out] = args;
  if (!deck || !out) throw new CliError('usage: npx tsx web/tools/pptx-preview.ts <deck.pptx> <out-dir>');
  // A profile of its own, so a running LibreOffice of the user's is neither used nor disturbed.
  const profile = mkdtempSync(join(tmpdir(), 'fengong-lo-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'png', '--outdir', out, deck], { stdio: 'inherit' });
  console.log(`${out}: first slide drawn by LibreOffice`);
});
