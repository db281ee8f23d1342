// The analysis host's own logic: text changes applied and collapsed, positions moved through
// edits (both ways), and snapshots that only the latest version gets, with answers in
// between from the older snapshot moved through the edits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AnalysisHost, InvalidChange } from '../../server/src/host/analysisHost';
import { applyChanges, collapseChanges, mapBack, mapForward, TextBuffer } from '../../server/src/host/edits';

const at = (line: number, column: number) => ({ line, column });

test('changes apply in order; several collapse into one with the same result', () => {
  const text = 'a\nbb\nccc\ndddd\n';
  const changes = [
    { range: { start: at(1, 0), end: at(1, 2) }, text: 'BB' },
    { range: { start: at(3, 4), end: at(3, 4) }, text: '!\nnew' },
  ];
  const { text: after, moves } = applyChanges(text, changes);
  assert.equal(after, 'a\nBB\nccc\ndddd!\nnew\n');
  const [one] = collapseChanges(text, changes);
  assert.equal(applyChanges(text, [one]).text, after);
  assert.deepEqual(one.range, { start: at(1, 0), end: at(3, 4) });
  // A position after both edits moves down a line; one inside replaced text has no place.
  assert.deepEqual(mapForward(at(4, 0), moves), at(5, 0));
  assert.equal(mapForward(at(1, 1), moves), undefined);
  assert.deepEqual(mapBack(at(5, 0), moves), at(4, 0));
  assert.equal(mapBack(at(4, 2), moves), undefined, 'typed since');
  assert.deepEqual(mapForward(at(2, 1), moves), at(2, 1));
});

test('the host analyses only the latest version; requests in between use the older snapshot, moved', async () => {
  const host = new AnalysisHost({ debounceMs: 50 });
  host.setSettings({ includePaths: [], defines: {} });
  const snapshots: number[] = [];
  host.onSnapshot((s) => snapshots.push(s.version));
  const uri = 'file:///tmp/tocsin-host/a.S';
  host.open(uri, 'ppc64-asm', 1, '\t.abiversion 2\nf:\n\tmflr r0\n\tbl g\n\tblr\n');
  await host.analysed(uri, 1);
  for (let v = 2; v <= 11; v++) host.change(uri, v, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
  const view = (await host.view(uri))!;
  assert.equal(view.snapshot.version, 1);
  // `bl g` was line 3 of version 1 and is line 13 now.
  assert.deepEqual(view.toSnapshot(at(13, 2)), at(3, 2));
  assert.deepEqual(view.toCurrent({ start: at(3, 1), end: at(3, 3) }), { start: at(13, 1), end: at(13, 3) });
  const latest = await host.analysed(uri, 11);
  assert.equal(latest!.version, 11);
  assert.deepEqual(snapshots, [1, 11], 'versions 2..10 were never analysed');
  assert.throws(() => host.change(uri, 12, [{ range: null, text: 'x' }]), InvalidChange);
  assert.equal((await host.view(uri))!.snapshot.version, 11, 'the refused change left the document as it was');
  host.dispose();
});

test('an analysis publishes its findings before its snapshot is built; an edit in between drops the snapshot', async () => {
  const host = new AnalysisHost({ debounceMs: 0 });
  host.setSettings({ includePaths: [], defines: {} });
  const uri = 'file:///tmp/tocsin-host/early.S';
  const seen: [number, number | undefined][] = [];
  host.onDiagnostics((d) => {
    if (d.findings.some((f) => f.code === 'call-lacks-nop')) void host.view(uri).then((v) => seen.push([d.version, v?.snapshot.version]));
  });
  const snapshots: number[] = [];
  host.onSnapshot((s) => snapshots.push(s.version));
  host.open(uri, 'ppc64-asm', 1, '\t.abiversion 2\n\t.globl f\n\t.type f,@function\nf:\n\tbl g\n\tblr\n');
  await host.analysed(uri, 1);
  // The findings of version 2 came while version 1's snapshot was the latest.
  host.onDiagnostics((d) => {
    if (d.version === 2 && d.findings.length) host.change(uri, 3, [{ range: { start: { line: 5, character: 4 }, end: { line: 5, character: 4 } }, text: ' ' }]);
  });
  host.change(uri, 2, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '\n' }]);
  await host.analysed(uri, 3);
  assert.deepEqual(seen.slice(0, 2), [[1, 1], [2, 1]]);
  assert.deepEqual(snapshots, [1, 3], 'version 2 was superseded between its findings and its index');
  host.dispose();
});

test('the line buffer gives the same text and moves as the string edits, positions past the end clamped', () => {
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  let text = 'one\ntwo\nthree\n\nfive';
  const buffer = new TextBuffer(text);
  for (let i = 0; i < 500; i++) {
    const p = () => ({ line: random(8), column: random(7) });
    const [a, b] = [p(), p()];
    const [start, end] = a.line < b.line || (a.line === b.line && a.column <= b.column) ? [a, b] : [b, a];
    const change = { range: { start, end }, text: ['', 'x', '\n', 'ab\ncd', '\n\n'][random(5)] };
    const expected = applyChanges(text, [change]);
    assert.deepEqual(buffer.apply([change]), expected.moves, `edit ${i}`);
    text = expected.text;
    assert.equal(buffer.text, text, `edit ${i}`);
  }
});

test('a listing with a readelf symbol table (entry 0 has no name) is analysed (was: an endless search for the empty name)', async () => {
  const host = new AnalysisHost({ debounceMs: 0 });
  host.setSettings({ includePaths: [], defines: {} });
  const uri = 'file:///tmp/tocsin-host/table.dis';
  host.open(uri, 'ppc64-objdump', 1, [
    '', 'x.o:     file format elf64-powerpcle', '', '', 'Disassembly of section .text:', '', '0000000000000000 <f>:',
    '   0:\t20 00 80 4e \tblr', '', "Symbol table '.symtab' contains 2 entries:",
    '   Num:    Value          Size Type    Bind   Vis      Ndx Name',
    '     0: 0000000000000000     0 NOTYPE  LOCAL  DEFAULT  UND ',
    '     1: 0000000000000000     4 FUNC    GLOBAL DEFAULT    1 f', '',
  ].join('\n'));
  const snapshot = await host.analysed(uri, 1);
  assert.equal(snapshot?.version, 1);
  assert.ok(snapshot.definitions.some((d) => d.name === 'f' && d.kind === 'function'));
  host.dispose();
});
