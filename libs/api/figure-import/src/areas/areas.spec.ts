import {
  AreaResolver,
  FORMER_GEMEENTEN,
  GEMEENTEN,
  areaName,
  foldAreaName,
  resolveArea,
} from './areas';

describe('the shipped gemeenten', () => {
  it('has the 342 gemeenten of 1 January 2025, each code once, and current successors', () => {
    expect(GEMEENTEN).toHaveLength(342);
    const codes = new Set(GEMEENTEN.map((g) => g.code));
    expect(codes.size).toBe(342);
    expect([...codes].every((code) => /^GM\d{4}$/.test(code))).toBe(true);
    for (const former of FORMER_GEMEENTEN) {
      expect(codes.has(former.code)).toBe(false);
      expect(former.successors.every((code) => codes.has(code))).toBe(true);
    }
    expect(areaName('GM1992')).toBe('Voorne aan Zee');
    expect(areaName('NL01')).toBe('Nederland');
    expect(areaName('GM0457')).toBeUndefined();
  });
});

describe('resolveArea', () => {
  it.each([
    ['GM0363', 'GM0363'],
    ['gm0363', 'GM0363'],
    ['0363', 'GM0363'],
    ['363', 'GM0363'],
    ['GM0363    ', 'GM0363'],
    ['Amsterdam', 'GM0363'],
    ['AMSTERDAM', 'GM0363'],
    ['Gemeente Amsterdam', 'GM0363'],
    ['Den Haag', 'GM0518'],
    ["'s-Gravenhage", 'GM0518'],
    ["'s-Gravenhage (gemeente)", 'GM0518'],
    ['s Gravenhage', 'GM0518'],
    ['Den Bosch', 'GM0796'],
    ["'s-Hertogenbosch", 'GM0796'],
    ['Bergen (NH.)', 'GM0373'],
    ['Bergen (L.)', 'GM0893'],
    ['Bergen (Noord-Holland)', 'GM0373'],
    ['Súdwest-Fryslân', 'GM1900'],
    ['Sudwest Fryslan', 'GM1900'],
    ['Nuenen, Gerwen en Nederwetten', 'GM0820'],
    ['Nuenen', 'GM0820'],
    ['Hengelo', 'GM0164'],
    ['Hengelo (O.)', 'GM0164'],
    ['Tietjerksteradeel', 'GM0737'],
    ['Utrecht (gemeente)', 'GM0344'],
    ['Nederland', 'NL01'],
    ['NL01', 'NL01'],
    ['NL00', 'NL01'],
    ['Dijk en Waard (GM1980)', 'GM1980'],
  ])('%j → %s', (text, code) => {
    const resolution = resolveArea(text);
    expect(resolution).toEqual({ ok: true, area: { code, name: areaName(code) } });
  });

  it.each([
    ['Weesp', 'Weesp (GM0457) is opgegaan in Amsterdam (GM0363) in 2022'],
    ['GM0398', 'Heerhugowaard (GM0398) is opgegaan in Dijk en Waard (GM1980) in 2022'],
    ['Brielle', 'Brielle (GM0501) is opgegaan in Voorne aan Zee (GM1992) in 2023'],
    ['Groesbeek', 'Groesbeek (GM0241) is hernoemd naar Berg en Dal (GM1945) in 2016'],
    [
      'Haaren',
      'Haaren (GM0788) is verdeeld over Oisterwijk (GM0824), Vught (GM0865), Boxtel (GM0757) en Tilburg (GM0855) in 2021',
    ],
  ])('%j is a former gemeente', (text, hint) => {
    expect(resolveArea(text)).toEqual({ ok: false, problem: 'MERGED_AREA', hint });
  });

  it('does not know made-up or ambiguous areas', () => {
    expect(resolveArea('Atlantis')).toEqual({ ok: false, problem: 'UNKNOWN_AREA' });
    expect(resolveArea('GM9999')).toEqual({ ok: false, problem: 'UNKNOWN_AREA' });
    expect(resolveArea('Bergen')).toMatchObject({ ok: false, problem: 'UNKNOWN_AREA' });
  });

  it('resolves extra areas, such as fictional demo gemeenten, by code and name', () => {
    const resolver = new AreaResolver([{ code: 'GM1997', name: 'Gemeente Noorderveen' }]);
    const noorderveen = { ok: true, area: { code: 'GM1997', name: 'Gemeente Noorderveen' } };
    expect(resolver.resolve('GM1997')).toEqual(noorderveen);
    expect(resolver.resolve('Noorderveen')).toEqual(noorderveen);
    expect(resolver.resolve('Zwolle')).toMatchObject({ ok: true, area: { code: 'GM0193' } });
  });

  it('folds names for matching', () => {
    expect(foldAreaName("  'S-Hertogenbosch ")).toBe('s hertogenbosch');
    expect(foldAreaName('Súdwest-Fryslân')).toBe('sudwest fryslan');
  });
});
