import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addExhibit, readExhibits } from '../doc/catalog.ts';
import { blankExhibit, MAX_LISTED_EXHIBITS, type Exhibit, type ExhibitInput } from '../model/exhibit.ts';
import type { AccountId, ExhibitId, SectionId } from '../model/ids.ts';
import { catalogToCsv, decodeCsvBytes, planCatalogImport, readCatalogCsv, type CsvContext } from './catalog-csv.ts';

const ctx: CsvContext = {
  sections: [
    { id: 'sec-m' as SectionId, nameZh: '大型机械及设备', nameEn: 'Large machinery' },
    { id: 'sec-p' as SectionId, nameZh: '动力、电力设备', nameEn: 'Power equipment' },
  ],
  accounts: [{ id: 'acc-li' as AccountId, login: 'li', name: '李业务' }],
};

const read = (text: string) => {
  const f = readCatalogCsv(text, ctx);
  if (!f.ok) throw new Error(`file refused: ${f.code}`);
  return f;
};

function exhibit(over: Partial<Exhibit>): Exhibit {
  return { ...blankExhibit(), id: `ex${Math.random().toString(36).slice(2)}` as ExhibitId, createdAt: 1, updatedAt: 1, ...over };
}

describe('reading a catalogue CSV', () => {
  it('reads Chinese headers and words into exhibit inputs', () => {
    const f = read(
      '展品编码,展品名称（中文）,展品名称（英文）,展区,最小起订量,展示状态,CF奖审核状态,展品分组,置顶,关联业务员\n' +
        'A1,挖掘机,Excavator,大型机械及设备,"1,000",已上架,审核中,最新展品、热门展品,是,li\n',
    );
    expect(f.errors).toEqual([]);
    expect(f.rows).toHaveLength(1);
    const { input, row } = f.rows[0];
    expect(row).toBe(2);
    expect(input).toMatchObject({
      code: 'A1', nameZh: '挖掘机', nameEn: 'Excavator', sectionId: 'sec-m', moq: 1000, status: 'listed',
      cfAward: 'pending', groups: ['latest', 'hot'], pinned: true, salespersonIds: ['acc-li'],
    });
  });

  it('reads English headers, in any case and with half-width brackets, and English words', () => {
    const f = read('\uFEFFcode,NAME (chinese),name(english),Section,Display status,CF award review,Groups,Pinned\nB2,,Loader,power equipment,unlisted,CF award approved,Recommended; Hot,no\n');
    expect(f.errors).toEqual([]);
    expect(f.rows[0].input).toMatchObject({ code: 'B2', nameEn: 'Loader', sectionId: 'sec-p', status: 'unlisted', cfAward: 'approved', groups: ['recommended', 'hot'], pinned: false });
  });

  it('reports every bad row with its spreadsheet row number, field and the cell', () => {
    const long = 'x'.repeat(201);
    const f = read(
      [
        '展品编码,展品名称（中文）,展品名称（英文）,最小起订量,展示状态,展区,置顶,CF奖审核状态',
        'OK1,好展品,,1,已上架,,否',
        'BAD1,,,1,已上架,,否', // no name
        'BAD2,数量错,,12.5,已上架,,否', // not an integer
        'BAD3,状态错,,1,上下架,,否', // unknown status
        `BAD4,${long},,1,,,`, // too long
        'BAD5,奖项,,1,,,,得奖了', // unknown CF award word
        'BAD6,展区错,,1,,五金,maybe', // unknown section and a bad boolean in one row
        '',
        ',,,,,,', // an empty row is not an error
        'OK2,<b>电钻</b>,,,,,',
      ].join('\r\n'),
    );
    expect(f.rows.map((r) => r.input.code)).toEqual(['OK1', 'OK2']);
    expect(f.rows[1].input.nameZh).toBe('<b>电钻</b>');
    expect(f.rows[1].row).toBe(11);
    expect(f.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [3, 'nameZh', 'error.nameRequired'],
      [4, 'moq', 'error.number'],
      [5, 'status', 'csv.error.status'],
      [6, 'nameZh', 'error.tooLong'],
      [7, 'cfAward', 'csv.error.cfAward'],
      [8, 'sectionId', 'csv.error.section'],
      [8, 'pinned', 'csv.error.bool'],
    ]);
    expect(f.errors[2].value).toBe('上下架');
    expect(f.errors[3].value?.length).toBeLessThanOrEqual(41);
    expect(f.total).toBe(8);
  });

  it('refuses a file without a name column, an empty file, a GBK file and an oversized file', () => {
    expect(readCatalogCsv('code,price\nA,1\n', ctx)).toMatchObject({ ok: false, code: 'csv.error.noHeader' });
    expect(readCatalogCsv('\uFEFF\n', ctx)).toMatchObject({ ok: false, code: 'csv.error.empty' });
    // "展品名称" in GBK.
    const gbk = new Uint8Array([0xd5, 0xb9, 0xc6, 0xb7, 0xc3, 0xfb, 0xb3, 0xc6, 0x0a]);
    expect(decodeCsvBytes(gbk)).toEqual({ ok: false, code: 'csv.error.encoding' });
    expect(decodeCsvBytes(new Uint8Array(5 * 1024 * 1024 + 1))).toEqual({ ok: false, code: 'csv.error.tooLarge' });
    const utf8 = new TextEncoder().encode('\uFEFF展品名称（中文）\n挖掘机\n');
    const decoded = decodeCsvBytes(utf8);
    expect(decoded.ok && read(decoded.text).rows[0].input.nameZh).toBe('挖掘机');
  });

  it('reports a row whose quote never closes instead of importing a mangled row', () => {
    const f = read('展品名称（中文）,价格\n好,1\n"坏,2\n');
    expect(f.rows.map((r) => r.input.nameZh)).toEqual(['好']);
    expect(f.errors).toEqual([{ row: 3, field: '', code: 'csv.error.quotes' }]);
  });

  it('lists unknown columns as ignored', () => {
    const f = read('展品名称（中文）,颜色\n挖掘机,黄\n');
    expect(f.ignoredColumns).toEqual(['颜色']);
    expect(f.rows).toHaveLength(1);
  });
});

