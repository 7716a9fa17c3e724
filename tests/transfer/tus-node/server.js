// A third-party tus 1.0 server for the transfer tests: @tus/server with its file store.
//   node server.js --dir DIR [--port N] [--expire-ms MS]
// Listens on 127.0.0.1 only; prints "listening PORT" once ready, so a test can start it
// on an ephemeral port (0) and restart it on the same port with the same directory.
'use strict';
const http = require('http');
const { Server } = require('@tus/server');
const { FileStore } = require('@tus/file-store');

function option(name, fallback) {
    const i = process.argv.indexOf(name);
    return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const dir = option('--dir');
if (!dir) {
    process.stderr.write('usage: node server.js --dir DIR [--port N] [--expire-ms MS]\n');
    process.exit(2);
}
const port = Number.parseInt(option('--port', '0'), 10);
const expireMs = Number.parseInt(option('--expire-ms', '0'), 10);

const storeOptions = { directory: dir };
if (expireMs > 0) storeOptions.expirationPeriodInMilliseconds = expireMs;
const tus = new Server({ path: '/files', datastore: new FileStore(storeOptions) });

const server = http.createServer((req, res) => tus.handle(req, res));
server.listen(port, '127.0.0.1', () => {
    process.stdout.write(`listening ${server.address().port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
