// Writes N work-session reports of the genre for the site benchmark (tests/bench/site.mjs): a
// provincial or district leadership visiting a district, commune or department, on a date over
// 2019–2025, with participants, sections of each kind and indicators whose labels and units recur
// across reports (budget revenue, planted area, new-rural communes, poverty rate, …), so the
// site's compare pages have something to compare. Deterministic: report i is the same on every run.
// Usage: node tests/bench/site-gen.mjs <out dir> [N=100]
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const t = (vi, en) => ({ vi, en });
// A small deterministic generator (mulberry32), seeded by the report's number.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = [
  ['Lạng Sơn', ['Văn Lãng', 'Cao Lộc', 'Bình Gia', 'Tràng Định', 'Lộc Bình', 'Hữu Lũng']],
  ['Thanh Hóa', ['Nghi Sơn', 'Quảng Xương', 'Hoằng Hóa', 'Thọ Xuân', 'Như Thanh']],
  ['Đồng Nai', ['Cẩm Mỹ', 'Long Thành', 'Xuân Lộc', 'Định Quán', 'Tân Phú']],
  ['Khánh Hòa', ['Vạn Ninh', 'Ninh Hòa', 'Diên Khánh', 'Cam Lâm', 'Khánh Sơn']],
  ['Nghệ An', ['Diễn Châu', 'Quỳnh Lưu', 'Nghĩa Đàn', 'Anh Sơn', 'Con Cuông']],
  ['Sơn La', ['Mộc Châu', 'Mai Sơn', 'Yên Châu', 'Sông Mã', 'Thuận Châu']],
  ['Quảng Nam', ['Điện Bàn', 'Thăng Bình', 'Núi Thành', 'Đại Lộc', 'Tiên Phước']],
  ['Cà Mau', ['Cái Nước', 'Đầm Dơi', 'Năm Căn', 'Trần Văn Thời', 'U Minh']],
];
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const slug = (s) => ascii(s).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const SESSIONS = [
  [t('Thường trực Tỉnh ủy làm việc với Huyện ủy', 'Standing Board of the Provincial Party Committee works with the District Party Committee of'), 'party_building'],
  [t('Đoàn công tác của UBND tỉnh làm việc với huyện', "The Provincial People's Committee's delegation works with"), 'economy'],
  [t('Đoàn giám sát HĐND tỉnh làm việc tại huyện', "The Provincial People's Council's supervision team visits"), 'resolution_implementation'],
  [t('Bí thư Tỉnh ủy kiểm tra tình hình sản xuất tại huyện', 'The Provincial Party Secretary checks production in'), 'economy'],
];
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Minh Châu', 'Phạm Quốc Dũng', 'Hoàng Thị Hà', 'Vũ Đức Hải', 'Đặng Thu Hương', 'Bùi Văn Khánh', 'Đỗ Thị Lan', 'Ngô Thanh Long'];
const ROLES = [t('Bí thư Tỉnh ủy', 'Secretary of the Provincial Party Committee'), t('Chủ tịch UBND tỉnh', "Chairman of the Provincial People's Committee"), t('Phó Bí thư Tỉnh ủy', 'Deputy Secretary of the Provincial Party Committee'), t('Trưởng Ban Tuyên giáo Tỉnh ủy', 'Head of the Provincial Party Propaganda Board')];
const HOST_ROLES = [t('Bí thư Huyện ủy', 'Secretary of the District Party Committee'), t('Chủ tịch UBND huyện', "Chairman of the District People's Committee")];

// The indicators that recur: an id every report uses for it, its label and unit, and how a value
// is made (with a plan, an estimate, a target or none).
const INDICATORS = [
  { id: 'budget-revenue', label: t('Thu ngân sách nhà nước trên địa bàn', 'State budget revenue in the district'), currency: 'VND', value: (r) => Math.round(50 + r() * 900) * 1e9, ref: 'estimate' },
  { id: 'planted-area', label: t('Tổng diện tích gieo trồng', 'Total planted area'), unit: t('ha', 'ha'), value: (r) => Math.round(3000 + r() * 20000), ref: 'plan' },
  { id: 'new-rural-communes', label: t('Xã đạt chuẩn nông thôn mới', 'Communes meeting the new-rural standard'), unit: t('xã', 'communes'), value: (r) => 2 + Math.floor(r() * 18), total: (r, v) => v + Math.floor(r() * 10) },
  { id: 'poverty-rate', label: t('Tỷ lệ hộ nghèo', 'Poverty rate'), percent: true, value: (r) => Math.round(100 * (1 + r() * 20)) / 100, decimals: 2, better: 'lower' },
  { id: 'ocop-products', label: t('Sản phẩm OCOP', 'OCOP products'), unit: t('sản phẩm', 'products'), value: (r) => 1 + Math.floor(r() * 40), ref: 'target' },
  { id: 'public-investment', label: t('Giải ngân vốn đầu tư công', 'Public investment disbursed'), currency: 'VND', value: (r) => Math.round(10 + r() * 400) * 1e9, ref: 'plan' },
  { id: 'new-party-members', label: t('Kết nạp đảng viên mới', 'New Party members admitted'), unit: t('đảng viên', 'Party members'), value: (r) => 20 + Math.floor(r() * 300) },
  { id: 'rice-output', label: t('Sản lượng lương thực', 'Food output'), unit: t('tấn', 'tonnes'), value: (r) => Math.round(5000 + r() * 90000), ref: 'plan' },
];
const REF_BY = [t('tỉnh giao', 'set by the province'), t('HĐND huyện giao', "set by the district People's Council")];

