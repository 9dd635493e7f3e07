// Vocabulary of personal-information elements: English word sequences, pinyin, pinyin initials and Chinese labels.
// Data, not logic, so reviewers can read and extend it. Word sequences are matched as the HEAD of an identifier
// (its last words), e.g. `user_phone_number` ends with `phone number`.
import type { Localized } from '../model';

export type PiGroup =
  | 'id-document' // sensitive
  | 'biometric' // sensitive
  | 'health' // sensitive
  | 'financial' // sensitive
  | 'location-track' // sensitive
  | 'belief-identity' // sensitive
  | 'contact'
  | 'identity'
  | 'device-id'
  | 'location';

export interface PiElementDef {
  /** Stable element id used in `Finding.piElement` (the checklist's PI inventory). */
  id: string;
  group: PiGroup;
  sensitive: boolean;
  label: Localized;
  /** Word sequences that name the element anywhere (still subject to exclusions). */
  strong: string[][];
  /** Word sequences that name the element only inside a person context (a user/customer/patient… declaration). */
  weak?: string[][];
  /** Full pinyin spellings (joined, lower case): match anywhere. */
  pinyin?: string[];
  /** Pinyin initials: match only inside a person context. */
  initials?: string[];
  /** Chinese keywords in labels, comments and DDL COMMENTs. */
  zh?: string[];
}

const w = (...seqs: string[]): string[][] => seqs.map((s) => s.split(' '));

