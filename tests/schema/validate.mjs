// The published JSON Schema (static/report.schema.json) against the widget, with a real validator:
// ajv 8, draft 2020-12, every error, strict mode, ajv-formats. For every hostile report
// (tests/hostile/NN-*.json), every example report and template (static/reports/, the chart
// fixtures) and a set of variants of the full template that break one rule each (written to a
// temporary directory), the widget's verdict (examples/verdicts.rs, run with cargo) and the
// schema's must agree: what the widget shows, the schema accepts; what it refuses, the schema
// refuses, except the cases below that only a rule across fields refuses (JSON Schema compares a
// value with constants, never with another value of the document).
//
//   node tests/schema/validate.mjs        (from anywhere; cargo must be on PATH)
//
// Ends with "schema: N passed, M failed" (one per case), which .ci/test counts; exit 1 on a failure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// Refused by the widget, accepted by the schema: each only for rules across fields, which the
// README lists in words. The test fails when one of these is refused by the schema too (the list
// is then out of date) or when the widget refuses it for anything else.
const ACROSS_FIELDS = new Map([
  ['tests/hostile/32-share-disagrees.json', 'a share that disagrees with value and plan'],
  ['tests/hostile/35-duplicate-id.json', 'two sections with one id'],
  ['tests/hostile/36-dangling-ref.json', 'a section listing an indicator that does not exist'],
  ['tests/hostile/54-published-before.json', 'published before the session'],
  ['variant: two indicators with one id', 'ids unique'],
  ['variant: a photo after a section that does not exist', 'a photo\'s section exists'],
  ['variant: an indicator no section shows', 'every indicator shown'],
  ['variant: a reference share that disagrees with the two values', 'a share agrees with its figures'],
  ['variant: a part larger than its whole', 'value not above total'],
]);
// The widget's problem kinds (core::problem::ProblemKind) that relate two values of a report.
const ACROSS_KINDS = new Set([
  'DuplicateId', 'UnknownIndicator', 'UnknownSection', 'IndicatorNotShown', 'PublishedBeforeEvent',
  'ShareDisagrees', 'PartExceedsWhole',
]);

