// The extension's debug adapter process: wiring only.
import { serveDebugAdapter } from './debug/adapter';

serveDebugAdapter();
