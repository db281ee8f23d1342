// Instructions the program generator (generate.ts) does not write, spliced into its programs
// for the qemu comparison (emu-qemu.ts): the BCD assists, addpcis, quadword, VR element and
// permute-control loads and stores, the wait hints and (big-endian runs only: qemu-ppc64le aborts on them, and binutils
// refuses them, in little-endian mode) load/store multiple and the string instructions. Each
// is spliced before a random line of a program's body or functions (after its set-up, before
// the fold of its buffer) and leaves r28-r31, CTR, LR and CR as it found them, so any line
// boundary there is safe: it works in the data registers, restoring r28-r31 from copies where
// a multiple or string load writes them. VR results go to GPRs (mfvsrd/mfvsrld) for qemu's
// register dump; stores are checked by the buffer's fold.
import { Random } from './random.js';

/** The spliced mnemonics (as the disassembler names them), for the closing count. */
export const SPLICED = [
  'addpcis', 'lnia', 'addg6s', 'cdtbcd', 'cbcdtd', 'lq', 'stq', 'plq', 'pstq', 'lvebx', 'lvehx', 'lvewx',
  'stvebx', 'stvehx', 'stvewx', 'lvsl', 'lvsr', 'lqarx', 'pause_short', 'waitrsv', 'lmw', 'stmw', 'lswi', 'lswx', 'stswi', 'stswx',
];

/** Data registers for snippets: r0 and r2..r27 (r3..r6 are the scratch of the loads that write r28-r31). */
const SNIPPET_DATA = [0, ...Array.from({ length: 26 }, (_, i) => i + 2)];
const SNIPPET_RATE = 0.06;

