// Stops `npm start` and `npm test` early, with the fix, when the Node running them is older than .nvmrc's
// (native modules built for another Node would crash later with a less helpful message).
const fs = require('node:fs');
const path = require('node:path');

const wanted = Number(fs.readFileSync(path.join(__dirname, '..', '.nvmrc'), 'utf8').trim().replace(/^v/, '').split('.')[0]);
const running = Number(process.versions.node.split('.')[0]);
if (running < wanted) {
  console.error(`casa-bot needs Node.js ${wanted}; this is ${process.version}. Run \`. tools/node-lts.sh\` in this shell first (README, Quickstart).`);
  process.exit(1);
}
