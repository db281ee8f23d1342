// The debug adapter driven as VS Code drives it (DebugClient over the adapter's stdio, the
// bundle the extension ships) on the bundled live-patch examples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { repoRoot, scratchDir, writeScratch } from '../helpers';

const examples = join(repoRoot, 'examples/livepatch');
const kernelS = resolve(examples, 'common/kernel.S');
const trampolineC = resolve(examples, 'c-livepatch-stack/ftrace_caller.S');

async function client(t: { after: (fn: () => Promise<void>) => void }): Promise<DebugClient> {
  const dc = new DebugClient('node', join(repoRoot, 'dist/dap.js'), 'tocsin');
  await dc.start();
  t.after(() => dc.stop());
  return dc;
}

async function launchStopped(dc: DebugClient, program: string, setUp: () => Promise<unknown> = async () => undefined, stopOnEntry = false, root?: string): Promise<DebugProtocol.StoppedEvent> {
  const stopped = dc.waitForEvent('stopped', 20_000);
  await Promise.all([
    dc.waitForEvent('initialized', 20_000).then(setUp).then(() => dc.configurationDoneRequest()),
    dc.launch({ program, stopOnEntry, root }),
  ]);
  return (await stopped) as DebugProtocol.StoppedEvent;
}

async function registers(dc: DebugClient, scope = 'Registers'): Promise<Record<string, string>> {
  const frames = await dc.stackTraceRequest({ threadId: 1 });
  const scopes = await dc.scopesRequest({ frameId: frames.body.stackFrames[0].id });
  const ref = scopes.body.scopes.find((s) => s.name === scope)!.variablesReference;
  const vars = await dc.variablesRequest({ variablesReference: ref });
  return Object.fromEntries(vars.body.variables.map((v) => [v.name, v.value.split(' ')[0]]));
}

async function stepInstruction(dc: DebugClient): Promise<void> {
  const stopped = dc.waitForEvent('stopped');
  await dc.nextRequest({ threadId: 1, granularity: 'instruction' });
  await stopped;
}

async function pc(dc: DebugClient): Promise<string> {
  return (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0].instructionPointerReference!;
}

test('(c): stop at livepatch_handler, step to the bctrl, read r2 and the livepatch stack, step back, continue to A with its TOC', async (t) => {
  const dc = await client(t);
  const stop = await launchStopped(dc, join(examples, 'c-livepatch-stack/plain-call.scenario.json'),
    () => dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'livepatch_handler' }] }));
  assert.equal(stop.body.reason, 'breakpoint');
  let frames = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
  assert.equal(frames[0].name, 'livepatch_handler');
  assert.equal(frames[0].source?.path, trampolineC);
  assert.equal(frames[0].line, 40);
  assert.ok(frames.every((f) => /^0x[0-9a-f]{16}$/.test(f.instructionPointerReference!)), 'every frame has an instruction pointer');
  // The callers: B's profiling call (diverted to P) and A's call of B.
  assert.ok(frames.some((f) => f.name.startsWith('A+')), frames.map((f) => f.name).join(', '));
  const kernelToc = (await registers(dc)).r2;

  // Step to the bctrl, keeping what r2 and the livepatch sp were one and two steps before.
  const seen: { r2: string; sp: string }[] = [];
  for (let i = 0; i < 20; i++) {
    const dis = await dc.disassembleRequest({ memoryReference: await pc(dc), instructionCount: 1 });
    if (dis.body!.instructions[0].instruction.startsWith('bctrl')) break;
    const lp = await registers(dc, 'Livepatch stack');
    seen.push({ r2: (await registers(dc)).r2, sp: lp.livepatch_sp });
    await stepInstruction(dc);
  }
  frames = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
  assert.equal(frames[0].line, 51, 'stopped at the bctrl');
  const atBctrl = await registers(dc);
  const lp = await registers(dc, 'Livepatch stack');
  assert.equal(atBctrl.r2, kernelToc, 'r2 is still A\'s (the kernel\'s) TOC at the bctrl');
  assert.equal(BigInt(lp.livepatch_sp) - BigInt(seen[0].sp), 24n, 'one 24-byte entry pushed');
  assert.equal(lp['[0] r2'], kernelToc, 'the entry holds A\'s TOC');
  // Livepatch stack frames show up in the stack trace.
  assert.ok(frames.some((f) => f.name.startsWith('livepatch stack: return to A+')), frames.map((f) => f.name).join(', '));

  // Two steps back: the registers of two instructions before.
  for (let i = 0; i < 2; i++) {
    const stopped = dc.waitForEvent('stopped');
    await dc.stepBackRequest({ threadId: 1, granularity: 'instruction' });
    await stopped;
  }
  assert.equal((await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0].line, 49);
  assert.equal((await registers(dc)).r12, '0x0000000057ac6e9d', 'r12 held STACK_END_MAGIC before mfctr');

  // On to the return into A (the instruction after its bl B): r2 is A's TOC again.
  await dc.setFunctionBreakpointsRequest({ breakpoints: [] });
  const bp = await dc.setBreakpointsRequest({ source: { path: kernelS }, breakpoints: [{ line: 51 }] });
  assert.equal(bp.body.breakpoints[0].verified, true);
  const stopped = dc.waitForEvent('stopped');
  await dc.continueRequest({ threadId: 1 });
  assert.equal(((await stopped) as DebugProtocol.StoppedEvent).body.reason, 'breakpoint');
  assert.equal((await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0].line, 51);
  assert.equal((await registers(dc)).r2, kernelToc);
});

