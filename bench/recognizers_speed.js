// Times Microsoft Recognizers-Text (JavaScript release) on the lines of a file with
// the Chinese models that cover what ducha extract reads: numbers, percentages,
// dimensions (quantities) and dates. MODELS=number,percent limits the set.
// Usage: node recognizers_speed.js FILE  → one JSON line {bytes, seconds, bytes_per_second}
const Num = require('@microsoft/recognizers-text-number');
const Unit = require('@microsoft/recognizers-text-number-with-unit');
const DT = require('@microsoft/recognizers-text-date-time');
const models = (process.env.MODELS || 'number,percent,dimension,datetime').split(',');
const fs = require('fs');
const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(l => l.length);
const bytes = lines.reduce((a, l) => a + Buffer.byteLength(l) + 1, 0);
const culture = Num.Culture.Chinese;
const run = (l) => {
  if (models.includes('number')) Num.recognizeNumber(l, culture);
  if (models.includes('percent')) Num.recognizePercentage(l, culture);
  if (models.includes('dimension')) Unit.recognizeDimension(l, culture);
  if (models.includes('datetime')) DT.recognizeDateTime(l, culture);
};
for (const l of lines.slice(0, 50)) run(l);  // warm up
const t0 = process.hrtime.bigint();
for (const l of lines) run(l);
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(JSON.stringify({bytes, seconds, bytes_per_second: bytes / seconds}));
