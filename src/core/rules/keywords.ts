// Identifier word combinations and Chinese/English phrases that signal a category. Data for core/detect/keywords.ts.
// An identifier matches a combination when its words contain one word from EVERY group (order-free):
// `get_user_interest_tags` → {user} + {tags}. `not` lists words that veto the match.

export interface WordCombo {
  ruleId: string;
  all: ReadonlyArray<readonly string[]>;
  not?: readonly string[];
  /** Extra condition: the lower-cased file must contain one of these words too. */
  fileAlso?: readonly string[];
}

const PERSONAL = ['user', 'users', 'customer', 'personal', 'personalized', 'personalised', 'personalize', 'personalise', 'personalization', 'personalisation',
  'interest', 'interests', 'preference', 'preferences', 'behavior', 'behaviour', 'u2i', 'yonghu', 'gexinghua', 'member'];
const REC = ['recommend', 'recommendation', 'recommendations', 'recommender', 'recommended', 'rec', 'recs', 'feed', 'feeds', 'tag', 'tags', 'embedding',
  'embeddings', 'portrait', 'persona', 'ctr', 'cvr', 'tuijian', 'huaxiang', 'biaoqian'];

/** Words that make a personalised-recommendation match a test double, an editor's pick or a hashtag instead. */
const REC_VETO = ['test', 'mock', 'admin', 'curated', 'editor', 'manual', 'hashtag', 'hashtags'];
export const REC_VETO_WORDS: ReadonlySet<string> = new Set(REC_VETO);
/** Words that name a recommendation as such (not `rec`/`feed`/`tag`, which mean much else without a user word). */
export const RECOMMEND_WORDS: ReadonlySet<string> = new Set(['recommend', 'recommends', 'recommendation', 'recommendations', 'recommender', 'recommended', 'tuijian']);
/**
 * Argument words that say a call or declaration is about one person: `recommend(userId)`, `get_recs(customer_id)`.
 * Each contains a PERSONAL word below, so the prefilter's {PERSONAL}+{REC} clause already admits every file this can fire in.
 */
export const PERSONAL_ARGUMENT_WORDS: ReadonlySet<string> = new Set(['user', 'users', 'userid', 'customer', 'customerid', 'member', 'memberid', 'yonghu']);