test('(a): the lost TOC stops as a toc-not-restored exception with its info; reverse continue and the end', async (t) => {
  const dc = await client(t);
  const stop = await launchStopped(dc, join(examples, 'a-no-toc-save/local-call.scenario.json'));
  assert.equal(stop.body.reason, 'exception');
  const info = await dc.exceptionInfoRequest({ threadId: 1 });
  assert.equal(info.body.exceptionId, 'toc-not-restored');
  assert.match(info.body.description!, /r2 is 0x/);
  const frame = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0];
  assert.equal(frame.source?.path, kernelS);
  assert.equal(frame.line, 51);
  // r2 is not the kernel's TOC: the module's.
  const r2 = BigInt((await registers(dc)).r2);
  assert.ok(r2 >= 0xc008000000000000n, `r2 ${r2.toString(16)}`);

  // Reverse continue with a breakpoint on A's bl B: back before the call, r2 the kernel's.
  await dc.setBreakpointsRequest({ source: { path: kernelS }, breakpoints: [{ line: 50 }] });
  let stopped = dc.waitForEvent('stopped');
  await dc.reverseContinueRequest({ threadId: 1 });
  assert.equal(((await stopped) as DebugProtocol.StoppedEvent).body.reason, 'breakpoint');
  assert.equal((await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0].line, 50);
  assert.ok(BigInt((await registers(dc)).r2) < 0xc008000000000000n);

  // Exceptions off: the run goes to its end and stops there, still inspectable.
  await dc.setBreakpointsRequest({ source: { path: kernelS }, breakpoints: [] });
  await dc.setExceptionBreakpointsRequest({ filters: [] });
  stopped = dc.waitForEvent('stopped');
  await dc.continueRequest({ threadId: 1 });
  assert.equal(((await stopped) as DebugProtocol.StoppedEvent).body.reason, 'end');
  const ended = dc.waitForEvent('terminated');
  await dc.continueRequest({ threadId: 1 });
  await ended;
});

