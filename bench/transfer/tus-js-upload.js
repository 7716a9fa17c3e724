// Uploads one file with tus-js-client under Node, the way its documentation shows for Node
// (a file stream, no chunking), for the side-by-side benchmark.
//   node tus-js-upload.js ENDPOINT FILE
'use strict';
const fs = require('fs');
const tus = require('tus-js-client');

const [endpoint, path] = process.argv.slice(2);
const size = fs.statSync(path).size;
const upload = new tus.Upload(fs.createReadStream(path), {
    endpoint,
    uploadSize: size,
    metadata: { name: require('path').basename(path) },
    retryDelays: [0, 1000],
    onError: (e) => { process.stderr.write(`tus-js-client: ${e}\n`); process.exit(1); },
    onSuccess: () => process.exit(0),
});
upload.start();
