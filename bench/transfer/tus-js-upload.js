// Uploads one file with tus-js-client under Node, the way its documentation shows for Node
// (a file stream, no chunking), for the side-by-side benchmark.
//   node tus-js-upload.js ENDPOINT FILE [KEY=VALUE...]
// Each KEY=VALUE goes into Upload-Metadata; APD_TOKEN, when set, is sent as a bearer token.
'use strict';
const fs = require('fs');
const tus = require('tus-js-client');

const [endpoint, path, ...pairs] = process.argv.slice(2);
const size = fs.statSync(path).size;
const metadata = { name: require('path').basename(path) };
for (const pair of pairs) {
    const at = pair.indexOf('=');
    metadata[pair.slice(0, at)] = pair.slice(at + 1);
}
const headers = process.env.APD_TOKEN ? { Authorization: `Bearer ${process.env.APD_TOKEN}` } : {};
const upload = new tus.Upload(fs.createReadStream(path), {
    endpoint,
    uploadSize: size,
    metadata,
    headers,
    retryDelays: [0, 1000],
    onError: (e) => { process.stderr.write(`tus-js-client: ${e}\n`); process.exit(1); },
    onSuccess: () => process.exit(0),
});
upload.start();