export const PI_ELEMENTS: readonly PiElementDef[] = [
  {
    id: 'id-card-number',
    group: 'id-document',
    sensitive: true,
    label: { zh: '身份证号', en: 'ID card number' },
    strong: w('id card', 'idcard', 'identity card', 'id card number', 'identity number', 'citizen id', 'resident id', 'national id', 'id card no'),
    weak: w('id number', 'id no', 'idno', 'idnumber', 'id num', 'cert no', 'certificate no', 'certificate number', 'identification number'),
    pinyin: ['shenfenzheng', 'shenfenzhenghao', 'shenfenzhenghaoma', 'zhengjianhaoma'],
    initials: ['sfz', 'sfzh', 'sfzhm', 'zjhm'],
    zh: ['身份证', '证件号'],
  },
  {
    id: 'passport-number',
    group: 'id-document',
    sensitive: true,
    label: { zh: '护照号', en: 'passport number' },
    strong: w('passport', 'passport no', 'passport number', 'driver license', 'driving license', 'driver licence', 'driving licence', 'drivers license'),
    pinyin: ['huzhao', 'huzhaohao', 'jiashizheng'],
    zh: ['护照', '驾驶证', '驾照', '港澳通行证'],
  },
  {
    id: 'face',
    group: 'biometric',
    sensitive: true,
    label: { zh: '人脸信息', en: 'facial data' },
    strong: w('face image', 'face photo', 'face feature', 'face features', 'face encoding', 'face encodings', 'face embedding', 'face embeddings',
      'face template', 'face data', 'face vector', 'faceprint', 'face print', 'face pic', 'face img', 'face picture', 'face descriptor'),
    pinyin: ['renlian', 'renliantezheng', 'renlianzhaopian', 'renlianshuju'],
    zh: ['人脸', '面部特征', '面容', '刷脸'],
  },
  {
    id: 'fingerprint',
    group: 'biometric',
    sensitive: true,
    label: { zh: '指纹', en: 'fingerprint' },
    strong: w('finger print', 'fingerprint template', 'fingerprint image', 'fingerprint data', 'fingerprint feature'),
    weak: w('fingerprint'),
    pinyin: ['zhiwen'],
    zh: ['指纹'],
  },
  {
    id: 'voiceprint',
    group: 'biometric',
    sensitive: true,
    label: { zh: '声纹', en: 'voiceprint' },
    strong: w('voiceprint', 'voice print', 'voice feature', 'speaker embedding', 'voice embedding'),
    pinyin: ['shengwen'],
    zh: ['声纹'],
  },
  {
    id: 'iris',
    group: 'biometric',
    sensitive: true,
    label: { zh: '虹膜', en: 'iris data' },
    strong: w('iris template', 'iris image', 'iris code'),
    weak: w('iris'),
    pinyin: ['hongmo'],
    zh: ['虹膜'],
  },
  {
    id: 'biometric',
    group: 'biometric',
    sensitive: true,
    label: { zh: '生物识别信息', en: 'biometric data' },
    strong: w('biometric', 'biometrics', 'biometric data', 'biometric template'),
    zh: ['生物识别', '生物特征'],
  },
  {
    id: 'health',
    group: 'health',
    sensitive: true,
    label: { zh: '健康医疗信息', en: 'health data' },
    strong: w('medical history', 'medical record', 'medical records', 'diagnosis', 'diagnoses', 'health record', 'health records', 'case history', 'medical condition'),
    weak: w('health', 'health status', 'health info', 'disease', 'diseases', 'allergy', 'allergies', 'blood type', 'medication', 'medications', 'prescription', 'symptoms', 'illness'),
    pinyin: ['bingli', 'bingshi', 'zhenduan', 'jiankangzhuangkuang'],
    zh: ['病历', '病史', '诊断', '健康状况', '疾病', '过敏', '血型', '用药', '体检'],
  },
  {
    id: 'bank-card',
    group: 'financial',
    sensitive: true,
    label: { zh: '银行卡号', en: 'bank card number' },
    strong: w('bank card', 'bankcard', 'bank card no', 'bank account', 'bank account no', 'bank account number', 'credit card', 'credit card number', 'debit card', 'iban'),
    weak: w('card no', 'card number', 'account no', 'acct no', 'account number', 'card num'),
    pinyin: ['yinhangka', 'yinhangkahao', 'yinhangzhanghao'],
    initials: ['yhk', 'yhkh'],
    zh: ['银行卡', '银行账号', '银行账户', '信用卡'],
  },
  {
    id: 'location-track',
    group: 'location-track',
    sensitive: true,
    label: { zh: '行踪轨迹', en: 'location track' },
    // A bare `trajectory` is as often a reinforcement-learning rollout or an animation path as a person's movements:
    // it needs a person context or a qualifier that makes it one.
    strong: w('gps track', 'location history', 'location track', 'location trace', 'track points', 'movement history', 'user trajectory',
      'gps trajectory', 'location trajectory', 'movement trajectory', 'travel trajectory', 'driving trajectory', 'trip trajectory'),
    weak: w('track', 'tracks', 'trace points', 'trajectory', 'trajectories'),
    pinyin: ['guiji', 'xingzongguiji'],
    zh: ['行踪', '轨迹'],
  },
  {
    id: 'religion',
    group: 'belief-identity',
    sensitive: true,
    label: { zh: '宗教信仰', en: 'religious belief' },
    strong: w('religion', 'religious belief', 'sexual orientation', 'criminal record', 'criminal records'),
    weak: w('faith'),
    pinyin: ['zongjiao', 'zongjiaoxinyang'],
    zh: ['宗教', '信仰', '性取向', '犯罪记录'],
  },
  {
    id: 'mobile',
    group: 'contact',
    sensitive: false,
    label: { zh: '手机号', en: 'mobile number' },
    strong: w('phone', 'phone number', 'phonenumber', 'mobile phone', 'mobilephone', 'cellphone', 'cell phone', 'telephone', 'mobile no', 'mobile number',
      'phone no', 'phone num', 'contact phone', 'tel no', 'mobile num'),
    weak: w('mobile', 'tel'),
    pinyin: ['shouji', 'shoujihao', 'shoujihaoma', 'dianhua', 'lianxidianhua', 'dianhuahaoma'],
    initials: ['sjh', 'sjhm', 'lxdh', 'dhhm'],
    zh: ['手机', '电话', '联系方式'],
  },
  {
    id: 'email',
    group: 'contact',
    sensitive: false,
    label: { zh: '电子邮箱', en: 'email address' },
    strong: w('email', 'e mail', 'email address', 'mail address', 'mailbox'),
    pinyin: ['youxiang', 'dianziyouxiang'],
    zh: ['邮箱', '电子邮件', '邮件地址'],
  },
  {
    id: 'address',
    group: 'contact',
    sensitive: false,
    label: { zh: '地址', en: 'address' },
    strong: w('home address', 'residential address', 'shipping address', 'delivery address', 'home addr', 'street address', 'mailing address',
      'receiver address', 'detail address', 'detailed address', 'postal address'),
    weak: w('address', 'addr'),
    pinyin: ['dizhi', 'zhuzhi', 'jiatingzhuzhi', 'shouhuodizhi', 'jiatingdizhi'],
    initials: ['dz'],
    zh: ['地址', '住址'],
  },
  {
    id: 'name',
    group: 'identity',
    sensitive: false,
    label: { zh: '姓名', en: 'name' },
    strong: w('real name', 'first name', 'last name', 'given name', 'family name', 'surname', 'legal name', 'middle name', 'realname', 'firstname', 'lastname'),
    // `fullname` is as often a file's or a package's full name.
    weak: w('full name', 'fullname'),
    // `name` alone is handled by the classifier (person context, qualifiers), see identifiers.ts.
    pinyin: ['xingming', 'zhenshixingming'],
    initials: ['xm'],
    zh: ['姓名', '真实姓名', '名字'],
  },
  {
    id: 'birthday',
    group: 'identity',
    sensitive: false,
    label: { zh: '出生日期', en: 'date of birth' },
    strong: w('birthday', 'birth date', 'date of birth', 'dob', 'birthdate', 'birth day'),
    weak: w('birth'),
    pinyin: ['shengri', 'chushengriqi', 'chushengnianyue'],
    initials: ['csrq'],
    zh: ['出生日期', '生日', '出生年月'],
  },
  {
    id: 'gender',
    group: 'identity',
    sensitive: false,
    label: { zh: '性别', en: 'gender' },
    strong: [],
    weak: w('gender', 'sex'),
    pinyin: ['xingbie'],
    zh: ['性别'],
  },
  {
    id: 'age',
    group: 'identity',
    sensitive: false,
    label: { zh: '年龄', en: 'age' },
    strong: [],
    weak: w('age'),
    pinyin: ['nianling'],
    zh: ['年龄'],
  },
  {
    id: 'device-id',
    group: 'device-id',
    sensitive: false,
    label: { zh: '设备标识', en: 'device identifier' },
    strong: w('imei', 'oaid', 'idfa', 'idfv', 'android id', 'androidid', 'imsi', 'iccid', 'udid', 'gaid', 'advertising id', 'mac address'),
    weak: w('device id', 'deviceid'),
    zh: ['设备号', '设备标识', '设备识别码'],
  },
  {
    id: 'openid',
    group: 'device-id',
    sensitive: false,
    label: { zh: '第三方账号标识', en: 'third-party account id' },
    strong: w('openid', 'open id', 'unionid', 'union id'),
    zh: [],
  },
  {
    // An IP address tied to a person (last login, registration) identifies them online; a server's bind or host IP does not,
    // so only inside a person context.
    id: 'ip-address',
    group: 'device-id',
    sensitive: false,
    label: { zh: 'IP 地址', en: 'IP address' },
    strong: [],
    // A bare `ip_address` stays out (it is as often a device's or server's); a login or registration IP is the person's.
    weak: w('login ip', 'loginip', 'register ip', 'registration ip', 'reg ip', 'signup ip', 'last ip', 'client ip', 'user ip'),
  },
  {
    id: 'location',
    group: 'location',
    sensitive: false,
    label: { zh: '位置信息', en: 'location' },
    strong: w('geolocation', 'geo location', 'gps location', 'current location'),
    weak: w('location', 'latitude', 'longitude', 'lat lng', 'gps', 'coordinates'),
    pinyin: ['dingwei', 'jingweidu'],
    zh: ['定位', '经纬度', '位置'],
  },
];

