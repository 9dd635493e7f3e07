// The PI inventory: which personal-data elements the code handles, whether they are sensitive,
// where, and which processing touches them. A starting point for the PI protection impact
// assessment (PIPL Art. 55) and the PI list of a privacy policy. Never holds PI values.
import type { Category, Finding, Localized } from '../model';
import type { PiInventoryEntry, ProcessingKind } from './model';

const PROCESSING_BY_CATEGORY: Partial<Record<Category, ProcessingKind>> = {
  training: 'training',
  recommendation: 'recommendation',
  'cross-border': 'cross-border',
  'pi-logging': 'logs',
  'generative-ai': 'generation',
  'automated-decision': 'automated-decision',
  scraping: 'scraping',
  'face-recognition': 'face-recognition',
};

export const PROCESSING_LABELS: Record<ProcessingKind, Localized> = {
  training: { zh: '模型训练', en: 'Training' },
  recommendation: { zh: '算法推荐', en: 'Recommendation' },
  'cross-border': { zh: '跨境传输', en: 'Cross-border transfer' },
  logs: { zh: '日志', en: 'Logs' },
  generation: { zh: '内容生成', en: 'Generation' },
  'automated-decision': { zh: '自动化决策', en: 'Automated decisions' },
  scraping: { zh: '数据抓取', en: 'Scraping' },
  'face-recognition': { zh: '人脸识别', en: 'Face recognition' },
};

/** Labels for the element ids the rules use; unknown ids are shown as they are. */
const ELEMENT_LABELS: Record<string, Localized> = {
  'id-card-number': { zh: '身份证号', en: 'ID card number' },
  'passport-number': { zh: '护照号', en: 'Passport number' },
  mobile: { zh: '手机号', en: 'Mobile number' },
  phone: { zh: '电话号码', en: 'Phone number' },
  email: { zh: '电子邮箱', en: 'Email address' },
  name: { zh: '姓名', en: 'Name' },
  address: { zh: '地址', en: 'Address' },
  birthday: { zh: '出生日期', en: 'Date of birth' },
  age: { zh: '年龄', en: 'Age' },
  gender: { zh: '性别', en: 'Gender' },
  'bank-card': { zh: '银行卡号', en: 'Bank card number' },
  'bank-account': { zh: '银行账户', en: 'Bank account' },
  financial: { zh: '金融账户信息', en: 'Financial account information' },
  location: { zh: '行踪轨迹 / 精确位置', en: 'Location / whereabouts' },
  face: { zh: '人脸信息', en: 'Face data' },
  biometric: { zh: '生物识别信息', en: 'Biometric data' },
  fingerprint: { zh: '指纹', en: 'Fingerprint' },
  voiceprint: { zh: '声纹', en: 'Voiceprint' },
  health: { zh: '医疗健康信息', en: 'Health data' },
  religion: { zh: '宗教信仰', en: 'Religious belief' },
  'device-id': { zh: '设备标识符', en: 'Device identifier' },
  ip: { zh: 'IP 地址', en: 'IP address' },
  'ip-address': { zh: 'IP 地址', en: 'IP address' },
  'user-id': { zh: '用户标识', en: 'User identifier' },
  password: { zh: '密码 / 凭据', en: 'Password / credentials' },
  minor: { zh: '未成年人信息', en: 'Minors’ data' },
  'browsing-history': { zh: '浏览记录', en: 'Browsing history' },
  contacts: { zh: '通讯录', en: 'Contacts' },
};

export function elementLabel(element: string): Localized {
  return ELEMENT_LABELS[element] ?? { zh: element, en: element };
}

const MAX_LOCATIONS = 20;

/**
 * Processing is attributed from the element's own findings and from other findings in the same
 * file (a file that trains a model on a table with ID numbers touches ID numbers in training).
 */
export function buildInventory(findings: readonly Finding[]): PiInventoryEntry[] {
  const processingByFile = new Map<string, Set<ProcessingKind>>();
  for (const f of findings) {
    const kind = PROCESSING_BY_CATEGORY[f.category];
    if (kind) {
      let set = processingByFile.get(f.file);
      if (!set) {
        set = new Set();
        processingByFile.set(f.file, set);
      }
      set.add(kind);
    }
  }
  const entries = new Map<string, { sensitive: boolean; locations: Map<string, { file: string; line: number }>; processing: Set<ProcessingKind> }>();
  for (const f of findings) {
    if (!f.piElement) {
      continue;
    }
    let entry = entries.get(f.piElement);
    if (!entry) {
      entry = { sensitive: false, locations: new Map(), processing: new Set() };
      entries.set(f.piElement, entry);
    }
    entry.sensitive ||= f.sensitive === true || f.category === 'sensitive-pi' || f.category === 'face-recognition';
    entry.locations.set(`${f.file}\u0000${f.span.start.line}`, { file: f.file, line: f.span.start.line });
    for (const kind of processingByFile.get(f.file) ?? []) {
      entry.processing.add(kind);
    }
  }
  const order = Object.keys(PROCESSING_LABELS) as ProcessingKind[];
  return [...entries.entries()]
    .map(([element, e]) => {
      const locations = [...e.locations.values()].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
      return {
        element,
        label: elementLabel(element),
        sensitive: e.sensitive,
        locations: locations.slice(0, MAX_LOCATIONS),
        locationCount: locations.length,
        processing: order.filter((k) => e.processing.has(k)),
      };
    })
    .sort((a, b) => (a.sensitive === b.sensitive ? (a.element < b.element ? -1 : 1) : a.sensitive ? -1 : 1));
}
