'use strict';
// The audit writer's worker entry (plain JavaScript, so Node can start it without a loader). Under tsx (how the
// gateway runs) the worker inherits tsx's loader through process.execArgv; elsewhere (jest, plain node) it
// registers tsx's require hook, which compiles TypeScript and resolves tsconfig paths (@lib/*).
if (!require.extensions['.ts']) require('tsx/cjs/api').register();
require('./auditWriterWorker.ts');