// Variants of the full template (every field used once), each breaking one rule, or bending one
// without breaking it (the schema must not refuse more than the widget).
const full = JSON.parse(readFileSync(join(root, 'static/reports/template-full.json'), 'utf8'));
const ind = (r, id) => r.indicators.find((i) => i.id === id);
const long = (n) => 'ư'.repeat(n);
const VARIANTS = {
  // Accepted by the widget.
  'variant: null for every optional field left out': (r) => { r.meta.lede = null; r.meta.photos[0].src = null; r.participants[0].group = null; ind(r, 'indicator-1').qualifier = null; },
  'variant: a text in English only, its Vietnamese blank': (r) => { r.meta.title = { vi: ' \t\u3000', en: 'Title' }; },
  'variant: a text of 100,000 characters': (r) => { r.meta.title.vi = long(100000); },
  'variant: an address in capitals, a path, a query and an anchor': (r) => { r.meta.source.url = 'HTTPS://EXAMPLE.ORG/A'; r.meta.photos.push({ caption: { vi: 'a' }, src: '/a:b.jpg' }, { caption: { vi: 'b' }, src: '?x=1' }, { caption: { vi: 'c' }, src: '#top' }, { caption: { vi: 'd' }, src: 'http://xy' }); },
  'variant: an indicator with only a target': (r) => { delete ind(r, 'indicator-4').value; },
  'variant: decimals 0 and 6': (r) => { ind(r, 'indicator-2').decimals = 6; ind(r, 'indicator-5').decimals = 0; },
  'variant: 29 February of a leap year': (r) => { r.meta.event_date = '2000-02-29'; r.meta.published = '2024-02-29'; },
  'variant: a zero count and share, a negative change': (r) => { ind(r, 'indicator-3').counts[0].value = 0; ind(r, 'indicator-2').references[0] = { kind: 'target', share: 0 }; ind(r, 'indicator-1').changes = [{ value: -1e308, measure: 'absolute', against: { en: 'x' } }]; },
  // Refused by the widget, and by the schema.
  'variant: no sections': (r) => { r.sections = []; },
  'variant: a text blank in both languages': (r) => { r.sections[0].title = { vi: ' ', en: '\u2028\u00a0' }; },
  'variant: a text with null Vietnamese and no English': (r) => { r.meta.place = { vi: null }; },
  'variant: an empty text object': (r) => { ind(r, 'indicator-2').changes[0].against = {}; },
  'variant: a text of 100,001 characters': (r) => { r.meta.title.en = long(100001); },
  'variant: a quote of 100,001 characters': (r) => { ind(r, 'indicator-2').quote = long(100001); },
  'variant: a blank name': (r) => { r.participants[0].person = ' \u3000'; },
  'variant: a blank author': (r) => { r.meta.author = ''; },
  'variant: a section id in capitals': (r) => { r.sections[0].id = 'Section-1'; },
  'variant: an indicator id of 65 characters': (r) => { ind(r, 'indicator-1').id = 'a'.repeat(65); },
  'variant: an id that starts with a hyphen': (r) => { r.sections[0].id = '-section'; },
  'variant: a photo address with a space': (r) => { r.meta.photos[0].src = 'photos/anh 1.jpg'; },
  'variant: a data: photo': (r) => { r.meta.photos[0].src = 'data:image/png;base64,AAAA'; },
  'variant: a source link that is a path': (r) => { r.meta.source.url = 'bai-bao.html'; },
  'variant: a source link too short to be one': (r) => { r.meta.source.url = 'http://x'; },
  'variant: an ftp source link': (r) => { r.meta.source.url = 'ftp://example.org/a'; },
  'variant: a participant with null person and group': (r) => { r.participants[1] = { person: null, group: null, side: 'host' }; },
  'variant: an indicator with no value, counts or target': (r) => { ind(r, 'indicator-3').counts = []; },
  'variant: a qualifier without a value': (r) => { ind(r, 'indicator-3').qualifier = 'about'; },
  'variant: decimals without a value': (r) => { ind(r, 'indicator-3').decimals = 0; },
  'variant: a total without a value': (r) => { ind(r, 'indicator-3').total = 5; },
  'variant: decimals 7': (r) => { ind(r, 'indicator-2').decimals = 7; },
  'variant: a unit and a currency': (r) => { ind(r, 'indicator-2').unit = { vi: 'đồng' }; },
  'variant: a percentage with a unit': (r) => { ind(r, 'indicator-1').percent = true; },
  'variant: a percentage with a currency': (r) => { ind(r, 'indicator-2').percent = true; },
  'variant: a reference with neither value nor share': (r) => { ind(r, 'indicator-2').references[0] = { kind: 'plan' }; },
  'variant: a reference to a figure of 0': (r) => { ind(r, 'indicator-2').references[0].value = 0; },
  'variant: a negative reference share': (r) => { ind(r, 'indicator-2').references[0].share = -1; },
  'variant: a whole of 0': (r) => { ind(r, 'indicator-5').total = 0; },
  'variant: a negative plan': (r) => { ind(r, 'indicator-1').plan = -100; },
  'variant: a currency of four letters': (r) => { ind(r, 'indicator-2').currency = 'VNDD'; },
  'variant: 29 February of a year that has none': (r) => { r.meta.published = '2100-02-29'; },
  'variant: the year 0': (r) => { r.meta.event_date = '0000-01-01'; r.meta.published = '0000-01-02'; },
  'variant: a change measured in an unknown way': (r) => { ind(r, 'indicator-2').changes[0].measure = 'ratio'; },
  'variant: format 1 as a string': (r) => { r.format = '1'; },
  // Refused by the widget only, for a rule across fields.
  'variant: two indicators with one id': (r) => { ind(r, 'indicator-5').id = 'indicator-4'; },
  'variant: a photo after a section that does not exist': (r) => { r.meta.photos[0].section = 'nowhere'; },
  'variant: an indicator no section shows': (r) => { for (const s of r.sections) s.indicators = (s.indicators ?? []).filter((i) => i !== 'indicator-5'); },
  'variant: a reference share that disagrees with the two values': (r) => { ind(r, 'indicator-2').references[0].share = 50; },
  'variant: a part larger than its whole': (r) => { ind(r, 'indicator-5').value = 16; },
};