function snippet(rng: Random, buf: string, bigEndian: boolean): string[] {
  const d = () => rng.pick(SNIPPET_DATA);
  const nonzero = () => rng.int(2, 27);
  const even = () => 2 * rng.int(1, 13);
  const si16 = () => rng.int(-32768, 32767);
  const vr = () => rng.int(0, 31);
  const showVr = (v: number) => [`mfvsrd ${d()},${32 + v}`, `mfvsrld ${d()},${32 + v}`];
  /** Back to the generator's state: r29 and r30 from r3 and r4, r31 to the buffer. */
  const restore = [`mr 29,3`, `mr 30,4`, `lis 31,${buf}@ha`, `addi 31,31,${buf}@l`];
  /** A string load's target and byte count: registers r7..r27, or wrapping from r29..r31 to r0 at most. */
  const stringTarget = (n: number) => {
    const regs = Math.max(1, (n + 3) >> 2);
    return regs <= 2 && rng.chance(0.3) ? rng.int(29 + regs - 1, 31) : rng.int(7, 28 - regs);
  };
  const setCount = (n: number) => ['mfxer 5', 'rldicr 5,5,0,56', `ori 5,5,${n}`, 'mtxer 5'];
  const forms: [number, () => string[]][] = [
    [2, () => [rng.pick([`addpcis ${d()},${si16()}`, `lnia ${d()}`, `subpcis ${d()},${rng.int(0, 32767)}`])]],
    [2, () => [`addg6s ${d()},${d()},${d()}`]],
    [2, () => [`cdtbcd ${d()},${d()}`]],
    [2, () => { const t = d(); return [`cbcdtd ${t},${d()}`, ...(rng.chance(0.5) ? [`cdtbcd ${d()},${t}`] : [])]; }],
    [3, () => {
      const rt = even();
      if (rng.chance(0.6)) return [`lq ${rt},${16 * rng.int(0, 15)}(31)`];
      // A base in a data register, the quadword at any byte offset.
      let ra = nonzero();
      while (ra === rt || ra === rt + 1) ra = nonzero();
      const off = rng.int(0, 240);
      return [`addi ${ra},31,${off - 16 * Math.floor(off / 16)}`, `lq ${rt},${16 * Math.floor(off / 16)}(${ra})`];
    }],
    [3, () => [`stq ${2 * rng.int(0, 15)},${rng.chance(0.8) ? 16 * rng.int(0, 15) : 4 * rng.int(0, 60)}(31)`]],
    [3, () => {
      const off = rng.chance(0.7) ? 8 * rng.int(0, 30) : rng.int(0, 240);
      const name = rng.chance(0.5) ? `plq ${even()}` : `pstq ${2 * rng.int(0, 15)}`;
      return [rng.chance(0.5) ? `${name},${buf}+${off}@pcrel` : `${name},${off}(31)`];
    }],
    [4, () => {
      const [name, width] = rng.pick([['lvebx', 1], ['lvehx', 2], ['lvewx', 4], ['stvebx', 1], ['stvehx', 2], ['stvewx', 4]] as const);
      const v = vr(), x = nonzero(), off = rng.int(0, 256 - width);
      const access = rng.chance(0.7) ? [`li ${x},${off}`, `${name} ${v},31,${x}`] : [`addi ${x},31,${off}`, `${name} ${v},0,${x}`];
      return name.startsWith('l') ? [...access, ...showVr(v)] : access;
    }],
    [2, () => { const v = vr(); return [`${rng.pick(['lvsl', 'lvsr'])} ${v},${d()},${d()}`, ...showVr(v)]; }],
    [2, () => {
      // lqarx alone: qemu 7.2 records its reservation at EA+8 (the RES column of its log), so
      // its stqcx. always fails; ours follows the ISA and is unit-tested instead.
      const rt = even();
      let x = rng.int(7, 27);
      while (x === rt || x === rt + 1) x = rng.int(7, 27);
      return [`addi ${x},31,${16 * rng.int(0, 15)}`, `lqarx ${rt},0,${x}`];
    }],
    [1, () => [rng.pick(['pause_short', 'waitrsv'])]],
  ];
  const bigEndianForms: [number, () => string[]][] = [
    [2, () => { const rs = rng.int(2, 31), words = 32 - rs; return [`stmw ${rs},${4 * rng.int(0, 64 - words)}(31)`]; }],
    [2, () => {
      const rt = rng.int(7, 31), words = 32 - rt, off = 4 * rng.int(0, 64 - words), disp = rng.chance(0.5) ? 0 : 4 * rng.int(-8, 8);
      return ['mr 3,29', 'mr 4,30', 'mr 5,28', `addi 6,31,${off - disp}`, `lmw ${rt},${disp}(6)`, 'mr 28,5', ...restore];
    }],
    [2, () => {
      const n = rng.int(1, 32), rt = stringTarget(n);
      return ['mr 3,29', 'mr 4,30', `addi 6,31,${rng.int(0, 256 - n)}`, `lswi ${rt},6,${n}`, ...restore];
    }],
    [2, () => {
      const n = rng.chance(0.1) ? 0 : rng.int(1, 32), rt = stringTarget(n), first = rng.int(0, 256 - n), second = rng.int(0, 256 - n - first);
      return ['mr 3,29', 'mr 4,30', ...setCount(n), `li 5,${second}`, `addi 6,31,${first}`, `lswx ${rt},6,5`, ...restore];
    }],
    [2, () => { const n = rng.int(1, 32); return [`addi 6,31,${rng.int(0, 256 - n)}`, `stswi ${rng.int(0, 31)},6,${n}`]; }],
    [2, () => {
      const n = rng.int(0, 32), first = rng.int(0, 256 - n), second = rng.int(0, 256 - n - first);
      return [...setCount(n), `li 5,${second}`, `addi 6,31,${first}`, `stswx ${rng.int(0, 31)},6,5`];
    }],
  ];
  return rng.weighted(bigEndian ? [...forms, ...bigEndianForms] : forms)();
}

/**
 * generate.ts's batch with snippets spliced in. A program's body starts after its set-up (the
 * line after `mtcrf 255,29`) and ends at its fold (`li 28,32`); its functions follow
 * `b prog_N_end`. Those markers occur nowhere else.
 */
export function withMoreInstructions(source: string, seed: number, bigEndian: boolean): string {
  const rng = new Random(seed);
  const out: string[] = [];
  let state: 'outside' | 'setup' | 'last-setup' | 'body' = 'outside';
  let buf = '';
  let reserving = false;
  for (const line of source.split('\n')) {
    const start = /^prog_(\d+):$/.exec(line);
    if (start) {
      buf = `buf_${start[1]}`;
      state = 'setup';
    } else if (line === '\tli 28,32' || /^prog_\d+_end:$/.test(line)) state = 'outside';
    else if (/^\tb prog_\d+_end$/.test(line)) state = 'body';
    // Never between a load-and-reserve and its store-conditional: a spliced lqarx would move the
    // reservation, to EA in Tocsin and to EA+8 in qemu 7.2.
    if (state === 'body' && !reserving && rng.chance(SNIPPET_RATE)) out.push(...snippet(rng, buf, bigEndian).map((l) => '\t' + l));
    out.push(line);
    if (/^\tl[bhwdq]arx /.test(line)) reserving = true;
    else if (/^\tst[bhwdq]cx\. /.test(line)) reserving = false;
    if (state === 'last-setup') state = 'body';
    if (line === '\tmtcrf 255,29') state = 'last-setup';
  }
  return out.join('\n');
}

