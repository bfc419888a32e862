import {
  PERMISSIONS,
  addExhibit,
  bansMap,
  docName,
  writeAccount,
  writeCompany,
  type Account,
  type AccountId,
  type Company,
  type CompanyId,
  type ExhibitInput,
  type SectionId,
} from '@fairdesk/shared';
import type { AccountStore, NewAccount } from './account-store.ts';
import type { Agent } from './agent.ts';
import type { FairDirectory } from './agent/fair-directory.ts';
import type { IntentServices } from './agent/intent-services.ts';
import { hashPassword } from './passwords.ts';

/** The same on every machine: the README lists these logins. */
export const DEMO_PASSWORD = 'fairdesk-demo';

export interface DemoLogin {
  login: string;
  name: string;
  role: 'main' | 'sub' | 'buyer';
}

const COMPANY: Company = {
  id: 'demo' as CompanyId,
  nameZh: '广州示例机械有限公司',
  nameEn: 'Guangzhou Demo Machinery Co., Ltd.',
  vip: false,
  brand: true,
  badges: ['newExhibitor', 'cfAward'],
  sections: [
    { id: 'sec-machinery' as SectionId, nameZh: '大型机械及设备', nameEn: 'Large machinery and equipment' },
    { id: 'sec-power' as SectionId, nameZh: '动力、电力设备', nameEn: 'Power and electrical equipment' },
  ],
};

type DemoAccount = Omit<NewAccount, 'passwordHash'>;

const ACCOUNTS: DemoAccount[] = [
  { id: 'demo-main', companyId: 'demo', login: 'demo-main', name: '王经理', role: 'main', permissions: [], sectionIds: [] },
  {
    id: 'demo-sales-1',
    companyId: 'demo',
    login: 'demo-sales-1',
    name: '李业务',
    role: 'sub',
    permissions: [...PERMISSIONS],
    sectionIds: ['sec-machinery'],
  },
  {
    id: 'demo-sales-2',
    companyId: 'demo',
    login: 'demo-sales-2',
    name: '张业务',
    role: 'sub',
    permissions: PERMISSIONS.filter((p) => p !== 'editExhibits'),
    sectionIds: ['sec-power'],
  },
  { id: 'demo-buyer', companyId: null, login: 'demo-buyer', name: 'John Buyer', role: 'buyer', permissions: [], sectionIds: [] },
];

/** The fair's tags of the demo buyer, shown with each purchase intent it sends (R2.5). */
const DEMO_BUYER_TAGS = ['overseas'] as const;

type DemoExhibit = Pick<
  ExhibitInput,
  'code' | 'nameZh' | 'nameEn' | 'sectionId' | 'category' | 'keywords' | 'descriptionZh' | 'descriptionEn' | 'price' | 'moq' | 'moqUnit' | 'status'
>;

const machinery = 'sec-machinery' as SectionId;
const power = 'sec-power' as SectionId;

const EXHIBITS: DemoExhibit[] = [
  {
    code: 'GDM-EX-220', nameZh: '履带式液压挖掘机 22 吨', nameEn: 'Crawler hydraulic excavator, 22 t', sectionId: machinery,
    category: '工程机械 / Construction machinery', keywords: 'excavator, 挖掘机, crawler',
    descriptionZh: '22 吨级履带式挖掘机，国四发动机，斗容 1.0 m³，适用于土方与矿山作业。',
    descriptionEn: '22-tonne crawler excavator with a China IV engine and a 1.0 m³ bucket, for earthworks and quarries.',
    price: 'USD 68,000–75,000', moq: 1, moqUnit: 'unit', status: 'listed',
  },
  {
    code: 'GDM-WL-50', nameZh: '轮式装载机 5 吨', nameEn: 'Wheel loader, 5 t', sectionId: machinery,
    category: '工程机械 / Construction machinery', keywords: 'wheel loader, 装载机',
    descriptionZh: '额定载重 5 吨，铲斗 3 m³，湿式制动桥，驾驶室带空调。',
    descriptionEn: '5-tonne rated load, 3 m³ bucket, wet brake axles and an air-conditioned cab.',
    price: 'USD 39,500', moq: 1, moqUnit: 'unit', status: 'listed',
  },
  {
    code: 'GDM-CNC-1580', nameZh: '数控龙门加工中心', nameEn: 'CNC gantry machining centre', sectionId: machinery,
    category: '机床 / Machine tools', keywords: 'CNC, gantry, 加工中心',
    descriptionZh: '工作台 1500×800 mm，主轴转速 12000 rpm，配 24 位刀库。',
    descriptionEn: '1500×800 mm table, 12,000 rpm spindle and a 24-tool magazine.',
    price: 'USD 120,000', moq: 1, moqUnit: 'set', status: 'listed',
  },
  {
    code: 'GDM-GEN-500', nameZh: '500 kW 柴油发电机组', nameEn: '500 kW diesel generator set', sectionId: power,
    category: '发电设备 / Power generation', keywords: 'generator, 发电机组, diesel',
    descriptionZh: '静音箱体，自动转换开关 (ATS)，连续运行 24 小时。',
    descriptionEn: 'Silent canopy, automatic transfer switch (ATS), rated for 24-hour continuous running.',
    price: 'USD 52,000', moq: 1, moqUnit: 'set', status: 'listed',
  },
  {
    code: 'GDM-TR-1000', nameZh: '1000 kVA 油浸式变压器', nameEn: '1000 kVA oil-immersed transformer', sectionId: power,
    category: '输配电设备 / Transmission and distribution', keywords: 'transformer, 变压器',
    descriptionZh: '10 kV/0.4 kV，铜绕组，低损耗 S13 系列；新款资料整理中。',
    descriptionEn: '10 kV/0.4 kV, copper windings, low-loss S13 series; new datasheet in preparation.',
    price: 'USD 14,800', moq: 2, moqUnit: 'units', status: 'unlisted',
  },
];