/** Words that name a person: a declaration whose name contains one is a person context. */
export const PERSON_WORDS: ReadonlySet<string> = new Set([
  'user', 'users', 'member', 'members', 'customer', 'customers', 'cust', 'patient', 'patients', 'student', 'students', 'employee', 'employees', 'emp',
  'staff', 'driver', 'drivers', 'passenger', 'passengers', 'rider', 'riders', 'holder', 'cardholder', 'applicant', 'applicants', 'candidate', 'candidates',
  'contact', 'contacts', 'person', 'persons', 'people', 'personal', 'citizen', 'resident', 'buyer', 'buyers', 'consumer', 'borrower', 'guest', 'visitor',
  'teacher', 'parent', 'guardian', 'child', 'children', 'kid', 'player', 'players', 'worker', 'courier', 'recipient', 'receiver', 'consignee', 'subscriber',
  'profile', 'userinfo', 'account', 'accounts', 'owner', 'tenant', 'doctor', 'nurse', 'traveler', 'traveller', 'insured', 'policyholder', 'beneficiary',
  'yonghu', 'huiyuan', 'kehu', 'huanzhe', 'bingren', 'xuesheng', 'yuangong', 'siji', 'chengke', 'renyuan', 'geren', 'lianxiren', 'jiazhang', 'ertong',
]);

/** Chinese words that mark a person context in labels and comments. */
export const PERSON_ZH: readonly string[] = [
  '用户', '会员', '客户', '患者', '病人', '学生', '员工', '司机', '乘客', '个人', '人员', '联系人', '持卡人', '申请人', '借款人', '家长', '监护人', '儿童',
  '未成年', '居民', '访客', '职工', '教师', '老师', '顾客', '买家', '收货人', '就诊人', '参保人', '投保人',
];