export const WORD_COMBOS: readonly WordCombo[] = [
  // recommendation
  { ruleId: 'AILL-REC-PERSONALISED', all: [PERSONAL, REC], not: REC_VETO },
  // 猜你喜欢 in English (`getGuessYouLike`, `guess_you_like`)
  { ruleId: 'AILL-REC-PERSONALISED', all: [['guess'], ['you'], ['like', 'likes']] },
  // `DeepFM`/`xDeepFM` split into `deep fm`; the single word `deepfm` below covers `deepfm_model`
  { ruleId: 'AILL-REC-PERSONALISED', all: [['deep'], ['fm']] },
  { ruleId: 'AILL-REC-PERSONALISED', all: [['collaborative'], ['filtering', 'filter']] },
  { ruleId: 'AILL-REC-PERSONALISED', all: [['itemcf', 'usercf', 'deepfm', 'pctr', 'pcvr', 'xdeepfm']] },
  { ruleId: 'AILL-REC-PERSONALISED', all: [['item', 'user'], ['cf']] },
  { ruleId: 'AILL-REC-PERSONALISED', all: [['ctr', 'cvr'], ['predict', 'prediction', 'predictor', 'model', 'estimate', 'estimation']] },
  { ruleId: 'AILL-REC-PERSONALISED', all: [['matrix'], ['factorization', 'factorisation']] },
  { ruleId: 'AILL-REC-PERSONALISED', all: [['two'], ['tower']] },
  { ruleId: 'AILL-REC-PRICING', all: [['price', 'pricing', 'prices'], ['personalized', 'personalised', 'personalize', 'individual', 'individualized']] },
  { ruleId: 'AILL-REC-PRICING', all: [['price', 'pricing'], ['user', 'customer'], ['factor', 'multiplier', 'coefficient', 'weight', 'elasticity', 'sensitivity', 'willingness']] },
  { ruleId: 'AILL-REC-PRICING', all: [['price', 'pricing'], ['elasticity', 'sensitivity', 'willingness'], ['user', 'customer', 'per']] },
  // automated decisions
  { ruleId: 'AILL-ADM-AUTO-DECISION', all: [['auto', 'automatic', 'automated', 'autoapprove', 'autoreject'], ['approve', 'approval', 'approved', 'reject', 'rejection', 'rejected', 'decline', 'declined', 'deny', 'denial']] },
  { ruleId: 'AILL-ADM-AUTO-DECISION', all: [['autoapprove', 'autoreject', 'autodecline']] },
  { ruleId: 'AILL-ADM-AUTO-DECISION', all: [['resume', 'resumes', 'cv', 'cvs', 'candidate', 'candidates', 'applicant', 'applicants'], ['screen', 'screening', 'score', 'scoring', 'rank', 'ranking', 'shortlist', 'filter', 'reject']] },
  { ruleId: 'AILL-ADM-AUTO-DECISION', all: [['loan', 'credit', 'underwriting', 'claim', 'claims'], ['decision', 'decisioning']] },
  { ruleId: 'AILL-ADM-CREDIT-RISK', all: [['credit'], ['score', 'scoring', 'rating', 'scorecard']] },
  { ruleId: 'AILL-ADM-CREDIT-RISK', all: [['creditscore', 'zhima', 'scorecard']] },
  { ruleId: 'AILL-ADM-CREDIT-RISK', all: [['risk', 'fraud'], ['score', 'scoring', 'probability']], fileAlso: ['approve', 'reject', 'loan', 'borrower', 'applicant', 'lending', 'deny', 'decline'] },
  // face recognition flows
  {
    ruleId: 'AILL-FACE-FLOW',
    all: [['face', 'faces'], ['login', 'verify', 'verification', 'auth', 'authentication', 'authenticate', 'compare', 'comparison', 'match', 'matching',
      'recognition', 'recognize', 'recognise', 'identify', 'identification', 'search', 'unlock', 'pay', 'payment', 'liveness', 'enroll', 'enrol', 'enrollment',
      // a face encoding/descriptor is the feature vector that recognition compares (face_encodings, withFaceDescriptors)
      'encoding', 'encodings', 'descriptor', 'descriptors']],
    // CSS and font APIs: `FontFaceDescriptors`, `font_face_match`
    not: ['swap', 'swapper', 'font', 'fonts', 'typeface'],
  },
  { ruleId: 'AILL-FACE-FLOW', all: [['liveness'], ['detect', 'detection', 'check', 'verify']] },
  // deep synthesis
  { ruleId: 'AILL-DS-FACE-SWAP', all: [['face', 'faces'], ['swap', 'swapper', 'swapping', 'reenact', 'reenactment']] },
  { ruleId: 'AILL-DS-FACE-SWAP', all: [['faceswap', 'deepfake', 'deepfakes', 'inswapper', 'simswap']] },
  { ruleId: 'AILL-DS-VOICE-CLONE', all: [['voice', 'speaker', 'timbre'], ['clone', 'cloning', 'cloned', 'conversion', 'convert', 'changer']] },
  { ruleId: 'AILL-DS-VOICE-CLONE', all: [['clone'], ['voice']] },
  { ruleId: 'AILL-DS-TALKING-HEAD', all: [['lip', 'lips'], ['sync', 'synchronization']] },
  { ruleId: 'AILL-DS-TALKING-HEAD', all: [['lipsync', 'wav2lip', 'sadtalker']] },
  { ruleId: 'AILL-DS-TALKING-HEAD', all: [['talking'], ['head', 'face', 'avatar']] },
  // minors
  { ruleId: 'AILL-MINORS-MODE', all: [['minor', 'minors', 'youth', 'teen', 'teenager', 'kids', 'child', 'children', 'juvenile', 'qingshaonian', 'weichengnian'], ['mode']] },
  { ruleId: 'AILL-MINORS-MODE', all: [['anti', 'fang'], ['addiction', 'addicted', 'chenmi']] },
  { ruleId: 'AILL-MINORS-MODE', all: [['antiaddiction', 'fangchenmi']] },
  { ruleId: 'AILL-MINORS-MODE', all: [['real', 'realname', 'shiming'], ['auth', 'authentication', 'verify', 'verification', 'certification', 'certify', 'renzheng', 'check']] },
  { ruleId: 'AILL-MINORS-GUARDIAN', all: [['guardian', 'guardians', 'parental', 'parent', 'jianhuren'], ['consent', 'approval', 'authorization', 'authorisation', 'permission', 'agree', 'tongyi']] },
  { ruleId: 'AILL-MINORS-AGE-GATE', all: [['is', 'check', 'verify'], ['minor', 'underage', 'adult']], not: ['version', 'release', 'major', 'patch', 'semver'] },
  { ruleId: 'AILL-MINORS-AGE-GATE', all: [['underage', 'under14', 'under18']] },
  { ruleId: 'AILL-MINORS-AGE-GATE', all: [['age'], ['gate', 'verification', 'verify', 'check', 'restriction', 'restricted']] },
  // the minimum age of a cache entry, a release (`minimumReleaseAge` in Renovate and pnpm), a file or a token is not a person's
  {
    ruleId: 'AILL-MINORS-AGE-GATE',
    all: [['min', 'minimum'], ['age']],
    not: ['cache', 'ttl', 'cookie', 'max', 'release', 'version', 'package', 'file', 'log', 'logs', 'session', 'token', 'password', 'key', 'snapshot',
      'backup', 'artifact', 'build', 'commit', 'stale'],
  },
];