// Addresses and texts at the edges of the widget's rules (validate.rs: is_web_url,
// is_relative_path, Text::is_blank), each as the source link, a photo's address, or a title: the
// schema's patterns must draw the line where the widget does.
const ADDRESSES = [
  'https://a', 'http://ab', 'http://a', 'http://\u00e9', 'HtTpS://x.example/a?b#c', 'https://', 'https:/x', 'https:x',
  ' https://x.example', 'https://x.example ', 'https://x\u00a0y', 'https://x\u0085y', 'https://x\u3000y', 'https://x\u007fy',
  'https://x\u200by', 'https://x\ufeffy', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:image/png;base64,AA', 'mailto:a@b.c',
  '//evil.example/x.jpg', '/', '/a.jpg', '?q=1', '#h', 'a/b:c.jpg', 'a:b/c.jpg', 'photos/anh-1.jpg', '', 'a b.jpg', 'x\ty.jpg',
  '..\\x.jpg', '\u00e1nh.jpg',
];
const TEXTS = ['\u200b', '\ufeff', '\u180e', '\u0085', '\u3000', '\u2029', '\t\n', 'x', ' x '];
for (const a of ADDRESSES) {
  VARIANTS[`variant: the source link ${JSON.stringify(a)}`] = (r) => { r.meta.source.url = a; };
  VARIANTS[`variant: a photo at ${JSON.stringify(a)}`] = (r) => { r.meta.photos[0].src = a; };
}
for (const t of TEXTS) {
  VARIANTS[`variant: a title ${JSON.stringify(t)}`] = (r) => { r.meta.title = { vi: t }; };
  VARIANTS[`variant: a person named ${JSON.stringify(t)}`] = (r) => { r.participants[0].person = t; };
}

const listJson = (dir, pick = () => true) =>
  readdirSync(join(root, dir)).filter((n) => n.endsWith('.json') && pick(n)).sort().map((n) => `${dir}/${n}`);
const cases = [
  ...listJson('tests/hostile', (n) => /^[0-9]/.test(n)),
  ...listJson('static/reports'),
  ...listJson('tests/fixtures/charts'),
].map((name) => ({ name, path: join(root, name) }));

const tmp = mkdtempSync(join(tmpdir(), 'schema-variants-'));
try {
  Object.entries(VARIANTS).forEach(([name, change], i) => {
    const report = structuredClone(full);
    change(report);
    const path = join(tmp, `${String(i).padStart(2, '0')}.json`);
    writeFileSync(path, JSON.stringify(report, null, 1));
    cases.push({ name, path });
  });

  // The widget's verdicts, from the widget's own code.
  const out = execFileSync('cargo', ['run', '--locked', '--quiet', '--example', 'verdicts', '--', ...cases.map((c) => c.path)], {
    cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'],
  });
  const verdicts = new Map(out.trim().split('\n').map((l) => JSON.parse(l)).map((v) => [v.file, v]));

  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'static/report.schema.json'), 'utf8')));

  let passed = 0;
  let failed = 0;
  const tally = { both: 0, neither: 0, notJson: 0, across: 0 };
  const fail = (name, why) => { failed++; console.log(`FAIL ${name}: ${why}`); };
  for (const { name, path } of cases) {
    const widget = verdicts.get(path);
    if (!widget) { fail(name, 'no verdict from the widget'); continue; }
    // As a browser decodes a report: UTF-8, invalid bytes replaced, a byte-order mark dropped.
    const text = new TextDecoder('utf-8').decode(readFileSync(path));
    let data;
    let json = true;
    try { data = JSON.parse(text); } catch { json = false; }
    const schemaAccepts = json && validate(data);
    const errors = schemaAccepts || !json ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`);
    const across = ACROSS_FIELDS.has(name);
    const kinds = [...new Set(widget.problems.map((p) => p.kind))];
    if (widget.accepted && !schemaAccepts) {
      fail(name, `the widget shows it, the schema refuses it: ${json ? errors.slice(0, 5).join('; ') : 'not JSON'}`);
    } else if (!widget.accepted && schemaAccepts && !across) {
      fail(name, `the widget refuses it (${widget.problems.slice(0, 5).map((p) => `${p.path}: ${p.kind}`).join('; ')}), the schema accepts it`);
    } else if (across && (widget.accepted || !schemaAccepts || !kinds.every((k) => ACROSS_KINDS.has(k)))) {
      fail(name, `listed as refused only by rules across fields, but the widget ${widget.accepted ? 'accepts it' : `finds ${kinds.join(', ')}`} and the schema ${schemaAccepts ? 'accepts' : 'refuses'} it`);
    } else {
      passed++;
      if (across) tally.across++;
      else if (widget.accepted) tally.both++;
      else if (!json) tally.notJson++;
      else tally.neither++;
    }
  }
  for (const name of ACROSS_FIELDS.keys()) {
    if (!cases.some((c) => c.name === name)) fail(name, 'listed, but no such case');
  }
  console.log(
    `schema check (ajv, draft 2020-12): ${cases.length} cases: ${tally.both} accepted by both, `
      + `${tally.neither} refused by both, ${tally.notJson} not JSON, ${tally.across} refused by the widget only, for rules across fields`,
  );
  console.log(`schema: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