/** A sixth exhibit the fair has banned (已封禁): it shows in the catalogue and never in the showroom. */
const BANNED: DemoExhibit = {
  code: 'GDM-GEN-X', nameZh: '仿冒品牌发电机', nameEn: 'Counterfeit-brand generator', sectionId: power,
  category: '发电设备 / Power generation', keywords: 'generator',
  descriptionZh: '该展品因涉嫌侵犯商标权已被展会封禁。', descriptionEn: 'Banned by the fair over a suspected trademark infringement.',
  price: 'USD 9,900', moq: 1, moqUnit: 'set', status: 'banned',
};

/**
 * On first start with an empty database: the demo company (with the fair's record of its tier and
 * sections), its accounts, its profile doc, five exhibits and a sixth the fair has banned.
 * Returns the logins to print, or null when the data dir was not empty.
 */
export async function createDemoIfEmpty(
  accounts: AccountStore,
  agent: Agent,
  directory: FairDirectory,
  intents?: IntentServices,
): Promise<DemoLogin[] | null> {
  if (!accounts.isEmpty()) return null;
  intents?.setBuyerTags('demo-buyer', DEMO_BUYER_TAGS);
  accounts.createCompany(COMPANY);
  directory.saveCompany(COMPANY);
  for (const account of ACCOUNTS) accounts.createAccount({ ...account, passwordHash: await hashPassword(DEMO_PASSWORD) });

  await agent.withDoc(docName({ scope: 'profile', companyId: COMPANY.id }), (doc) => {
    writeCompany(doc, COMPANY);
    for (const a of ACCOUNTS) {
      if (a.role === 'buyer' || a.companyId === null) continue;
      const account: Account = {
        id: a.id as AccountId,
        companyId: a.companyId as CompanyId,
        login: a.login,
        name: a.name,
        role: a.role,
        permissions: a.permissions,
        sectionIds: a.sectionIds as SectionId[],
        disabled: false,
      };
      writeAccount(doc, account);
    }
  });
  await agent.withDoc(docName({ scope: 'catalog', companyId: COMPANY.id }), (doc) => {
    EXHIBITS.forEach((exhibit, order) => {
      const added = addExhibit(doc, { ...exhibit, order, salespersonIds: [exhibit.sectionId === machinery ? 'demo-sales-1' : 'demo-sales-2'] });
      if (!added.ok) throw new Error(`demo exhibit ${exhibit.code} is invalid: ${JSON.stringify(added.errors)}`);
    });
  });
  let bannedId = '';
  await agent.withDoc(docName({ scope: 'catalog', companyId: COMPANY.id }), (doc) => {
    const added = addExhibit(doc, { ...BANNED, order: EXHIBITS.length, salespersonIds: ['demo-sales-2'] });
    if (!added.ok) throw new Error(`demo exhibit ${BANNED.code} is invalid: ${JSON.stringify(added.errors)}`);
    bannedId = added.value.id;
  });
  await agent.withDoc(docName({ scope: 'fair', companyId: COMPANY.id }), (doc) => bansMap(doc).set(bannedId, true));
  return ACCOUNTS.map(({ login, name, role }) => ({ login, name, role }));
}