describe('planning an import', () => {
  it('updates the exhibit whose code matches, only in the columns the file has, and adds the rest', () => {
    const old = exhibit({ code: 'A1', nameZh: '旧名', price: 'USD 5', status: 'listed' });
    const plan = planCatalogImport(read('展品编码,展品名称（中文）\nA1,新名\nB1,新品\n').rows, [old]);
    expect(plan.steps).toEqual([
      { kind: 'update', row: 2, id: old.id, patch: { code: 'A1', nameZh: '新名' } },
      { kind: 'add', row: 3, input: expect.objectContaining({ code: 'B1', nameZh: '新品', status: 'unlisted' }) },
    ]);
    expect(plan.notes).toEqual([{ row: 2, code: 'csv.note.updated', params: { code: 'A1' } }]);
  });

  it('refuses a second row with the same code', () => {
    const plan = planCatalogImport(read('展品编码,展品名称（中文）\nA1,一\nA1,二\n').rows, []);
    expect(plan.steps).toHaveLength(1);
    expect(plan.errors).toEqual([{ row: 3, field: 'code', code: 'csv.error.duplicateCode', value: 'A1', params: { row: 2 } }]);
  });

  it('imports rows beyond the 2,500-listed cap as unlisted and says so', () => {
    const existing = Array.from({ length: MAX_LISTED_EXHIBITS - 1 }, (_, i) => exhibit({ code: `E${i}`, status: 'listed' }));
    const plan = planCatalogImport(read('展品名称（中文）,展示状态\n一,已上架\n二,已上架\n三,已下架\n').rows, existing);
    const statuses = plan.steps.map((s) => (s.kind === 'add' ? s.input.status : s.patch.status));
    expect(statuses).toEqual(['listed', 'unlisted', 'unlisted']);
    expect(plan.notes).toEqual([{ row: 3, code: 'csv.note.capped', params: { max: MAX_LISTED_EXHIBITS } }]);
  });

  it('frees a listed place when a row unlists an exhibit, and never lifts a ban', () => {
    const full = Array.from({ length: MAX_LISTED_EXHIBITS }, (_, i) => exhibit({ code: `E${i}`, status: 'listed' }));
    const banned = exhibit({ code: 'BAN', status: 'banned' });
    const plan = planCatalogImport(
      read('展品编码,展品名称（中文）,展示状态\nE0,x,已下架\nNEW,y,已上架\nBAN,z,已上架\nBAN2,w,已封禁\n').rows,
      [...full, banned],
    );
    expect(plan.steps[1]).toMatchObject({ kind: 'add', input: { status: 'listed' } });
    expect(plan.steps[2]).toMatchObject({ kind: 'update', id: banned.id });
    expect(plan.steps[2].kind === 'update' && 'status' in plan.steps[2].patch).toBe(false);
    expect(plan.notes).toContainEqual({ row: 4, code: 'csv.note.keptBanned' });
    // A row cannot ban an exhibit: only the fair does.
    expect(plan.steps).toHaveLength(3);
    expect(plan.errors).toEqual([{ row: 5, field: 'status', code: 'csv.error.banned' }]);
  });

  it('reads a banned exhibit exported as 已封禁 back without complaint', () => {
    const banned = exhibit({ code: 'BAN', nameZh: '封禁品', status: 'banned' });
    const plan = planCatalogImport(read(catalogToCsv([banned], 'zh-CN', ctx)).rows, [banned]);
    expect(plan.errors).toEqual([]);
    expect(plan.notes).toEqual([{ row: 2, code: 'csv.note.updated', params: { code: 'BAN' } }]);
    expect(plan.steps[0].kind === 'update' && plan.steps[0].patch.status).toBeUndefined();
  });
});

describe('exporting the catalogue', () => {
  const doc = new Y.Doc();
  const inputs: Partial<ExhibitInput>[] = [
    { code: 'A1', nameZh: '挖掘机', nameEn: 'Excavator, 22 t', sectionId: 'sec-m' as SectionId, moq: 3, status: 'listed', cfAward: 'approved', groups: ['hot', 'latest'], pinned: true, salespersonIds: ['acc-li' as AccountId], imageIds: ['img1', 'img2'], descriptionZh: '第一行\n第二行 "引号"' },
    { code: '', nameEn: '=HYPERLINK("x")', price: '-5%', keywords: '@home', order: 7 },
  ];
  for (const i of inputs) addExhibit(doc, { ...blankExhibit(), ...i });
  const exhibits = readExhibits(doc);

  it.each(['zh-CN', 'en'] as const)('writes %s headers with a BOM and reads back to the same exhibits', (locale) => {
    const csv = catalogToCsv(exhibits, locale, ctx);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[0]).toContain(locale === 'zh-CN' ? '展品名称（中文）' : 'Name (Chinese)');
    const back = read(csv);
    expect(back.errors).toEqual([]);
    const strip = ({ id: _i, createdAt: _c, updatedAt: _u, ...rest }: Exhibit) => rest;
    expect(back.rows.map((r) => r.input)).toEqual(exhibits.map(strip));
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    const csv = catalogToCsv(exhibits, 'en', ctx);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(csv).toContain(`'-5%`);
  });
});