test('conditions, hit counts, logpoints, instruction and data breakpoints, evaluate, memory and registers', async (t) => {
  const dc = await client(t);
  const output: string[] = [];
  dc.on('output', (e: DebugProtocol.OutputEvent) => output.push(e.body.output));
  await launchStopped(dc, join(examples, 'c-livepatch-stack/plain-call.scenario.json'), async () => {
    // A logpoint at the first line of livepatch_handler, a conditional breakpoint that never holds.
    await dc.setBreakpointsRequest({ source: { path: trampolineC }, breakpoints: [{ line: 40, logMessage: 'r2={r2} sp={r1}' }, { line: 41, condition: 'r2 == 0' }] });
  }, true);
  // A line with no code says so.
  const none = await dc.setBreakpointsRequest({ source: { path: trampolineC }, breakpoints: [{ line: 33 }] });
  assert.equal(none.body.breakpoints[0].verified, false);
  assert.match(none.body.breakpoints[0].message!, /no instruction/);
  await dc.setBreakpointsRequest({ source: { path: trampolineC }, breakpoints: [{ line: 40, logMessage: 'r2={r2}' }, { line: 41, condition: 'r2 == 0' }, { line: 46, hitCondition: '1' }] });

  const stopped = dc.waitForEvent('stopped');
  await dc.continueRequest({ threadId: 1 });
  await stopped;
  assert.equal((await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0].line, 46);
  assert.ok(output.some((o) => /^r2=0xc0000000000/.test(o)), output.join(''));

  // Evaluate: registers, symbols, arithmetic, operands, nonsense.
  const r11 = await dc.evaluateRequest({ expression: 'r11', context: 'watch' });
  const lpToc = await dc.evaluateRequest({ expression: '-24(r11)', context: 'watch' });
  assert.equal(BigInt(lpToc.body.result.split(' ')[0]), BigInt((await registers(dc)).r2), 'the TOC saved at -24(r11)');
  assert.match(lpToc.body.result, /\(at 0x/);
  const sum = await dc.evaluateRequest({ expression: '(A + 8) - A', context: 'watch' });
  assert.equal(sum.body.result.split(' ')[0], '0x0000000000000008');
  await assert.rejects(dc.evaluateRequest({ expression: 'r2 +* ) nonsense', context: 'watch' }), /unexpected|cannot read|no register/);

  // Data breakpoint on the livepatch stack slot where the marker goes (written at line 49).
  const info = await dc.dataBreakpointInfoRequest({ name: `${r11.body.result.split(' ')[0]} - 8`, asAddress: true, bytes: 8 } as DebugProtocol.DataBreakpointInfoArguments);
  assert.ok(info.body.dataId);
  await dc.setDataBreakpointsRequest({ breakpoints: [{ dataId: info.body.dataId! }] });
  let next = dc.waitForEvent('stopped');
  await dc.continueRequest({ threadId: 1 });
  assert.equal(((await next) as DebugProtocol.StoppedEvent).body.reason, 'data breakpoint');
  assert.equal((await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0].line, 50, 'stops after the std at line 49');
  await dc.setDataBreakpointsRequest({ breakpoints: [] });

  // Memory: read the marker back, write and read a word.
  const marker = await dc.customRequest('readMemory', { memoryReference: r11.body.result.split(' ')[0], offset: -8, count: 8 });
  assert.equal(Buffer.from(marker.body!.data!, 'base64').readBigUInt64LE(), 0x57ac6e9dn);
  await dc.customRequest('writeMemory', { memoryReference: r11.body.result.split(' ')[0], offset: -8, data: Buffer.alloc(8, 0x11).toString('base64') });
  const back = await dc.customRequest('readMemory', { memoryReference: r11.body.result.split(' ')[0], offset: -8, count: 8 });
  assert.equal(Buffer.from(back.body!.data!, 'base64').readBigUInt64LE(), 0x1111111111111111n);
  const unmapped = await dc.customRequest('readMemory', { memoryReference: '0x0000000000000010', count: 4 });
  assert.equal(unmapped.body!.unreadableBytes, 4);

  // setVariable on r3; the special registers' CR fields and XER bits.
  const set = await dc.setVariableRequest({ variablesReference: 1, name: 'r3', value: '0x1234 + 1' });
  assert.equal(set.body.value, '0x0000000000001235');
  const special = await registers(dc, 'Special registers');
  assert.ok('xer' in special && 'cr' in special && 'ctr' in special && 'lr' in special);
  const crRef = (await dc.variablesRequest({ variablesReference: 2 })).body.variables.find((v) => v.name === 'cr')!.variablesReference;
  const fields = (await dc.variablesRequest({ variablesReference: crRef })).body.variables;
  assert.deepEqual(fields.map((f) => f.name), ['cr0', 'cr1', 'cr2', 'cr3', 'cr4', 'cr5', 'cr6', 'cr7']);
  assert.ok(fields.every((f) => /^(-|(lt|gt|eq|so)( (gt|eq|so))*)$/.test(f.value)));

  // Instruction breakpoint at the bctrl; disassembly around it has source lines.
  const bctrl = (await dc.disassembleRequest({ memoryReference: await pc(dc), instructionCount: 8 })).body!.instructions.find((i) => i.instruction.startsWith('bctrl'))!;
  assert.equal(bctrl.line, 51);
  await dc.customRequest('setInstructionBreakpoints', { breakpoints: [{ instructionReference: bctrl.address }] });
  next = dc.waitForEvent('stopped');
  await dc.continueRequest({ threadId: 1 });
  await next;
  assert.equal(await pc(dc), bctrl.address);
});

test('stepping by line over and into calls, out of them, and restart', async (t) => {
  const dc = await client(t);
  await launchStopped(dc, join(examples, 'c-livepatch-stack/plain-call.scenario.json'),
    () => dc.setBreakpointsRequest({ source: { path: kernelS }, breakpoints: [{ line: 50 }] }));
  const line = async () => (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0];
  assert.equal((await line()).line, 50);
  // Over the call: the whole live-patched call runs, then the next line of A.
  let stopped = dc.waitForEvent('stopped');
  await dc.nextRequest({ threadId: 1 });
  await stopped;
  assert.equal((await line()).line, 51);
  assert.equal((await line()).source?.path, kernelS);
  // Back by line: to the bl again.
  stopped = dc.waitForEvent('stopped');
  await dc.stepBackRequest({ threadId: 1 });
  await stopped;
  assert.equal((await line()).line, 50);
  // Into B (its local entry), then out again to A.
  stopped = dc.waitForEvent('stopped');
  await dc.stepInRequest({ threadId: 1 });
  await stopped;
  assert.match((await line()).name, /^B\+/);
  stopped = dc.waitForEvent('stopped');
  await dc.stepOutRequest({ threadId: 1 });
  await stopped;
  assert.equal((await line()).line, 51);
  // Restart: at the breakpoint again.
  stopped = dc.waitForEvent('stopped');
  await dc.customRequest('restart', { arguments: { program: join(examples, 'c-livepatch-stack/plain-call.scenario.json') } });
  await stopped;
  assert.equal((await line()).line, 50);
});

test('bad input: a file with none of the harness\'s symbols, a scenario that faults, and the session stays usable', async (t) => {
  const dc = await client(t);
  const dir = scratchDir();
  const plain = writeScratch(dir, 'other.S', '\t.text\n\t.globl f\nf:\tblr\n');
  await dc.initializeRequest();
  await assert.rejects(dc.launch({ program: plain }), /defines none of the symbols the live-patch harness runs \(A, B, ftrace_caller, livepatch_handler, P\)/);
  // The same adapter then runs a scenario that faults, stopping at the fault with its message.
  const stop = await launchStopped(dc, join(examples, 'd-return-helper/odd-toc-sibling-call.scenario.json'));
  assert.equal(stop.body.reason, 'exception');
  assert.match(stop.body.text!, /left-mapped-code/);
  const stopped = dc.waitForEvent('stopped');
  await dc.stepBackRequest({ threadId: 1, granularity: 'instruction' });
  await stopped;
  assert.ok((await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames.length > 0);
});

test('the active .S runs in the harness: a trampoline file of one\'s own replaces ftrace_caller and livepatch_handler', async (t) => {
  const dc = await client(t);
  const output: string[] = [];
  dc.on('output', (e: DebugProtocol.OutputEvent) => output.push(e.body.output));
  const stop = await launchStopped(dc, trampolineC, () => dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'livepatch_handler' }] }));
  assert.equal(stop.body.reason, 'breakpoint');
  assert.ok(output.some((o) => /runs in the live-patch harness.*supplying ftrace_caller, livepatch_handler/.test(o)), output.join(''));
  assert.equal((await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0].source?.path, trampolineC);
});