/** Phrases in string literals and comments (matched on the lower-cased text of the token). First use per file. */
export const PHRASES: ReadonlyArray<{ ruleId: string; phrases: readonly string[] }> = [
  { ruleId: 'AILL-REC-PERSONALISED', phrases: ['千人千面', '个性化推荐', '用户画像', '用户标签', '兴趣标签', '猜你喜欢'] },
  { ruleId: 'AILL-REC-PRICING', phrases: ['千人千价', '杀熟', '差异化定价', '个性化定价'] },
  { ruleId: 'AILL-ADM-AUTO-DECISION', phrases: ['自动审批', '自动拒绝', '自动拒贷', '简历筛选', '自动化决策', '自动决策'] },
  { ruleId: 'AILL-ADM-CREDIT-RISK', phrases: ['信用评分', '信用分', '芝麻分'] },
  { ruleId: 'AILL-FACE-FLOW', phrases: ['人脸识别', '刷脸', '人脸比对', '人脸核身', '人脸验证', '活体检测', '人脸登录'] },
  { ruleId: 'AILL-FACE-CLOUD-API', phrases: ['rekognition'] },
  { ruleId: 'AILL-DS-FACE-SWAP', phrases: ['inswapper', 'simswap', '换脸'] },
  { ruleId: 'AILL-DS-VOICE-CLONE', phrases: ['声音克隆', '语音克隆', '音色克隆', '声音复刻', '变声'] },
  { ruleId: 'AILL-DS-TALKING-HEAD', phrases: ['数字人', '对口型', '口型驱动'] },
  { ruleId: 'AILL-MINORS-MODE', phrases: ['青少年模式', '未成年人模式', '防沉迷', '实名认证', '实名制', '实名验证'] },
  { ruleId: 'AILL-MINORS-GUARDIAN', phrases: ['监护人同意', '家长同意', '监护人授权', '监护人确认', 'parental consent', 'guardian consent'] },
  { ruleId: 'AILL-MINORS-AGE-GATE', phrases: ['未满14', '未满十四', '不满十四', '不满14', '14岁以下', '十四周岁', '未成年'] },
];

/** Module names that are also identifiers: their tokens are already covered by the library rules. */
export const LIBRARY_IDENTIFIERS: ReadonlySet<string> = new Set(['face_recognition', 'faceswap', 'wav2lip', 'sadtalker', 'inswapper']);
