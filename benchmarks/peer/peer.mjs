// Times the peer, Microsoft Recognizers-Text (npm @microsoft/recognizers-text-suite), on a text file with one text
// per line: its English number model and datetime model, each built once and reused, single-threaded.
// Usage: node peer.mjs TEXT_FILE [MAX_BYTES]
// Prints: "peer numbers: X MB/s", "peer dates: Y MB/s", "peer numbers+dates: Z MB/s" (MB = 10^6 bytes of UTF-8 text).
import { readFileSync } from 'node:fs';
import suite from '@microsoft/recognizers-text-suite';
import numberPackage from '@microsoft/recognizers-text-number';
import dateTimePackage from '@microsoft/recognizers-text-date-time';

// The suite re-exports the recognize* functions only; the model classes come from its own dependencies.
const { Culture } = suite;
const { NumberRecognizer } = numberPackage;
const { DateTimeRecognizer } = dateTimePackage;

const [file, maxBytesArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node peer.mjs TEXT_FILE [MAX_BYTES]');
  process.exit(2);
}

const maxBytes = Number(maxBytesArg ?? 200000);
const texts = [];
let bytes = 0;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.length === 0) continue;
  const size = Buffer.byteLength(line, 'utf8');
  if (bytes + size > maxBytes && texts.length > 0) break;
  texts.push(line);
  bytes += size;
}

const numberModel = new NumberRecognizer(Culture.English).getNumberModel();
const dateModel = new DateTimeRecognizer(Culture.English).getDateTimeModel();
const reference = new Date(Date.UTC(2024, 2, 14));

function time(name, parse) {
  parse(texts[0]); // warm-up: the first call compiles the models' regular expressions
  let mentions = 0;
  const start = process.hrtime.bigint();
  for (const text of texts) mentions += parse(text).length;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`peer ${name}: ${(bytes / 1e6 / seconds).toFixed(3)} MB/s (${seconds.toFixed(1)} s, ${mentions} mentions)`);
  return seconds;
}

console.log(`peer text: ${texts.length} texts, ${(bytes / 1e6).toFixed(3)} MB UTF-8, single thread, node ${process.version}`);
const numbers = time('numbers', text => numberModel.parse(text));
const dates = time('dates', text => dateModel.parse(text, reference));
console.log(`peer numbers+dates: ${(bytes / 1e6 / (numbers + dates)).toFixed(3)} MB/s`);