test('the stack comes from the back chain and LR; a call the back chain lost shows as the runtime checks saw it', async (t) => {
  const dc = await client(t);
  await launchStopped(dc, join(examples, 'c-livepatch-stack/plain-call.scenario.json'),
    () => dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'P' }] }));
  const frames = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
  const names = frames.map((f) => f.name);
  // P was entered by livepatch_handler's bctrl (LR); livepatch_handler runs on A's frame, whose
  // LR save slot ftrace_caller filled with the return address into A.
  assert.equal(names[0], 'P');
  assert.match(names[1], /^livepatch_handler\+0x2c$/);
  assert.equal(frames[1].line, 51, 'the bctrl\'s line');
  // B called ftrace_caller from its profiling call and never got control back: not on the back chain.
  assert.match(names[2], /^B\+0xc: call to ftrace_caller not on the back chain/);
  assert.equal(frames[2].presentationHint, 'subtle');
  assert.match(names[3], /^A\+0x14 \(call diverted to P\) \(unreliable/);
  assert.equal(frames[3].source?.path, kernelS);
  assert.equal(frames[3].line, 50);
  assert.match(names[4], /^livepatch stack: return to A\+0x18 with r2 0xc0000000/);
  assert.equal(frames.length, 5, names.join(' | '));
  assert.ok(frames.every((f) => /^0x[0-9a-f]{16}$/.test(f.instructionPointerReference!)));
});

