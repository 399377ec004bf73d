// Writes a synthetic work-session report for the benchmark: SECTIONS sections and INDICATORS
// indicators (spread evenly over the sections), every section with bilingual paragraphs and items,
// and indicators of every shape the widget draws: values with a plan (plan charts), count pairs
// (comparison charts), money and plain values. Deterministic: the same file on every run.
// Usage: node tests/bench/synthetic.mjs <out.json> [sections=1000] [indicators=5000]
import { writeFileSync } from 'node:fs';

export function synthetic(sections = 1000, indicators = 5000) {
  const kinds = ['party_building', 'resolution_implementation', 'economy', 'culture_society', 'discussion', 'proposed_tasks', 'conclusion', 'directives'];
  const t = (vi, en) => ({ vi, en });
  const report = {
    format: 1,
    meta: {
      title: t(`Báo cáo tổng hợp ${sections} nội dung`, `Summary report of ${sections} items`),
      lede: t('Báo cáo tổng hợp dùng để đo tốc độ của tiện ích.', 'A synthetic report used to measure the widget.'),
      event_date: '2020-11-03',
      place: t('Tỉnh Lạng Sơn', 'Lạng Sơn Province'),
      source: { outlet: t('Báo cáo tổng hợp', 'Synthetic report') },
    },
    participants: [
      { person: 'Nguyễn Văn A', roles: [t('Trưởng đoàn', 'Head of the delegation')], side: 'delegation' },
      { group: t('Lãnh đạo các sở, ngành', 'Leaders of the departments'), side: 'host' },
    ],
    sections: [],
    indicators: [],
  };
  const perSection = Math.ceil(indicators / sections);
  for (let s = 0; s < sections; s++) {
    const ids = [];
    for (let k = 0; k < perSection && report.indicators.length < indicators; k++) {
      const n = report.indicators.length;
      const id = `ind-${n}`;
      ids.push(id);
      const label = t(`Chỉ tiêu ${n}: diện tích, sản lượng và thu ngân sách`, `Indicator ${n}: area, output and revenue`);
      const period = t('Tính đến hết tháng 10/2020', 'To the end of October 2020');
      switch (k % 4) {
        case 0: report.indicators.push({ id, label, value: 1000 + n * 7.5, unit: t('ha', 'ha'), share_of_plan: 80 + (n % 40), period }); break;
        case 1: report.indicators.push({ id, label, value: 200 + n, plan: 250 + (n % 90), unit: t('ha', 'ha'), period }); break;
        case 2: report.indicators.push({ id, label, period, counts: [
          { label: t('Tổ chức đảng', 'Party organisations'), value: 3 + (n % 9) },
          { label: t('Đảng viên', 'Party members'), value: 10 + (n % 30) },
        ] }); break;
        default: report.indicators.push({ id, label, value: 86.6e9 + n * 1e6, currency: 'VND', qualifier: 'more_than', period });
      }
    }
    report.sections.push({
      id: `section-${s}`,
      kind: kinds[s % kinds.length],
      title: t(`Nội dung số ${s + 1}`, `Item ${s + 1}`),
      paragraphs: [
        t(`Trong năm 2020, đơn vị số ${s + 1} đã triển khai thực hiện nghị quyết đại hội đảng bộ các cấp, tập trung lãnh đạo, chỉ đạo hoàn thành các chỉ tiêu kinh tế – xã hội.`,
          `In 2020, unit ${s + 1} implemented the resolutions of the Party congresses at all levels, focusing its leadership on meeting the socio-economic targets.`),
      ],
      items: [t('Tiếp tục nâng cao chất lượng sinh hoạt chi bộ.', 'Keep improving the quality of Party cell meetings.'), t('Đẩy mạnh cải cách hành chính.', 'Push ahead with administrative reform.')],
      indicators: ids,
    });
  }
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, sections = 1000, indicators = 5000] = process.argv.slice(2);
  if (!out) { console.error('usage: node tests/bench/synthetic.mjs <out.json> [sections] [indicators]'); process.exit(2); }
  const report = synthetic(Number(sections), Number(indicators));
  const json = JSON.stringify(report);
  writeFileSync(out, json);
  console.log(`${out}: ${report.sections.length} sections, ${report.indicators.length} indicators, ${(json.length / 1024).toFixed(0)} KB`);
}