export function report(i) {
  const r = random(i + 1);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const [province, districts] = pick(PROVINCES);
  const district = pick(districts);
  const [session, kind] = pick(SESSIONS);
  // Dates over 2019–2025.
  const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(r() * 7 * 365) * 86400000);
  const date = day.toISOString().slice(0, 10);
  const published = new Date(day.getTime() + (1 + Math.floor(r() * 3)) * 86400000).toISOString().slice(0, 10);
  const year = day.getUTCFullYear();
  const indicators = [];
  for (const spec of INDICATORS) {
    if (r() < 0.45) continue;
    const value = spec.value(r);
    const ind = { id: spec.id, label: spec.label, value, period: t(`Năm ${year}`, `${year}`) };
    if (spec.unit) ind.unit = spec.unit;
    if (spec.currency) ind.currency = spec.currency;
    if (spec.percent) ind.percent = true;
    if (spec.decimals) ind.decimals = spec.decimals;
    if (spec.better) ind.better = spec.better;
    if (spec.total) ind.total = spec.total(r, value);
    if (spec.ref) ind.references = [{ kind: spec.ref, by: pick(REF_BY), share: Math.round(600 + r() * 600) / 10 }];
    indicators.push(ind);
  }
  if (!indicators.length) indicators.push({ id: 'new-party-members', label: INDICATORS[6].label, unit: INDICATORS[6].unit, value: 42 });
  const names = [...NAMES].sort(() => r() - 0.5);
  const host = district;
  return {
    id: `${slug(district)}-${date}-${i}`,
    report: {
      format: 1,
      meta: {
        title: t(`${session.vi} ${host}`, `${session.en} ${host} District`),
        lede: t(`Ngày ${day.getUTCDate()}/${day.getUTCMonth() + 1}, đoàn công tác của tỉnh ${province} làm việc với huyện ${host} về kết quả thực hiện nhiệm vụ năm ${year}.`,
          `On ${date}, a working delegation of ${ascii(province)} Province worked with ${host} District on its results in ${year}.`),
        event_date: date,
        published,
        place: t(`Huyện ${host}, tỉnh ${province}`, `${host} District, ${province} Province`),
        source: { outlet: t(`Báo ${province}`, `${province} newspaper`) },
      },
      participants: [
        { person: names[0], roles: [pick(ROLES), t('Trưởng đoàn', 'Head of the delegation')], side: 'delegation' },
        { person: names[1], roles: [pick(ROLES)], side: 'delegation' },
        { person: names[2], roles: [pick(HOST_ROLES)], side: 'host' },
        { group: t('Lãnh đạo các sở, ngành của tỉnh', 'Leaders of provincial departments'), side: 'delegation' },
      ],
      sections: [
        { id: 'results', kind, title: t('Kết quả thực hiện nhiệm vụ', 'Results'),
          paragraphs: [t(`Năm ${year}, huyện ${host} đã tập trung lãnh đạo, chỉ đạo thực hiện các nhiệm vụ phát triển kinh tế - xã hội.`, `In ${year}, ${host} District focused on its economic and social tasks.`)],
          indicators: indicators.map((x) => x.id) },
        { id: 'conclusion', kind: 'conclusion', title: t('Kết luận', 'Conclusion'),
          paragraphs: [t(`Đồng chí ${names[0]} ghi nhận, biểu dương những kết quả huyện đã đạt được.`, `${names[0]} acknowledged and commended the district's results.`)] },
      ],
      indicators,
    },
  };
}

/** Writes reports 0..n-1 into `dir` as `<id>.json`; returns their ids. */
export function writeReports(dir, n) {
  mkdirSync(dir, { recursive: true });
  const ids = [];
  for (let i = 0; i < n; i++) {
    const { id, report: rep } = report(i);
    writeFileSync(`${dir}/${id}.json`, JSON.stringify(rep));
    ids.push(id);
  }
  return ids;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, n = '100'] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node tests/bench/site-gen.mjs <out dir> [N=100]');
    process.exit(2);
  }
  console.log(`${writeReports(dir, Number(n)).length} reports in ${dir}`);
}