test('the TOC save slot of a frame: 24(r1) evaluated, a data breakpoint on it by operand and by address, stops after the std that fills it', async (t) => {
  const dc = await client(t);
  const trampolineB = resolve(examples, 'b-stack-frame/ftrace_caller.S');
  // Line 25 of example (b): std r2, STK_GOT(r1), A's TOC into the frame ftrace_caller just made.
  await launchStopped(dc, join(examples, 'b-stack-frame/plain-call.scenario.json'),
    () => dc.setBreakpointsRequest({ source: { path: trampolineB }, breakpoints: [{ line: 25 }] }));
  assert.equal((await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0].line, 25);
  const r1 = BigInt((await registers(dc)).r1);
  const r2 = (await registers(dc)).r2;
  const slot = await dc.evaluateRequest({ expression: '24(r1)', context: 'watch' });
  assert.match(slot.body.result, new RegExp(`\\(at 0x${(r1 + 24n).toString(16).padStart(16, '0')}\\)`), 'the operand names its address');
  assert.equal((await dc.evaluateRequest({ expression: 'r1 + 24', context: 'watch' })).body.result.split(' ')[0], `0x${(r1 + 24n).toString(16).padStart(16, '0')}`);
  // By operand, and by address as VS Code's "Add data breakpoint at address" sends it.
  const byOperand = await dc.dataBreakpointInfoRequest({ name: '24(r1)' });
  const byAddress = await dc.dataBreakpointInfoRequest({ name: 'r1 + 24', asAddress: true, bytes: 8 } as DebugProtocol.DataBreakpointInfoArguments);
  assert.equal(byOperand.body.dataId, byAddress.body.dataId);
  assert.equal(byAddress.body.description, `8 bytes at 0x${(r1 + 24n).toString(16).padStart(16, '0')}`);
  const refused = await dc.dataBreakpointInfoRequest({ name: 'no_such_symbol + 8', asAddress: true } as DebugProtocol.DataBreakpointInfoArguments);
  assert.equal(refused.body.dataId, null);
  assert.match(refused.body.description, /names no memory/);
  const set = await dc.setDataBreakpointsRequest({ breakpoints: [{ dataId: byAddress.body.dataId! }] });
  assert.equal(set.body.breakpoints[0].verified, true);
  await dc.setBreakpointsRequest({ source: { path: trampolineB }, breakpoints: [] });
  const stopped = dc.waitForEvent('stopped');
  await dc.continueRequest({ threadId: 1 });
  const stop = (await stopped) as DebugProtocol.StoppedEvent;
  assert.equal(stop.body.reason, 'data breakpoint');
  assert.match(stop.body.text!, new RegExp(`store to 0x${(r1 + 24n).toString(16).padStart(16, '0')} \\(8 bytes\\)`));
  assert.equal((await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0].line, 26, 'stopped after the std at line 25');
  assert.equal((await dc.evaluateRequest({ expression: '24(r1)', context: 'watch' })).body.result.split(' ')[0], r2, 'the slot holds A\'s TOC');
});

