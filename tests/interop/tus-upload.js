// Uploads one file to the portal with tus-js-client, aborting once in the middle and
// resuming on the same upload URL. Prints one JSON line: {"url", "aborted", "resumedFrom"}.
// Usage: node tus-upload.js ENDPOINT TOKEN PROJECT NAME FILE SHA256
'use strict';
const fs = require('fs');
const tus = require('tus-js-client');

const [endpoint, token, project, name, file, sha256] = process.argv.slice(2);
const data = fs.readFileSync(file);
const chunkSize = 64 * 1024;
let aborted = false;
let resumedFrom = -1;

function fail(message) {
    console.error(message);
    process.exit(1);
}

const upload = new tus.Upload(data, {
    endpoint,
    chunkSize,
    retryDelays: [0, 200, 500],
    headers: { Authorization: `Bearer ${token}` },
    metadata: { project, name, sha256 },
    onProgress(sent, total) {
        if (!aborted && sent >= total / 2) {
            aborted = true;
            upload.abort().then(() => {
                // Resume: start() on the same object asks the server for its offset (HEAD).
                const probe = new tus.Upload(data, {
                    endpoint,
                    uploadUrl: upload.url,
                    chunkSize,
                    headers: { Authorization: `Bearer ${token}` },
                    metadata: { project, name, sha256 },
                    onError: (e) => fail(`resume failed: ${e}`),
                    onProgress(s) {
                        if (resumedFrom < 0)
                            resumedFrom = s;
                    },
                    onSuccess() {
                        console.log(JSON.stringify({ url: probe.url, aborted, resumedFrom }));
                    },
                });
                probe.start();
            }, (e) => fail(`abort failed: ${e}`));
        }
    },
    onError: (e) => fail(`upload failed: ${e}`),
    onSuccess() {
        if (!aborted)
            fail('the upload finished before it could be aborted');
    },
});
upload.start();