/** Words that make an identifier metadata about PI rather than PI itself (`phone_hash`, `masked_phone`, `email_count`…). */
export const EXCLUDE_WORDS: ReadonlySet<string> = new Set([
  'hash', 'hashed', 'hmac', 'md5', 'sha1', 'sha256', 'digest', 'encrypted', 'encrypt', 'enc', 'cipher', 'ciphertext', 'crypted', 'masked', 'mask',
  'desensitized', 'desensitize', 'tuomin', 'anonymized', 'anonymised', 'pseudonymized', 'redacted', 'obfuscated', 'token', 'tokens', 'env', 'count', 'cnt',
  'total', 'url', 'uri', 'link', 'type', 'types', 'kind', 'template', 'templates', 'regex', 'regexp', 'pattern', 'patterns', 'format', 'fmt', 'validator',
  'validate', 'valid', 'validation', 'verified', 'verify', 'verification', 'enabled', 'enable', 'required', 'visible', 'visibility', 'placeholder', 'label',
  'hint', 'tip', 'field', 'fields', 'column', 'col', 'prefix', 'suffix', 'length', 'len', 'size', 'max', 'min', 'limit', 'config', 'setting', 'settings',
  'flag', 'policy', 'rule', 'rules', 'is', 'has', 'show', 'allow', 'need', 'require', 'default', 'example', 'sample', 'fake', 'mock', 'dummy', 'index',
  'idx', 'sort', 'updated', 'changed', 'modified', 'expire', 'expires', 'expiry', 'error', 'errors', 'err', 'msg', 'message', 'title', 'desc',
  'description', 'schema', 'unique', 'key', 'keys', 'check', 'checker', 'service', 'client', 'server', 'provider', 'handler', 'api', 'button', 'btn',
  'input', 'icon', 'page', 'view', 'component', 'modal', 'dialog', 'router', 'route', 'screen', 'util', 'utils', 'helper', 'parser', 'formatter',
  'generator', 'sender', 'notification', 'notify', 'sms', 'code', 'otp', 'captcha', 'login', 'signin', 'signup', 'register', 'bind', 'binding', 'unbind',
  'supported', 'support', 'version', 'detector', 'detection', 'recognition', 'recognizer', 'model', 'models', 'cascade', 'swap',
]);

/** Trailing words tolerated after an element (`phone_no`, `id_card_str`, `email_list`). */
export const TAIL_WORDS: ReadonlySet<string> = new Set(['no', 'num', 'number', 'nr', 'str', 'string', 'val', 'value', 'info', 'list', 'arr', 'array', 'text', 'raw', 'plain', 'plaintext']);

/** Qualifiers that make `name` a person's name (`real_name`, `customer_name`, `contact_name`). */
export const NAME_QUALIFIERS: ReadonlySet<string> = new Set([
  'real', 'full', 'first', 'last', 'given', 'family', 'middle', 'legal', 'true', 'emergency', 'holder', 'account', 'card', 'contact', 'receiver',
  'recipient', 'consignee', 'guardian', 'parent', 'patient', 'customer', 'cust', 'member', 'student', 'employee', 'emp', 'driver', 'passenger',
  'applicant', 'candidate', 'person', 'citizen', 'buyer', 'borrower', 'guest', 'teacher', 'child', 'insured', 'beneficiary', 'doctor',
]);

/** Qualifiers that make `address` something other than a postal address (`ip_address`, `wallet_address`). */
export const NON_POSTAL_ADDRESS: ReadonlySet<string> = new Set([
  'ip', 'mac', 'server', 'host', 'bind', 'listen', 'remote', 'local', 'wallet', 'contract', 'memory', 'base', 'web', 'url', 'email', 'mail', 'proxy',
  'gateway', 'socket', 'peer', 'network', 'net', 'node', 'broadcast', 'ipv4', 'ipv6', 'return', 'target', 'source', 'src', 'dst', 'dest', 'destination',
  'bitcoin', 'eth', 'token', 'sender', 'from', 'to', 'reply', 'cc', 'bcc', 'smtp', 'service', 'public', 'private', 'virtual', 'physical', 'pointer',
]);

/** Chinese label qualifiers meaning the value is protected or derived, not the PI itself. */
export const ZH_PROTECTED: readonly string[] = ['哈希', '脱敏', '掩码', '摘要', '加密', '密文', '散列'];