test('an edit makes the session stale; restart rebuilds it and the breakpoint the editor moved with the edit holds', async (t) => {
  const dc = await client(t);
  const output: string[] = [];
  dc.on('output', (e: DebugProtocol.OutputEvent) => output.push(e.body.output));
  const dir = scratchDir();
  cpSync(examples, join(dir, 'livepatch'), { recursive: true });
  const scenario = join(dir, 'livepatch/c-livepatch-stack/plain-call.scenario.json');
  const trampoline = join(dir, 'livepatch/c-livepatch-stack/ftrace_caller.S');
  await launchStopped(dc, scenario, () => dc.setBreakpointsRequest({ source: { path: trampoline }, breakpoints: [{ line: 51 }] }), false, dir);
  assert.equal((await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0].line, 51);
  // Two lines above the bctrl: it is line 53 now, as the editor's breakpoint is.
  const lines = readFileSync(trampoline, 'utf8').split('\n');
  lines.splice(30, 0, '/* two lines', ' * more */');
  writeFileSync(trampoline, lines.join('\n'));
  // Inputs are looked at once a second.
  await new Promise((r) => setTimeout(r, 1100));
  let stopped = dc.waitForEvent('stopped');
  await dc.nextRequest({ threadId: 1, granularity: 'instruction' });
  await stopped;
  assert.ok(output.some((o) => /ftrace_caller\.S changed since the program was built: restart to rebuild it/.test(o)), output.join(''));
  const moved = await dc.setBreakpointsRequest({ source: { path: trampoline }, breakpoints: [{ line: 53 }] });
  assert.equal(moved.body.breakpoints[0].verified, true, 'the old program has code at line 53 too');
  stopped = dc.waitForEvent('stopped');
  await dc.customRequest('restart', { arguments: { program: scenario, root: dir } });
  assert.equal(((await stopped) as DebugProtocol.StoppedEvent).body.reason, 'breakpoint');
  const frame = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0];
  assert.equal(frame.line, 53);
  const dis = await dc.disassembleRequest({ memoryReference: frame.instructionPointerReference!, instructionCount: 1 });
  assert.match(dis.body!.instructions[0].instruction, /^bctrl/, 'the rebuilt program stops at the bctrl');
  // Rebuilt: a stop a second later says nothing about the file.
  const said = output.filter((o) => /changed since/.test(o)).length;
  await new Promise((r) => setTimeout(r, 1100));
  stopped = dc.waitForEvent('stopped');
  await dc.nextRequest({ threadId: 1, granularity: 'instruction' });
  await stopped;
  assert.equal(output.filter((o) => /changed since/.test(o)).length, said, output.join(''));
});
