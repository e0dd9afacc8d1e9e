/**
 * A large corpus for the compare benchmark, made from the six plans of the comparison corpus:
 * each generated plan is a province plan (from Zhejiang's and Fujian's) or a city plan (from
 * Ningbo's) moved to another region and year, with about one line in eight of its tasks left
 * out, so that no two networks are alike. Deterministic: the same count gives the same files.
 */

export interface BasePlan {
  /** The plan's text and the region and year written in it. */
  text: string;
  region: string;
  year: number;
  level: 'province' | 'city';
}

export interface GeneratedPlan {
  file: string;
  region: string;
  year: number;
  level: 'province' | 'city';
  text: string;
}

const PROVINCES = ['浙江', '福建', '江苏', '山东', '安徽', '江西', '河南', '河北', '湖北', '湖南', '广东', '四川', '云南', '贵州', '山西', '陕西', '甘肃', '辽宁', '吉林', '黑龙江', '海南', '青海'];
const CITIES = ['宁波', '温州', '苏州', '无锡', '南京', '青岛', '济南', '合肥', '厦门', '福州', '武汉', '长沙', '郑州', '成都', '西安', '昆明', '贵阳', '太原', '兰州', '沈阳', '长春'];
const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024];
/** Lines of the notice and the title are kept whole. */
const KEPT_LINES = 12;

/** Whether line j of plan i is left out: about one in eight, spread by two primes. */
function leftOut(i: number, j: number): boolean {
  return j >= KEPT_LINES && (i * 7919 + j * 104_729) % 97 < 12;
}

function vary(base: BasePlan, i: number, region: string, year: number): string {
  const moved = base.text.replaceAll(base.region, region).replaceAll(String(base.year), String(year));
  return moved
    .split('\n')
    .filter((_, j) => !leftOut(i, j))
    .join('\n');
}

/** `count` plans over the provinces and cities, every region with a run of years for trends. */
export function generateCorpus(provinceBases: readonly BasePlan[], cityBases: readonly BasePlan[], count: number, prefix: string): GeneratedPlan[] {
  const provinces = PROVINCES.flatMap((region) => YEARS.map((year) => ({ region, year, level: 'province' as const })));
  const cities = CITIES.flatMap((region) => YEARS.map((year) => ({ region, year, level: 'city' as const })));
  // Provinces and cities alternate, so that a smaller corpus still has both.
  const order = Array.from({ length: Math.max(provinces.length, cities.length) }, (_, k) => [provinces[k], cities[k]]).flat().filter((slot) => slot !== undefined);
  if (count > order.length) throw new Error(`at most ${order.length} plans can be generated`);
  return order.slice(0, count).map((slot, i) => {
    const bases = slot.level === 'province' ? provinceBases : cityBases;
    const base = bases[(YEARS.indexOf(slot.year) + i) % bases.length]!;
    const n = String(i + 1).padStart(3, '0');
    return { file: `${prefix}${n}-${slot.level}-${slot.year}.txt`, region: slot.region, year: slot.year, level: slot.level, text: vary(base, i, slot.region, slot.year) };
  });
}
