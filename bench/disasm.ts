// Disassembly benchmark: the .text of the ppc64le runtime libraries (over 5 MB), disassembled to
// objdump-style text by Tocsin in memory and by objdump (its output thrown away), same bytes,
// same run, placed at 0 and at kernel text (0xc000000000000000), where every address and branch
// target is a 16-digit 64-bit value.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { addressPrinter } from '../server/src/isa/address';
import { instructions } from '../server/src/isa/disasm';

const libDir = '/usr/powerpc64le-linux-gnu/lib';
/** Inputs in order, until their .text passes 5 MB. */
const inputs = ['libc.so.6', 'libstdc++.so.6.0.30', 'libasan.so.8.0.0', 'libtsan.so.2.0.0', 'liblsan.so.0.0.0'];
const MIN_BYTES = 5 * 1024 * 1024;
const RUNS = 3;
const KERNEL_TEXT = 0xc000000000000000n;
const PLACEMENTS = [0n, KERNEL_TEXT];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function benchDisasm(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tocsin-bench-disasm-'));
  const texts: { name: string; file: string; bytes: Uint8Array }[] = [];
  let total = 0;
  for (const name of inputs) {
    if (total >= MIN_BYTES) break;
    const file = join(dir, `${name}.text`);
    execFileSync('powerpc64le-linux-gnu-objcopy', ['-O', 'binary', '-j', '.text', join(libDir, name), file]);
    const bytes = readFileSync(file);
    texts.push({ name, file, bytes });
    total += bytes.length;
  }

  type Times = { wall: number[]; cpu: number[] };
  const objdump = new Map<bigint, Times>(PLACEMENTS.map((p) => [p, { wall: [], cpu: [] }]));
  const tocsin = new Map<bigint, Times>(PLACEMENTS.map((p) => [p, { wall: [], cpu: [] }]));
  let lines = 0;
  // Interleaved, so load on a shared machine falls on every row alike.
  for (let run = 0; run < RUNS; run++) {
    for (const base of PLACEMENTS) {
      // objdump over every input in one shell, output thrown away; `times` reports its CPU time.
      const script = texts.map((t) => `powerpc64le-linux-gnu-objdump -D -b binary -m powerpc:common64 -EL --adjust-vma=0x${base.toString(16)} '${t.file}' >/dev/null || exit 1`).join('\n') + '\ntimes';
      let started = performance.now();
      const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
      objdump.get(base)!.wall.push(performance.now() - started);
      if (r.status !== 0) throw new Error(`objdump failed: ${r.stderr}`);
      const children = /\n(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(r.stdout);
      if (!children) throw new Error(`no times output: ${r.stdout}`);
      objdump.get(base)!.cpu.push((Number(children[1]) * 60 + Number(children[2]) + Number(children[3]) * 60 + Number(children[4])) * 1000);

      started = performance.now();
      const cpuStart = process.cpuUsage();
      lines = 0;
      for (const t of texts) {
        // The same listing objdump writes, one `address:\ttext` line per instruction, into a buffer.
        // Lines gather in a short string flushed to the buffer now and then (one write per line is slow).
        let out = Buffer.alloc(t.bytes.length * 8);
        let used = 0;
        let chunk = '';
        const flush = () => {
          if (used + chunk.length > out.length) out = Buffer.concat([out.subarray(0, used), Buffer.alloc(Math.max(out.length, chunk.length))]);
          used += out.write(chunk, used, 'latin1');
          chunk = '';
        };
        // As `tocsin disasm` prints: the address column from the offset, the text from the decoder.
        const hex = addressPrinter(base);
        let offset = 0;
        for (const d of instructions(t.bytes, base)) {
          chunk += `${hex(offset)}:\t${d.text}\n`;
          offset += d.length;
          if (chunk.length > 16384) flush();
          lines++;
        }
        flush();
        if (used === 0) throw new Error(`no output for ${t.name}`);
      }
      const cpu = process.cpuUsage(cpuStart);
      tocsin.get(base)!.cpu.push((cpu.user + cpu.system) / 1000);
      tocsin.get(base)!.wall.push(performance.now() - started);
    }
  }
  const mb = total / (1024 * 1024);
  const row = (name: string, x: Times) =>
    `| ${name} | ${median(x.wall).toFixed(0)} ms | ${median(x.cpu).toFixed(0)} ms | ${(mb / (median(x.cpu) / 1000)).toFixed(1)} |`;
  const ratio = (base: bigint, k: 'cpu' | 'wall') => (median(tocsin.get(base)![k]) / median(objdump.get(base)![k])).toFixed(2);
  return [
    '## Disassembly',
    '',
    `Input: the .text of ${texts.map((t) => t.name).join(', ')} (${mb.toFixed(1)} MB, ${lines.toLocaleString('en')} instructions), placed at 0 and at kernel text 0x${KERNEL_TEXT.toString(16)} (objdump: \`--adjust-vma\`), where every address and branch target is 16 digits; median of ${RUNS} interleaved runs.`,
    'CPU time is the steadier figure on a shared machine.',
    '',
    '| | wall | CPU | MB/s (CPU) |',
    '| --- | ---: | ---: | ---: |',
    ...PLACEMENTS.flatMap((base) => [
      row(`objdump -D at 0x${base.toString(16)} (output to /dev/null)`, objdump.get(base)!),
      row(`Tocsin disassemble to text at 0x${base.toString(16)} (in memory)`, tocsin.get(base)!),
    ]),
    '',
    ...PLACEMENTS.map((base) => `Tocsin / objdump at 0x${base.toString(16)}: ${ratio(base, 'cpu')} in CPU time, ${ratio(base, 'wall')} in wall time (below 1 is faster than objdump).`),
  ].join('\n');
}
