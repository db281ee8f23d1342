// A scenario file: JSON checked against the schema that the extension also contributes to
// VS Code (schemas/scenario.schema.json), so the editor and `tocsin run` agree on what is valid.
// Errors name the file and the JSON path of the first offending value.
import Ajv from 'ajv';
import schema from '../../../../schemas/scenario.schema.json';

export type Role = 'kernel' | 'module' | 'object';

export interface ScenarioInput {
  file: string;
  role: Role;
  name?: string;
  address?: string;
  defines?: Record<string, string>;
  includePaths?: string[];
}

export interface ScenarioStore {
  address: string;
  value: string;
  size?: 1 | 2 | 4 | 8;
}

export interface ScenarioStandIn {
  symbol: string;
  behaviour?: 'livepatch-ftrace-handler';
  set?: Record<string, string>;
  stores?: ScenarioStore[];
}

export interface ExpectedFinding {
  kind: string;
  file?: string;
  line?: number;
  message?: string;
}

export interface Scenario {
  name?: string;
  description?: string;
  inputs: ScenarioInput[];
  kernel?: {
    paca?: string;
    stack?: { address: string; size: string };
    threadInfo?: string;
    livepatchSp?: string;
    offsets?: Record<string, number>;
  };
  memory?: { name: string; address: string; size: string; perms?: string }[];
  standIns?: ScenarioStandIn[];
  livepatch?: { old: string; new: string }[];
  ftrace?: { caller?: string; functions?: string[] };
  call: { function: string; args?: string[] };
  registers?: Record<string, string>;
  maxSteps?: number;
  stopAt?: string[];
  privileged?: 'model' | 'stop';
  expect?: {
    status?: string;
    findings?: ExpectedFinding[];
    registers?: Record<string, string>;
  };
}

/** A scenario that cannot be run as written; the message is one line naming the file. */
export class ScenarioError extends Error {}

const validate = new Ajv({ allErrors: false, strict: false }).compile(schema);

/**
 * Offset of the first JSON syntax error: JSON.parse does not always say where (Node 20 often
 * quotes the text instead), and a user wants the line.
 */
function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => (text.startsWith(word, i) ? (i += word.length) : fail());
  const string = () => {
    if (text[i] !== '"') fail();
    for (i++; i < text.length && text[i] !== '"'; i++) {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail();
    }
    if (i >= text.length) fail();
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          ws();
          string();
          ws();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    if (c === 't') return void literal('true');
    if (c === 'f') return void literal('false');
    if (c === 'n') return void literal('null');
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail();
    i += m![0].length;
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch (at) {
    return at as number;
  }
  return i;
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

export function parseScenario(text: string, file: string): Scenario {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const reason = (e as Error).message.split(/,? "|\n| in JSON/)[0];
    throw new ScenarioError(`${file}:${lineColumn(text, jsonErrorOffset(text))}: not valid JSON: ${reason}`);
  }
  if (!validate(json)) {
    const err = validate.errors![0];
    const where = err.instancePath || '(top level)';
    const allowed = err.params && 'allowedValues' in err.params ? ` (${(err.params.allowedValues as unknown[]).join(', ')})` : '';
    const extra = err.params && 'additionalProperty' in err.params ? ` '${err.params.additionalProperty}'` : '';
    throw new ScenarioError(`${file}: ${where}: ${err.message}${extra}${allowed}`);
  }
  return json as unknown as Scenario;
}
