// The obligations the product cites. Ids are stable API (diagnostics, checklist files and CI policies refer to
// them): never rename or remove one. Every article here is `yes` in the verified legal reference, or `SEC`
// with verification "secondary". Titles, summaries and good practice are our own words, never statute text.
import type { ApplicabilityCondition, Obligation } from './types';

// Reusable applicability conditions.
const publicInChina: ApplicabilityCondition = {
  question: 'publicInChina',
  appliesIf: ['yes'],
  note: {
    zh: '仅适用于向中国境内公众提供的服务。',
    en: 'Only for services offered to the public in mainland China.',
  },
};

const publicOpinion: ApplicabilityCondition = {
  question: 'publicOpinion',
  appliesIf: ['yes'],
  note: {
    zh: '仅适用于具有舆论属性或者社会动员能力的服务。',
    en: 'Only for services with public-opinion attributes or social-mobilisation capacity.',
  },
};

const minorsUnder18: ApplicabilityCondition = {
  question: 'minorsUnder18',
  appliesIf: ['yes'],
  note: { zh: '仅在有未成年用户时适用。', en: 'Only when minors use the service.' },
};

const minorsUnder14: ApplicabilityCondition = {
  question: 'minorsUnder14',
  appliesIf: ['yes'],
  note: { zh: '仅在有不满十四周岁的用户时适用。', en: 'Only when children under 14 use the service.' },
};

export const OBLIGATIONS: readonly Obligation[] = [
  // ─── Personal Information Protection Law ───
  {
    id: 'PIPL-6',
    instrument: 'PIPL',
    articles: ['6'],
    formerArticles: [],
    verification: 'verified',
    title: { zh: '目的明确，最小必要收集', en: 'Clear purpose; collect only what is necessary' },
    summary: {
      zh: '处理个人信息要有明确、合理的目的，并与目的直接相关；收集范围限于实现目的所需的最小范围，不得过度收集。',
      en: 'Process personal information only for a clear, reasonable purpose and in ways directly related to it, and collect no more than the minimum that purpose needs.',
    },
    goodPractice: {
      zh: '每个采集字段都能对应到一个具体功能；表单和 SDK 调用只请求该功能需要的字段和权限；在数据字典中记录字段用途，评审时删除说不出用途的字段。',
      en: 'Every collected field maps to a named feature; forms and SDK calls request only the fields and permissions that feature needs; a data dictionary records each field’s purpose, and fields without one are removed in review.',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-13',
    instrument: 'PIPL',
    articles: ['13'],
    formerArticles: [],
    verification: 'verified',
    title: { zh: '处理个人信息须有合法性基础', en: 'Have a legal basis for processing personal information' },
    summary: {
      zh: '只有取得个人同意，或属于订立、履行合同所必需、人力资源管理、履行法定职责或义务、应对突发事件、新闻报道、合理处理已公开信息等法定情形之一时，才可以处理个人信息。',
      en: 'You may process personal information only with the person’s consent or under another ground the law lists, such as performing a contract with them, HR management, a legal duty, emergencies, news reporting, or reasonable use of information already made public.',
    },
    goodPractice: {
      zh: '为每项处理活动登记合法性基础（consent、contract、legal_obligation 等），写入个人信息的代码路径能追溯到该登记；以同意为基础的，保存同意记录（时间、政策版本、范围）。',
      en: 'Record a legal basis (consent, contract, legal_obligation …) for each processing activity and make every code path that writes PI traceable to it; where consent is the basis, store a consent record with time, policy version and scope.',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-14',
    instrument: 'PIPL',
    articles: ['14'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '同意须知情、自愿、明确，变更时重新取得',
      en: 'Consent must be informed, voluntary and explicit; ask again when things change',
    },
    summary: {
      zh: '基于同意处理个人信息的，同意应在充分知情的前提下自愿、明确作出。处理目的、处理方式或个人信息种类发生变更的，应重新取得同意，例如把用户数据用于训练模型就是新的目的。',
      en: 'Consent must be given freely, explicitly and with full knowledge. If the purpose, the method or the categories of personal information change — reusing user data to train a model is a new purpose — you must obtain consent again.',
    },
    goodPractice: {
      zh: '同意框默认不勾选；同意记录带隐私政策版本号；政策版本或用途变化时触发重新同意；训练数据管道只读取同意范围包含“训练”的记录。',
      en: 'Consent boxes start unchecked; consent records carry the privacy-policy version; a new version or purpose triggers re-consent; training pipelines read only records whose consent scope includes training.',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-15',
    instrument: 'PIPL',
    articles: ['15'],
    formerArticles: [],
    verification: 'verified',
    title: { zh: '提供便捷的撤回同意方式', en: 'Offer an easy way to withdraw consent' },
    summary: {
      zh: '基于同意处理个人信息的，个人有权撤回同意，处理者应提供便捷的撤回方式。撤回不影响撤回前已进行的处理的效力。',
      en: 'Where processing rests on consent, people may withdraw it and you must make withdrawal convenient. Withdrawal does not undo the lawfulness of earlier processing.',
    },
    goodPractice: {
      zh: '在设置页提供与授予同意同样方便的撤回入口，并有对应接口（如 DELETE /consents/{purpose}）；撤回后推送、分析、训练等下游任务立即停止使用相关数据。',
      en: 'A withdraw control in settings that is as easy as giving consent, backed by an API (e.g. DELETE /consents/{purpose}); push, analytics and training jobs stop using the data as soon as consent is withdrawn.',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-16',
    instrument: 'PIPL',
    articles: ['16'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '不得因用户拒绝非必要处理而拒绝服务',
      en: 'Do not refuse service when users decline non-essential processing',
    },
    summary: {
      zh: '除处理个人信息属于提供产品或者服务所必需外，不得以个人不同意或者撤回同意为由，拒绝提供产品或者服务。',
      en: 'Unless the personal information is necessary for the product or service, you may not refuse to provide it because a person declines or withdraws consent.',
    },
    goodPractice: {
      zh: '把权限和字段分为“必需”和“可选”；拒绝可选授权后核心功能照常可用，只关闭依赖该授权的增强功能。',
      en: 'Split permissions and fields into required and optional; declining an optional one disables only the feature that needs it, never the core service.',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-17',
    instrument: 'PIPL',
    articles: ['17'],
    formerArticles: [],
    verification: 'verified',
    title: { zh: '处理前告知，并公开处理规则', en: 'Tell people before you collect; publish your processing rules' },
    summary: {
      zh: '处理个人信息前，应以显著方式、清晰易懂的语言告知处理者的名称和联系方式、处理目的和方式、个人信息种类、保存期限以及行使权利的方式和程序。通过个人信息处理规则告知的，规则应公开并便于查阅和保存。',
      en: 'Before processing, tell people prominently and in plain language who you are and how to reach you, the purposes and methods, the categories of personal information, how long you keep it and how they can exercise their rights. If you do this through processing rules (a privacy policy), they must be public and easy to read and keep.',
    },
    goodPractice: {
      zh: '注册页和每个收集表单旁放置隐私政策链接，并在首次收集前展示；政策写明保存期限和行使权利的渠道；政策有版本号。',
      en: 'A privacy-policy link next to sign-up and every collection form, shown before the first collection; the policy states retention periods and how to exercise rights; the policy is versioned.',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-19',
    instrument: 'PIPL',
    articles: ['19'],
    formerArticles: [],
    verification: 'verified',
    title: { zh: '保存期限为实现目的所必要的最短时间', en: 'Keep personal information only as long as necessary' },
    summary: {
      zh: '除法律、行政法规另有规定外，个人信息的保存期限应当为实现处理目的所必要的最短时间。',
      en: 'Unless a law or administrative regulation says otherwise, keep personal information only for the shortest time needed for the purpose.',
    },
    goodPractice: {
      zh: '每张含个人信息的表都有有限的 retention_days，由定时任务删除或匿名化到期数据；对象存储配置生命周期规则；备份同样设到期时间。',
      en: 'Each table holding PI has a finite retention_days and a scheduled job deletes or anonymises expired rows; object stores have lifecycle rules; backups expire too.',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-21',
    instrument: 'PIPL',
    articles: ['21'],
    formerArticles: [],
    verification: 'verified',
    title: { zh: '委托处理须签约并监督受托人', en: 'Entrusted processing: contract with and supervise the processor' },
    summary: {
      zh: '委托他人（如云端 AI 接口、OCR、统计服务）处理个人信息的，应与受托人约定处理目的、期限、方式、个人信息种类、保护措施以及双方权利义务，并监督其处理活动。受托人不得超出约定处理，合同结束后应返还或删除个人信息，未经同意不得转委托。',
      en: 'When another company processes personal information for you (cloud AI APIs, OCR, analytics), agree on the purpose, duration, method, categories, safeguards and each side’s rights and duties, and supervise them. The processor stays within the agreement, returns or deletes the data at the end and may not sub-contract without your consent.',
    },
    goodPractice: {
      zh: '维护受托处理方清单（供应商、SDK、云接口），每项关联合同和所发送的数据类别；只发送完成任务所需的字段；合同结束时取得删除确认。',
      en: 'Keep a register of processors (vendors, SDKs, cloud APIs), each linked to its contract and the data categories sent; send only the fields the task needs; obtain deletion confirmation when the contract ends.',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-23',
    instrument: 'PIPL',
    articles: ['23'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '向其他处理者提供个人信息须告知并取得单独同意',
      en: 'Sharing personal information with another processor needs notice and separate consent',
    },
    summary: {
      zh: '向其他个人信息处理者提供个人信息的，应告知接收方的名称、联系方式、处理目的、处理方式和个人信息种类，并取得个人的单独同意。接收方应在上述范围内处理。',
      en: 'Before giving personal information to another independent processor (a partner, an ad network), tell people the recipient’s name and contact details, its purpose and method and the categories of data, and obtain their separate consent. The recipient must stay within that scope.',
    },
    goodPractice: {
      zh: '数据共享接口和合作方导出任务在发送前检查该用户是否有针对该接收方的单独同意记录；隐私政策附第三方共享清单；共享日志记录接收方和字段（不记录字段值）。',
      en: 'Sharing APIs and partner export jobs check for a separate consent record naming that recipient before sending; the privacy policy lists third-party recipients; a sharing log records recipient and field names (never values).',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-24',
    instrument: 'PIPL',
    articles: ['24'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '自动化决策须透明公平，并提供不针对个人特征的选项',
      en: 'Automated decisions: transparent and fair, with a non-personalised option',
    },
    summary: {
      zh: '利用个人信息进行自动化决策，应保证决策的透明度和结果公平、公正，不得对个人在交易价格等交易条件上实行不合理的差别待遇。通过自动化决策进行信息推送、商业营销的，应同时提供不针对个人特征的选项，或者便捷的拒绝方式。对个人权益有重大影响的决定，个人有权要求说明，并有权拒绝仅通过自动化决策作出决定。',
      en: 'Automated decision-making with personal information must be transparent and fair and must not impose unreasonable differences in price or other terms. Personalised push and marketing must come with an option not based on personal traits, or an easy way to refuse. For decisions with a major impact, people may ask for an explanation and refuse decisions made solely by automated means.',
    },
    goodPractice: {
      zh: '推荐和推送提供“关闭个性化”开关，关闭后立即改用非个性化结果；同一商品价格不取决于用户画像；信贷、招聘等重大决定保留人工复核通道，并能说明主要理由。',
      en: 'A “personalisation off” switch for feeds and push that takes effect at once; prices for the same item do not depend on the user’s profile; credit, hiring and similar decisions keep a human-review path and can state their main reasons.',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-26',
    instrument: 'PIPL',
    articles: ['26'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '公共场所图像采集、身份识别仅限维护公共安全',
      en: 'Cameras and identification in public places: public security only, with signs',
    },
    summary: {
      zh: '在公共场所安装图像采集、个人身份识别设备，应当为维护公共安全所必需，遵守国家有关规定，并设置显著的提示标识。所收集的个人图像、身份识别信息只能用于维护公共安全的目的，取得个人单独同意的除外。',
      en: 'Image-capture and identity-recognition equipment in public places must be necessary for public security, follow state rules and be marked with prominent signs. The images and identification data may be used only for public security unless each person gives separate consent.',
    },
    goodPractice: {
      zh: '摄像头接入代码把用途限定为公共安全；客流分析、营销等其他用途默认关闭，只有取得单独同意后才启用；部署记录写明提示标识的位置。',
      en: 'Camera-ingestion code restricts use to public security; other uses (footfall analytics, marketing) are off by default and enabled only with separate consent; the deployment record notes where the signs are posted.',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-28',
    instrument: 'PIPL',
    articles: ['28'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '敏感个人信息：特定目的、充分必要、严格保护',
      en: 'Sensitive personal information: specific purpose, real necessity, strict protection',
    },
    summary: {
      zh: '生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息，以及不满十四周岁未成年人的个人信息，属于敏感个人信息。只有在具有特定目的和充分必要性，并采取严格保护措施的情况下，才可以处理。',
      en: 'Biometrics, religious beliefs, specific identities, medical and health data, financial accounts, location tracks and all personal information of children under 14 are sensitive personal information. Process it only for a specific purpose, when truly necessary, and under strict protection.',
    },
    goodPractice: {
      zh: '在数据字典中把敏感字段标为 sensitive；字段级加密，单独的访问角色和访问日志；默认不进入日志、埋点和训练数据；能用替代方案（如端侧验证）就不收集。',
      en: 'Mark sensitive fields as such in the data dictionary; encrypt them at field level with their own access role and access log; keep them out of logs, analytics and training data by default; prefer alternatives that avoid collecting them (e.g. on-device verification).',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-29',
    instrument: 'PIPL',
    articles: ['29'],
    formerArticles: [],
    verification: 'verified',
    title: { zh: '处理敏感个人信息须取得单独同意', en: 'Separate consent before processing sensitive personal information' },
    summary: {
      zh: '处理敏感个人信息应当取得个人的单独同意，不能与一般条款捆绑；法律、行政法规规定应当取得书面同意的，从其规定。',
      en: 'Processing sensitive personal information needs the person’s separate consent, not bundled with general terms, and written consent where a law or administrative regulation requires it.',
    },
    goodPractice: {
      zh: '采集人脸、健康、金融账户等信息前弹出独立的同意界面，单独记录用途、时间和版本；未同意时不调用采集接口；敏感信息同意不并入隐私政策的一揽子勾选。',
      en: 'A dedicated consent screen before capturing face, health or account data, recorded on its own with purpose, time and version; the capture call is not made without it; sensitive-data consent is never folded into the general privacy-policy checkbox.',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-30',
    instrument: 'PIPL',
    articles: ['30'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '处理敏感个人信息须告知必要性和影响',
      en: 'Explain why sensitive data is needed and how it affects the person',
    },
    summary: {
      zh: '处理敏感个人信息的，除一般告知事项外，还应当告知处理的必要性以及对个人权益的影响，依法可以不告知的除外。',
      en: 'On top of the usual notice, explain why processing the sensitive personal information is necessary and what impact it has on the person, unless the law allows you not to notify.',
    },
    goodPractice: {
      zh: '敏感信息的同意界面写明“为什么需要”“不提供会怎样”“对你有什么影响”，并与隐私政策对应章节一致。',
      en: 'The sensitive-data consent screen says why it is needed, what happens if the user declines and what it means for them, matching the privacy policy.',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-31',
    instrument: 'PIPL',
    articles: ['31'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '不满十四周岁未成年人：监护人同意和专门规则',
      en: 'Children under 14: guardian consent and dedicated rules',
    },
    summary: {
      zh: '处理不满十四周岁未成年人个人信息的，应当取得其父母或者其他监护人的同意，并制定专门的个人信息处理规则。',
      en: 'To process personal information of a child under 14 you need the consent of a parent or other guardian, and dedicated processing rules for children’s data.',
    },
    goodPractice: {
      zh: '注册时判断年龄，不满十四周岁的进入监护人同意流程（核验监护人并记录同意）；提供单独的儿童个人信息保护规则；儿童账号默认关闭画像和个性化推荐。',
      en: 'An age check at sign-up routes under-14s to a guardian-consent flow that verifies and records the guardian’s consent; a separate children’s privacy policy; child accounts have profiling and personalisation off by default.',
    },
    appliesWhen: [minorsUnder14],
  },
  {
    id: 'PIPL-38',
    instrument: 'PIPL',
    articles: ['38'],
    formerArticles: [],
    verification: 'verified',
    title: { zh: '个人信息出境须具备法定条件', en: 'Sending personal information abroad needs a lawful route' },
    summary: {
      zh: '因业务需要向境外提供个人信息的，应具备法定条件之一：通过国家网信部门组织的安全评估、经专业机构进行个人信息保护认证、按国家网信部门制定的标准合同与境外接收方订立合同，或符合法律、行政法规或国家网信部门规定的其他条件；并确保境外接收方的处理活动达到本法规定的保护标准。',
      en: 'To provide personal information to a recipient outside mainland China you need a lawful route: a CAC security assessment, personal-information protection certification, the CAC standard contract, or another condition set by law or by the CAC (such as the exemptions in the 2024 cross-border provisions). The foreign recipient must protect the data to PIPL’s standard.',
    },
    goodPractice: {
      zh: '维护数据出境清单：每个境外接口、云区域和 SaaS 遥测端点都对应出境路径（安全评估、认证、标准合同或豁免理由）；默认使用境内区域和端点；出境前做字段最小化或去标识化。',
      en: 'Keep a transfer register: every foreign API, cloud region and SaaS telemetry endpoint is mapped to its route (assessment, certification, standard contract or exemption reason); default to mainland regions and endpoints; minimise or de-identify fields before they leave.',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-39',
    instrument: 'PIPL',
    articles: ['39'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '个人信息出境须告知并取得单独同意',
      en: 'Tell people about the transfer abroad and get their separate consent',
    },
    summary: {
      zh: '向境外提供个人信息的，应告知境外接收方的名称、联系方式、处理目的、处理方式、个人信息种类，以及个人向其行使权利的方式和程序，并取得个人的单独同意。',
      en: 'Tell people the foreign recipient’s name and contact details, the purpose, method and categories of data, and how they can exercise their rights against the recipient, and obtain their separate consent.',
    },
    goodPractice: {
      zh: '调用境外模型接口或向境外服务发送个人信息前，检查用户对该出境的单独同意；隐私政策列出境外接收方；未同意时改用境内服务或不发送个人字段。',
      en: 'Before calling a foreign model API or sending PI to a foreign service, check for the user’s separate consent to that transfer; the privacy policy lists foreign recipients; without consent, use a domestic alternative or strip the personal fields.',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-44',
    instrument: 'PIPL',
    articles: ['44'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '保障知情权、决定权，允许限制或拒绝处理',
      en: 'Respect the right to know and decide, and to restrict or refuse processing',
    },
    summary: {
      zh: '个人对其个人信息的处理享有知情权、决定权，有权限制或者拒绝他人对其个人信息进行处理，法律、行政法规另有规定的除外。',
      en: 'People have the right to know about and decide on the processing of their personal information, and to restrict or refuse it, unless a law or administrative regulation provides otherwise.',
    },
    goodPractice: {
      zh: '隐私设置中按用途提供开关（个性化、营销、分析），后端严格遵守；提供“我的数据”页面说明正在进行哪些处理。',
      en: 'Per-purpose toggles in privacy settings (personalisation, marketing, analytics) that the back end honours; a “my data” page explaining what processing is going on.',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-45',
    instrument: 'PIPL',
    articles: ['45'],
    formerArticles: [],
    verification: 'verified',
    title: { zh: '支持查阅、复制和转移个人信息', en: 'Let people access, copy and port their personal information' },
    summary: {
      zh: '个人有权向处理者查阅、复制其个人信息，处理者应及时提供。个人请求将其个人信息转移至其指定的处理者，符合国家网信部门规定条件的，处理者应提供转移的途径。',
      en: 'People may access and copy their personal information, which you must provide promptly. Where the CAC’s conditions are met, you must also offer a way to transfer it to another processor they name.',
    },
    goodPractice: {
      zh: '提供数据导出接口（如 GET /me/export，输出 JSON 或 CSV），覆盖账号、订单、行为等主要数据；导出前验证身份并留痕。',
      en: 'A data-export endpoint (e.g. GET /me/export, JSON or CSV) covering account, order and activity data; exports require authentication and are logged.',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-47',
    instrument: 'PIPL',
    articles: ['47'],
    formerArticles: [],
    verification: 'verified',
    title: { zh: '依法主动删除个人信息', en: 'Delete personal information when you may no longer keep it' },
    summary: {
      zh: '处理目的已实现、无法实现或者不再必要，停止提供产品或服务或者保存期限已届满，个人撤回同意，或者违法、违约处理的，处理者应主动删除个人信息；处理者未删除的，个人有权请求删除。法定保存期限未届满或者删除在技术上难以实现的，应停止除存储和采取安全保护措施之外的处理。',
      en: 'Delete personal information on your own initiative when the purpose is achieved or no longer needed, the service ends or the retention period expires, consent is withdrawn, or processing breaches law or agreement — and on request if you have not. Where a legal retention period still runs or deletion is technically impossible, only store and secure the data.',
    },
    goodPractice: {
      zh: '账号注销触发级联删除（数据库、缓存、搜索索引、对象存储和下游副本），而不只是软删除标记；撤回同意后从训练集和特征库中剔除；删除任务留有审计记录。',
      en: 'Account deletion cascades through database, caches, search indexes, object storage and downstream copies instead of only setting a deleted flag; withdrawn consent removes the data from training sets and feature stores; deletion jobs leave an audit record.',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-50',
    instrument: 'PIPL',
    articles: ['50'],
    formerArticles: [],
    verification: 'verified',
    title: { zh: '建立便捷的个人权利请求受理机制', en: 'Provide a way to receive and answer rights requests' },
    summary: {
      zh: '处理者应建立便捷的个人行使权利的申请受理和处理机制；拒绝个人行使权利的请求的，应说明理由。',
      en: 'Have a convenient mechanism for receiving and handling people’s requests to exercise their rights, and give reasons when you refuse one.',
    },
    goodPractice: {
      zh: '提供统一的权利请求入口（应用内或网页表单）并跟踪处理状态；拒绝时返回并记录理由；设定内部处理时限。',
      en: 'One entry point for rights requests (in-app or web form) with status tracking; refusals return and record a reason; internal deadlines for handling.',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-51',
    instrument: 'PIPL',
    articles: ['51'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '采取管理和技术措施保护个人信息',
      en: 'Internal rules and technical measures to protect personal information',
    },
    summary: {
      zh: '处理者应制定内部管理制度和操作规程，对个人信息实行分类管理，采取加密、去标识化等安全技术措施，合理确定操作权限并定期培训从业人员，制定并组织实施个人信息安全事件应急预案。',
      en: 'Set internal rules and procedures, classify personal information, use encryption, de-identification and similar technical measures, define access rights sensibly and train staff regularly, and have and practise an incident response plan.',
    },
    goodPractice: {
      zh: '个人信息字段加密存储（密钥由 KMS 管理），按角色最小授权，访问有审计日志；日志和测试环境只用脱敏数据；有安全事件应急预案和演练记录。',
      en: 'PI columns encrypted at rest with KMS-managed keys, least-privilege roles and audited access; only masked data in logs and test environments; an incident response plan with drill records.',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-55',
    instrument: 'PIPL',
    articles: ['55'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '事前开展个人信息保护影响评估',
      en: 'Carry out a personal information protection impact assessment first',
    },
    summary: {
      zh: '处理敏感个人信息，利用个人信息进行自动化决策，委托处理、向其他处理者提供或公开个人信息，向境外提供个人信息，以及其他对个人权益有重大影响的处理活动，应事前进行个人信息保护影响评估，并对处理情况进行记录。',
      en: 'Before processing sensitive personal information, making automated decisions, entrusting, sharing or publishing personal information, transferring it abroad, or other processing with a major impact on people, carry out a personal information protection impact assessment (PIPIA) and record the processing.',
    },
    goodPractice: {
      zh: '在需求评审或合并请求模板中加入“是否需要影响评估”检查项；评估报告和处理记录随代码版本化保存至少三年；功能上线以评估完成为前提。',
      en: 'A “PIPIA needed?” item in design-review or pull-request templates; assessment reports and processing records versioned with the code and kept at least three years; launch gated on a completed assessment.',
    },
    appliesWhen: [],
  },
  {
    id: 'PIPL-57',
    instrument: 'PIPL',
    articles: ['57'],
    formerArticles: [],
    verification: 'verified',
    title: { zh: '个人信息泄露时立即补救并通知', en: 'On a personal-data breach: remedy at once and notify' },
    summary: {
      zh: '发生或者可能发生个人信息泄露、篡改、丢失的，处理者应立即采取补救措施，并通知履行个人信息保护职责的部门和个人。',
      en: 'When personal information is or may be leaked, altered or lost, take remedial measures at once and notify the regulator and the people affected.',
    },
    goodPractice: {
      zh: '有可执行的泄露响应流程：检测告警、查询影响范围（哪些用户、哪些字段）、通知模板和联系人；定期演练并记录。',
      en: 'An actionable breach runbook: detection alerts, a query to scope affected users and fields, notification templates and contacts; rehearsed and recorded.',
    },
    appliesWhen: [],
  },

  // ─── Data Security Law ───
  {
    id: 'DSL-21',
    instrument: 'DSL',
    articles: ['21'],
    formerArticles: [],
    verification: 'verified',
    title: { zh: '数据分类分级保护', en: 'Classify and grade your data' },
    summary: {
      zh: '国家建立数据分类分级保护制度，重要数据实行重点保护，核心数据实行更加严格的管理；各地区、各部门确定本地区、本部门以及相关行业、领域的重要数据具体目录。处理者需要知道自己的数据属于哪一类、哪一级并相应保护。',
      en: 'China protects data by class and grade: important data gets focused protection and core data a stricter regime, with regions and sectors publishing catalogues of important data. You need to know which class and grade each of your datasets has and protect it accordingly.',
    },
    goodPractice: {
      zh: '数据资产清单为每个数据集标注 classification 和 level（如一般、重要、核心），存储和访问控制按级别配置；新表未填写分级不得上线。',
      en: 'The data inventory tags each dataset with classification and level (e.g. general, important, core); storage and access controls follow the level; new tables cannot ship without the tags.',
    },
    appliesWhen: [],
  },
  {
    id: 'DSL-27',
    instrument: 'DSL',
    articles: ['27'],
    formerArticles: [],
    verification: 'verified',
    title: { zh: '建立全流程数据安全管理制度', en: 'Manage data security across the whole lifecycle' },
    summary: {
      zh: '开展数据处理活动应建立健全全流程数据安全管理制度，组织数据安全教育培训，采取相应技术措施保障数据安全；利用互联网开展的，应在网络安全等级保护制度的基础上履行上述义务。重要数据的处理者应明确数据安全负责人和管理机构。',
      en: 'Set up data security management for the whole lifecycle, train staff and take technical measures; online processing builds on the multi-level protection scheme (MLPS). Processors of important data must name a person and a body responsible for data security.',
    },
    goodPractice: {
      zh: '存储加密、访问控制和审计日志作为基础配置，并在基础设施即代码中可见；定期备份并演练恢复；数据管道记录数据的来源和去向。',
      en: 'Encryption at rest, access control and audit logging as baseline settings visible in infrastructure-as-code; regular backups with tested restores; pipelines record where data comes from and where it goes.',
    },
    appliesWhen: [],
  },
  {
    id: 'DSL-29',
    instrument: 'DSL',
    articles: ['29'],
    formerArticles: [],
    verification: 'verified',
    title: { zh: '加强风险监测，及时处置数据安全事件', en: 'Monitor risks and handle data security incidents' },
    summary: {
      zh: '开展数据处理活动应加强风险监测，发现数据安全缺陷、漏洞等风险时，应立即采取补救措施；发生数据安全事件时，应立即采取处置措施，按照规定及时告知用户并向有关主管部门报告。',
      en: 'Monitor for risks and fix data security defects and vulnerabilities as soon as you find them; when an incident happens, act at once, inform users and report to the competent authorities as required.',
    },
    goodPractice: {
      zh: '在持续集成中做依赖漏洞扫描；对异常数据访问告警；事件应急预案包含告知用户和报告主管部门的步骤与模板。',
      en: 'Dependency vulnerability scanning in CI; alerts on unusual data access; an incident plan with steps and templates for informing users and reporting to the authorities.',
    },
    appliesWhen: [],
  },
  {
    id: 'DSL-32',
    instrument: 'DSL',
    articles: ['32'],
    formerArticles: [],
    verification: 'verified',
    title: { zh: '以合法、正当的方式收集数据', en: 'Collect data only by lawful and proper means' },
    summary: {
      zh: '任何组织、个人收集数据，应当采取合法、正当的方式，不得窃取或者以其他非法方式获取数据。法律、行政法规对收集、使用数据的目的、范围有规定的，应在规定的目的和范围内收集、使用。',
      en: 'Collect data by lawful and proper means only; never steal it or obtain it illegally, and stay within any purpose and scope that laws or regulations set for collecting and using it.',
    },
    goodPractice: {
      zh: '爬虫遵守 robots.txt（ROBOTSTXT_OBEY = True），不绕过登录、验证码或反爬措施，限速并在 User-Agent 中表明身份；采购的数据集附有来源证明和授权合同。',
      en: 'Crawlers obey robots.txt (ROBOTSTXT_OBEY = True), never bypass logins, captchas or anti-bot measures, throttle requests and identify themselves in the User-Agent; purchased datasets come with provenance and licence contracts.',
    },
    appliesWhen: [],
  },

  // ─── Cybersecurity Law, amended numbering (effective 2026-01-01); former numbers in brackets ───
  {
    id: 'CSL-23',
    instrument: 'CSL',
    articles: ['23'],
    formerArticles: ['21'],
    verification: 'verified',
    title: {
      zh: '落实等级保护义务，网络日志留存不少于六个月',
      en: 'Multi-level protection duties; keep network logs at least six months',
    },
    summary: {
      zh: '网络运营者应按照网络安全等级保护制度履行安全保护义务：制定内部安全管理制度并确定负责人；采取防范攻击、入侵的技术措施；采取监测、记录网络运行状态和网络安全事件的技术措施，并按照规定留存相关网络日志不少于六个月；采取数据分类、重要数据备份和加密等措施。',
      en: 'Network operators must meet the multi-level protection scheme: internal security rules and a responsible person; technical measures against attacks and intrusion; monitoring and recording of network operation and security events, keeping the relevant network logs for at least six months; data classification, backup of important data and encryption.',
    },
    goodPractice: {
      zh: '日志保留期配置为不少于 180 天（如 CloudWatch retentionInDays 为 180 或更长，Loki retention_period 不少于 4320h，按日轮转的 logrotate 设置 rotate 180）；安全事件日志集中存储并防篡改；重要数据定期备份并加密。',
      en: 'Log retention of at least 180 days (e.g. CloudWatch retentionInDays 180 or more, Loki retention_period of at least 4320h, daily logrotate with rotate 180); security-event logs centralised and tamper-resistant; important data backed up and encrypted.',
    },
    appliesWhen: [],
  },
  {
    id: 'CSL-24',
    instrument: 'CSL',
    articles: ['24'],
    formerArticles: ['22'],
    verification: 'verified',
    title: {
      zh: '网络产品不得含恶意程序；收集用户信息须明示并取得同意',
      en: 'Network products: no malware, fix flaws, and get consent before collecting user information',
    },
    summary: {
      zh: '网络产品、服务应当符合国家标准的强制性要求，不得设置恶意程序；发现安全缺陷、漏洞等风险时，应立即采取补救措施，按照规定告知用户并报告；应持续提供安全维护。网络产品、服务具有收集用户信息功能的，应向用户明示并取得同意。',
      en: 'Network products and services must meet mandatory national standards and contain no malicious code; providers must remedy security defects and vulnerabilities at once, inform users and report as required, and keep providing security maintenance. Products that collect user information must tell users and obtain their consent.',
    },
    goodPractice: {
      zh: '统计、崩溃上报等 SDK 在用户同意之前不初始化（初始化放在同意回调中）；崩溃报告默认剔除个人信息；有漏洞响应和补丁发布流程。',
      en: 'Analytics and crash-reporting SDKs are not initialised before the user agrees (init runs in the consent callback); crash reports strip personal information by default; a vulnerability-response and patch process exists.',
    },
    appliesWhen: [],
  },
  {
    id: 'CSL-29',
    instrument: 'CSL',
    articles: ['29'],
    formerArticles: ['27'],
    verification: 'verified',
    title: {
      zh: '不得侵入他人网络、窃取数据或提供专门工具',
      en: 'No intrusion, interference or data theft, and no tools made for it',
    },
    summary: {
      zh: '任何个人和组织不得从事非法侵入他人网络、干扰他人网络正常功能、窃取网络数据等危害网络安全的活动；不得提供专门用于从事上述活动的程序、工具；明知他人从事上述活动的，不得为其提供技术支持、广告推广、支付结算等帮助。',
      en: 'Nobody may intrude into others’ networks, interfere with their normal functioning or steal network data, provide programs or tools made for such acts, or knowingly help others do so with technical support, advertising or payment services.',
    },
    goodPractice: {
      zh: '采集程序只访问公开且允许访问的页面，不破解验证码、不伪造凭据、不绕过访问控制；请求速率受限，不影响目标网站正常运行。',
      en: 'Collectors visit only public pages they are allowed to access, never break captchas, forge credentials or bypass access controls, and are rate-limited so the target site keeps working normally.',
    },
    appliesWhen: [],
  },
  {
    id: 'CSL-39',
    instrument: 'CSL',
    articles: ['39'],
    formerArticles: ['37'],
    verification: 'verified',
    title: {
      zh: '关键信息基础设施运营者在境内存储个人信息和重要数据',
      en: 'CIIOs store personal information and important data in China',
    },
    summary: {
      zh: '关键信息基础设施的运营者在境内运营中收集和产生的个人信息和重要数据应当在境内存储；因业务需要确需向境外提供的，应按照国家有关规定进行安全评估。',
      en: 'Critical information infrastructure operators must store personal information and important data collected or generated in China inside China; where they truly need to provide it abroad, a security assessment under state rules is required.',
    },
    goodPractice: {
      zh: '存储和副本限定在境内区域（如只允许 cn- 开头区域的策略）；跨区域复制配置不含境外区域；任何出境需求走安全评估流程。',
      en: 'Storage and replicas are pinned to mainland regions (e.g. a policy allowing only cn-* regions); cross-region replication lists no foreign region; any export request goes through the security-assessment process.',
    },
    appliesWhen: [
      {
        question: 'ciio',
        appliesIf: ['yes'],
        note: {
          zh: '仅适用于关键信息基础设施运营者。',
          en: 'Only for critical information infrastructure operators.',
        },
      },
    ],
  },
  {
    id: 'CSL-43',
    instrument: 'CSL',
    articles: ['43'],
    formerArticles: ['41'],
    verification: 'verified',
    title: {
      zh: '收集使用个人信息遵循合法、正当、必要原则',
      en: 'Collect and use personal information lawfully, properly and only as needed',
    },
    summary: {
      zh: '网络运营者收集、使用个人信息，应遵循合法、正当、必要的原则，公开收集、使用规则，明示收集、使用信息的目的、方式和范围，并经被收集者同意；不得收集与其提供的服务无关的个人信息，不得违反法律法规的规定和双方的约定收集、使用个人信息。',
      en: 'Network operators collecting and using personal information must follow lawfulness, propriety and necessity, publish their rules, state the purpose, method and scope, and obtain consent. They may not collect personal information unrelated to their service, or collect or use it against the law or their agreement with the user.',
    },
    goodPractice: {
      zh: '公开隐私政策，并在收集前取得同意；只申请与功能相关的权限和字段；在数据字典中写明每个字段的用途。',
      en: 'A published privacy policy and consent before collection; request only the permissions and fields the feature needs; record each field’s purpose in the data dictionary.',
    },
    appliesWhen: [],
  },
  {
    id: 'CSL-44',
    instrument: 'CSL',
    articles: ['44'],
    formerArticles: ['42'],
    verification: 'verified',
    title: {
      zh: '不得泄露、篡改个人信息，未经同意不得向他人提供',
      en: 'Do not leak or alter personal information, or share it without consent',
    },
    summary: {
      zh: '网络运营者不得泄露、篡改、毁损其收集的个人信息；未经被收集者同意，不得向他人提供个人信息，但经过处理无法识别特定个人且不能复原的除外。应采取技术措施确保个人信息安全；发生或者可能发生泄露、毁损、丢失时，应立即采取补救措施，按照规定及时告知用户并报告。',
      en: 'Network operators must not leak, alter or destroy the personal information they collect, or provide it to others without consent unless it has been processed so that no one can be identified and it cannot be restored. They must secure it and, on an actual or possible leak, damage or loss, remedy it at once, inform users and report as required.',
    },
    goodPractice: {
      zh: '对外接口和导出默认不含个人字段；共享前做匿名化并评估能否复原（哈希后的手机号不算匿名）；有泄露告警和通知流程。',
      en: 'External APIs and exports omit personal fields by default; data is anonymised before sharing and checked for re-identification (a hashed phone number is not anonymous); leak alerts and a notification process exist.',
    },
    appliesWhen: [],
  },
  {
    id: 'CSL-46',
    instrument: 'CSL',
    articles: ['46'],
    formerArticles: ['44'],
    verification: 'verified',
    title: {
      zh: '不得窃取、非法获取或出售个人信息',
      en: 'No theft, illegal acquisition or sale of personal information',
    },
    summary: {
      zh: '任何个人和组织不得窃取或者以其他非法方式获取个人信息，不得非法出售或者非法向他人提供个人信息。',
      en: 'Nobody may steal or otherwise illegally obtain personal information, or illegally sell or provide it to others.',
    },
    goodPractice: {
      zh: '爬取时过滤并丢弃手机号、身份证号、邮箱等个人字段；不使用泄露数据或来源不明的数据；数据采购合同要求卖方证明合法来源和授权。',
      en: 'Crawlers filter out and drop personal fields such as phone numbers, ID numbers and emails; never use leaked or untraceable data; purchase contracts require the seller to prove a lawful source and authorisation.',
    },
    appliesWhen: [],
  },

  // ─── Algorithmic Recommendation Provisions ───
  {
    id: 'ARP-10',
    instrument: 'ARP',
    articles: ['10'],
    formerArticles: [],
    verification: 'verified',
    title: { zh: '加强用户模型和用户标签管理', en: 'Manage user models and interest tags responsibly' },
    summary: {
      zh: '算法推荐服务提供者应加强用户模型和用户标签管理，完善记入用户模型的兴趣点规则和用户标签管理规则，不得将违法和不良信息关键词记入用户兴趣点或者作为用户标签并据以推送信息。',
      en: 'Providers must manage user models and user tags, keep rules for which interest points enter a user model and how tags are managed, and never record illegal or harmful keywords as interests or tags or push information based on them.',
    },
    goodPractice: {
      zh: '用户标签来自受控词表，写入前经过违法和不良关键词过滤；标签表记录来源和更新时间，便于审查和删除。',
      en: 'User tags come from a controlled vocabulary and pass a harmful-keyword filter before they are written; the tag table records source and update time so tags can be reviewed and deleted.',
    },
    appliesWhen: [publicInChina],
  },
  {
    id: 'ARP-16',
    instrument: 'ARP',
    articles: ['16'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '显著告知使用算法推荐，并公示基本原理',
      en: 'Tell users recommendations are algorithmic and publish how they work',
    },
    summary: {
      zh: '算法推荐服务提供者应以显著方式告知用户其提供算法推荐服务的情况，并以适当方式公示算法推荐服务的基本原理、目的意图和主要运行机制等。',
      en: 'Tell users prominently that you provide algorithmic recommendation, and publish the basic principles, purpose and main operating mechanism of the service in a suitable way.',
    },
    goodPractice: {
      zh: '推荐流旁有“为什么推荐给我”或“推荐说明”入口，链接到介绍算法基本原理、目的和主要运行机制的页面。',
      en: 'A “Why am I seeing this?” or “How recommendations work” link on the feed, leading to a page that explains the principles, purpose and main mechanism.',
    },
    appliesWhen: [publicInChina],
  },
  {
    id: 'ARP-17',
    instrument: 'ARP',
    articles: ['17'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '提供关闭算法推荐的选项和用户标签管理功能',
      en: 'Offer a switch to turn recommendations off, and let users manage their tags',
    },
    summary: {
      zh: '应向用户提供不针对其个人特征的选项，或者便捷的关闭算法推荐服务的选项；用户选择关闭的，应立即停止提供相关服务。应向用户提供选择或者删除用于算法推荐服务的针对其个人特征的用户标签的功能。应用算法对用户权益造成重大影响的，应依法予以说明并承担相应责任。',
      en: 'Offer users an option not based on their personal traits, or a convenient way to switch algorithmic recommendation off, and stop at once when they do. Let users select or delete the personal-trait tags used to recommend to them. Where the algorithm has a major impact on users’ rights, explain it and take responsibility as the law requires.',
    },
    goodPractice: {
      zh: '设置中提供 personalization_enabled 开关，关闭后立即返回非个性化结果（如按时间或热度排序）；“兴趣标签”页面可查看和删除标签，删除后同步从特征库移除。',
      en: 'A personalization_enabled switch in settings; when off, the feed immediately returns non-personalised results (e.g. by time or popularity); an “interest tags” page where users can see and delete tags, which are then removed from the feature store.',
    },
    appliesWhen: [publicInChina],
  },
  {
    id: 'ARP-18',
    instrument: 'ARP',
    articles: ['18'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '向未成年人推荐须履行未成年人网络保护义务',
      en: 'Recommendations to minors: protect them online',
    },
    summary: {
      zh: '向未成年人提供服务的，应依法履行未成年人网络保护义务，开发适合未成年人使用的模式，提供适合未成年人特点的服务；不得向未成年人推送可能影响其身心健康的信息，不得利用算法推荐服务诱导未成年人沉迷网络。',
      en: 'When serving minors, fulfil the duties of minors’ online protection: offer a mode suited to minors and services that fit their needs, push no information that could harm their physical or mental health, and do not use recommendation to draw them into internet addiction.',
    },
    goodPractice: {
      zh: '提供青少年模式（minor_mode）：过滤内容池、限制使用时长和夜间使用；面向未成年人的推荐不以使用时长最大化为唯一目标。',
      en: 'A minors’ mode (minor_mode, 青少年模式) with a filtered content pool, time limits and night-time limits; recommendation for minors never optimises watch time as its sole objective.',
    },
    appliesWhen: [publicInChina, minorsUnder18],
  },
  {
    id: 'ARP-21',
    instrument: 'ARP',
    articles: ['21'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '不得利用算法在交易条件上实施不合理差别待遇',
      en: 'No unreasonable algorithmic differences in price or terms',
    },
    summary: {
      zh: '向消费者销售商品或者提供服务的，应保护消费者公平交易的权利，不得根据消费者的偏好、交易习惯等特征，利用算法在交易价格等交易条件上实施不合理的差别待遇等违法行为。',
      en: 'When selling goods or services to consumers, protect their right to fair trade: do not use algorithms to apply unreasonable differences in price or other terms based on their preferences, buying habits or other traits.',
    },
    goodPractice: {
      zh: '定价服务的输入不含用户画像特征（如 user_segment、消费能力评分）；同一商品同一条件对所有用户同价，促销规则公开可查；价格变更有审计记录。',
      en: 'The pricing service takes no user-profile features (user_segment, spending-power score) as input; the same item under the same terms costs the same for everyone and promotion rules are public; price changes are audited.',
    },
    appliesWhen: [publicInChina],
  },
  {
    id: 'ARP-24',
    instrument: 'ARP',
    articles: ['24'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '具有舆论属性或社会动员能力的须进行算法备案',
      en: 'Algorithm filing for services with public-opinion attributes or mobilisation capacity',
    },
    summary: {
      zh: '具有舆论属性或者社会动员能力的算法推荐服务提供者，应在提供服务之日起十个工作日内通过互联网信息服务算法备案系统履行备案手续；备案信息变更的，应在变更之日起十个工作日内办理变更；终止服务的，应在终止之日起二十个工作日内办理注销。',
      en: 'Providers with public-opinion attributes or social-mobilisation capacity must file through the internet information service algorithm filing system within 10 working days of launching; changes are filed within 10 working days and termination within 20.',
    },
    goodPractice: {
      zh: '发布清单记录算法备案编号和各项期限；上线流程检查备案状态；在网站或应用的显著位置展示备案编号（算法推荐管理规定第26条）。',
      en: 'The release checklist records the filing number and deadlines; the launch pipeline checks filing status; the site or app shows the filing number prominently (Algorithmic Recommendation Provisions Art. 26).',
    },
    appliesWhen: [publicInChina, publicOpinion],
  },

  // ─── Deep Synthesis Provisions ───
  {
    id: 'DSP-14',
    instrument: 'DSP',
    articles: ['14'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '管理训练数据；编辑人脸、人声须取得被编辑者单独同意',
      en: 'Secure training data; the person whose face or voice is edited must separately consent',
    },
    summary: {
      zh: '深度合成服务提供者和技术支持者应加强训练数据管理，采取必要措施保障训练数据安全；训练数据包含个人信息的，应遵守个人信息保护的有关规定。提供人脸、人声等生物识别信息编辑功能的，应提示使用者依法告知被编辑的个人，并取得其单独同意。',
      en: 'Deep-synthesis providers and technical supporters must manage and secure training data, following personal-information rules where it contains personal information. Features that edit faces, voices or other biometric information must prompt the user to inform the person being edited and obtain that person’s separate consent.',
    },
    goodPractice: {
      zh: '换脸、声音克隆等功能在处理前展示提示，要求使用者确认已取得被编辑者的单独同意并保存确认记录；人脸、声音训练集加密存储，记录来源和授权。',
      en: 'Face-swap and voice-clone features show a prompt before processing and require the user to confirm the edited person’s separate consent, keeping the confirmation; face and voice training sets are encrypted, with source and authorisation recorded.',
    },
    appliesWhen: [publicInChina],
  },
  {
    id: 'DSP-15',
    instrument: 'DSP',
    articles: ['15'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '定期审核算法；生成或编辑人脸、人声的模型须做安全评估',
      en: 'Review algorithms; security-assess models that generate or edit faces or voices',
    },
    summary: {
      zh: '深度合成服务提供者和技术支持者应定期审核、评估、验证生成合成类算法机制机理。提供具有人脸、人声等生物识别信息生成或编辑功能的模型、模板等工具，或者可能涉及敏感特殊物体、场景编辑的，应依法自行或者委托专业机构开展安全评估。',
      en: 'Regularly review, assess and verify how generative algorithms work. Models, templates and other tools that generate or edit biometric information such as faces and voices, or edit sensitive objects and scenes, need a security assessment, done yourself or by a professional body.',
    },
    goodPractice: {
      zh: '模型发布流程要求人脸、声音类模型附安全评估报告；定期算法评审有记录存档。',
      en: 'The model release process requires a security-assessment report for face and voice models; periodic algorithm reviews are recorded.',
    },
    appliesWhen: [publicInChina],
  },
  {
    id: 'DSP-16',
    instrument: 'DSP',
    articles: ['16'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '为生成内容添加不影响使用的标识，并保存日志',
      en: 'Add technical marks to generated content and keep logs',
    },
    summary: {
      zh: '深度合成服务提供者对使用其服务生成或者编辑的信息内容，应采取技术措施添加不影响用户使用的标识，并依照法律、行政法规和国家有关规定保存日志信息。',
      en: 'Providers must add technical marks that do not affect use to content generated or edited with their service, and keep log records as laws and state rules require.',
    },
    goodPractice: {
      zh: '图片、音视频写出时嵌入隐式标识（PNG iTXt 或 XMP、ID3、MP4 元数据中的 AIGC 字段，或数字水印）；生成请求记录日志并按保留策略保存。',
      en: 'Image, audio and video writers embed an implicit mark (an AIGC field in PNG iTXt or XMP, ID3 or MP4 metadata, or a digital watermark); generation requests are logged and kept under the retention policy.',
    },
    appliesWhen: [publicInChina],
  },
  {
    id: 'DSP-17',
    instrument: 'DSP',
    articles: ['17'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '可能导致公众混淆的合成内容须显著标识',
      en: 'Prominently label synthetic content that could mislead the public',
    },
    summary: {
      zh: '提供模拟自然人的智能对话、智能写作等文本服务，合成人声、仿声，人脸生成、替换、操控，沉浸式拟真场景等可能导致公众混淆或者误认的深度合成服务的，应在生成或者编辑的内容的合理位置、区域进行显著标识。提供其他深度合成服务的，应提供显著标识功能，并提示使用者可以进行显著标识。',
      en: 'Services that may confuse or mislead the public — chat or writing that imitates a real person, synthetic or cloned voices, face generation, swap or manipulation, immersive realistic scenes — must put a prominent label at a reasonable place on the content. Other deep-synthesis services must offer a labelling function and tell users they can use it.',
    },
    goodPractice: {
      zh: '生成的图片、视频叠加可见的“AI生成”标识，聊天界面标明回复由 AI 生成；导出和分享时保留标识。',
      en: 'Generated images and videos carry a visible “AI生成 / AI-generated” label and chat UIs mark AI replies; exports and shares keep the label.',
    },
    appliesWhen: [publicInChina],
  },
  {
    id: 'DSP-18',
    instrument: 'DSP',
    articles: ['18'],
    formerArticles: [],
    verification: 'verified',
    title: { zh: '不得删除、篡改、隐匿深度合成标识', en: 'Do not remove, alter or hide deep-synthesis marks' },
    summary: {
      zh: '任何组织和个人不得采用技术手段删除、篡改、隐匿深度合成服务添加的标识。',
      en: 'No organisation or person may use technical means to delete, alter or hide the marks and labels that deep-synthesis services add.',
    },
    goodPractice: {
      zh: '图片压缩、转码、裁剪等处理保留 AIGC 元数据，不做全量清除（如 exiftool -all=）；不提供“去水印”功能。',
      en: 'Compression, transcoding and cropping keep AIGC metadata and never strip everything (e.g. exiftool -all=); no “remove watermark” feature.',
    },
    appliesWhen: [],
  },

  // ─── Generative AI Interim Measures ───
  {
    id: 'GAI-4',
    instrument: 'GAI',
    articles: ['4'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '生成内容合法，防止歧视，尊重权益，提高透明度和准确性',
      en: 'Lawful content, no discrimination, respect for rights, transparency and accuracy',
    },
    summary: {
      zh: '提供和使用生成式人工智能服务应遵守法律法规、尊重社会公德：不得生成法律禁止的内容；在算法设计、训练数据选择、模型生成和优化、提供服务等过程中采取有效措施防止民族、信仰、国别、地域、性别、年龄、职业、健康等歧视；尊重知识产权和商业道德；不得侵害他人肖像权、名誉权、隐私权和个人信息权益；结合服务特点提高透明度和生成内容的准确性、可靠性。',
      en: 'Providing or using generative AI must respect law and social ethics: generate no prohibited content; prevent discrimination by ethnicity, belief, country, region, sex, age, occupation, health and the like in algorithm design, training-data selection, model generation and optimisation and service provision; respect IP and business ethics; do not infringe portrait, reputation, privacy or personal-information rights; and improve transparency and the accuracy and reliability of outputs.',
    },
    goodPractice: {
      zh: '对输入和输出做内容审核；按敏感属性检查训练数据偏差并记录；评测集覆盖歧视性输出；向用户说明模型能力边界。',
      en: 'Moderation on prompts and outputs; training data checked and documented for bias across protected attributes; evaluation sets cover discriminatory outputs; model limitations explained to users.',
    },
    appliesWhen: [publicInChina],
  },
  {
    id: 'GAI-7',
    instrument: 'GAI',
    articles: ['7'],
    formerArticles: [],
    verification: 'verified',
    title: { zh: '训练数据和基础模型来源合法', en: 'Train on lawfully sourced data and base models' },
    summary: {
      zh: '提供者应依法开展预训练、优化训练等训练数据处理活动：使用具有合法来源的数据和基础模型；不得侵害他人知识产权；涉及个人信息的，应取得个人同意或者符合法律规定的其他情形；采取有效措施提高训练数据质量，增强真实性、准确性、客观性、多样性；遵守网络安全法、数据安全法、个人信息保护法等规定。',
      en: 'Providers must carry out pre-training and fine-tuning data processing lawfully: use data and base models from lawful sources, do not infringe IP, have consent or another legal basis for any personal information, take effective steps to improve the truthfulness, accuracy, objectivity and diversity of training data, and follow the CSL, DSL and PIPL.',
    },
    goodPractice: {
      zh: '每个数据集和基础模型都登记来源、许可证和获取方式（数据说明卡、模型卡）；加载数据时校验许可证字段；训练前清除语料中的个人信息，或确认其合法性基础。',
      en: 'Every dataset and base model is registered with source, licence and how it was obtained (datasheet, model card); data loaders check the licence field; corpora are scrubbed of personal information, or its legal basis is confirmed, before training.',
    },
    appliesWhen: [publicInChina],
  },
  {
    id: 'GAI-8',
    instrument: 'GAI',
    articles: ['8'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '制定清晰的数据标注规则并评估标注质量',
      en: 'Clear annotation rules, quality checks and trained annotators',
    },
    summary: {
      zh: '在研发过程中进行数据标注的，提供者应制定清晰、具体、可操作的标注规则；开展数据标注质量评估，抽样核验标注内容的准确性；对标注人员进行必要培训，监督指导其规范开展标注工作。',
      en: 'If you annotate data during development, write clear, specific and workable annotation rules, assess annotation quality by checking samples for accuracy, and train, supervise and guide the annotators.',
    },
    goodPractice: {
      zh: '仓库中有版本化的标注规范（如 annotation_guidelines.md）；标注平台配置抽检比例和一致性指标；保留标注人员培训记录。',
      en: 'Versioned annotation guidelines in the repository (e.g. annotation_guidelines.md); the labelling tool is configured with sample-check rates and agreement metrics; annotator training is recorded.',
    },
    appliesWhen: [publicInChina],
  },
  {
    id: 'GAI-10',
    instrument: 'GAI',
    articles: ['10'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '明确适用人群和用途，防止未成年人过度依赖',
      en: 'State intended users and uses; prevent minors’ over-reliance',
    },
    summary: {
      zh: '提供者应明确并公开服务的适用人群、场合、用途，指导使用者科学理性认识和依法使用生成式人工智能技术，采取有效措施防范未成年人用户过度依赖或者沉迷生成式人工智能服务。',
      en: 'State and publish who the service is for, where and for what; guide users to understand and use generative AI sensibly and lawfully; and take effective measures against minors over-relying on or becoming addicted to it.',
    },
    goodPractice: {
      zh: '服务说明页写明适用人群和用途；对未成年用户启用使用时长提醒和限制；长时间连续使用时提示休息。',
      en: 'A service page states intended users and uses; minors get time reminders and limits; long continuous sessions trigger a break prompt.',
    },
    appliesWhen: [publicInChina],
  },
  {
    id: 'GAI-11',
    instrument: 'GAI',
    articles: ['11'],
    formerArticles: [],
    verification: 'verified',
    title: { zh: '依法保护输入信息和使用记录', en: 'Protect user inputs and usage records' },
    summary: {
      zh: '提供者对使用者的输入信息和使用记录应依法履行保护义务：不得收集非必要个人信息，不得非法留存能够识别使用者身份的输入信息和使用记录，不得非法向他人提供使用者的输入信息和使用记录；应依法及时受理和处理个人查阅、复制、更正、补充、删除其个人信息等请求。',
      en: 'Protect users’ inputs and usage records: collect no unnecessary personal information, do not unlawfully keep inputs and records that identify the user or unlawfully give them to others, and promptly handle requests to access, copy, correct, supplement or delete personal information.',
    },
    goodPractice: {
      zh: '对话记录设置有限的保存期，并与用户标识分开存储或做假名化；把对话用于训练须有明确的合法性基础并可退出；用户可在界面中删除历史对话。',
      en: 'Chat logs have a finite retention period and are stored apart from, or pseudonymised against, user identifiers; using chats for training needs a clear legal basis and an opt-out; users can delete their history in the UI.',
    },
    appliesWhen: [publicInChina],
  },
  {
    id: 'GAI-12',
    instrument: 'GAI',
    articles: ['12'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '按深度合成规定标识生成的图片、视频等内容',
      en: 'Label generated images, video and other content per the deep-synthesis rules',
    },
    summary: {
      zh: '提供者应按照《互联网信息服务深度合成管理规定》对图片、视频等生成内容进行标识。',
      en: 'Providers must label generated images, videos and other content as the Deep Synthesis Provisions require.',
    },
    goodPractice: {
      zh: '生成的图片、视频同时写入隐式元数据标识并叠加可见标识（参见深度合成管理规定第16、17条）。',
      en: 'Generated images and videos get both implicit metadata and a visible label (see Deep Synthesis Provisions Arts. 16 and 17).',
    },
    appliesWhen: [publicInChina],
  },
  {
    id: 'GAI-17',
    instrument: 'GAI',
    articles: ['17'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '具有舆论属性或社会动员能力的须做安全评估并备案',
      en: 'Security assessment and algorithm filing for services with public-opinion attributes or mobilisation capacity',
    },
    summary: {
      zh: '提供具有舆论属性或者社会动员能力的生成式人工智能服务的，应按照国家有关规定开展安全评估，并按照《互联网信息服务算法推荐管理规定》履行算法备案和变更、注销备案手续。',
      en: 'Generative AI services with public-opinion attributes or social-mobilisation capacity must undergo a security assessment under state rules and complete algorithm filing, and its changes and cancellation, under the Algorithmic Recommendation Provisions.',
    },
    goodPractice: {
      zh: '上线前完成安全评估和算法备案；模型或服务发生变更时办理变更备案；发布清单记录备案编号。',
      en: 'Complete the assessment and filing before launch; file changes when the model or service changes; the release checklist records the filing number.',
    },
    appliesWhen: [publicInChina, publicOpinion],
  },
  {
    id: 'GAI-19',
    instrument: 'GAI',
    articles: ['19'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '配合监督检查，能够说明训练数据和算法',
      en: 'Be able to explain training data and algorithms to inspectors',
    },
    summary: {
      zh: '主管部门依职责对生成式人工智能服务开展监督检查时，提供者应依法配合，按要求对训练数据来源、规模、类型、标注规则、算法机制机理等予以说明，并提供必要的技术、数据等支持和协助。',
      en: 'During official inspections, providers must cooperate and, on request, explain the source, scale and types of training data, the annotation rules and how the algorithms work, and give the necessary technical and data support.',
    },
    goodPractice: {
      zh: '每次训练运行记录数据集清单（来源、规模、类型、版本）、标注规则版本和模型配置，形成可追溯的数据谱系。',
      en: 'Each training run records its dataset manifest (source, size, type, version), the annotation-rule version and the model configuration, giving traceable lineage.',
    },
    appliesWhen: [publicInChina],
  },
  {
    id: 'GAI-22',
    instrument: 'GAI',
    articles: ['22'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '通过 API 提供生成式人工智能服务也是服务提供者',
      en: 'Offering generative AI through an API makes you a provider',
    },
    summary: {
      zh: '生成式人工智能服务提供者包括通过提供可编程接口等方式提供生成式人工智能服务的组织和个人。通过 API 向境内公众提供生成能力的，需承担提供者的各项义务。',
      en: 'Providers of generative AI services include organisations and individuals that offer them through programmable interfaces (APIs). If you expose generation capabilities to the public in China through an API, the provider duties apply to you.',
    },
    goodPractice: {
      zh: 'API 服务协议明确双方责任；对 API 调用做内容安全过滤、日志记录和滥用处置；向下游客户提供标识和合规说明。',
      en: 'API terms of service allocate responsibilities; API traffic gets content filtering, logging and abuse handling; downstream customers receive labelling and compliance guidance.',
    },
    appliesWhen: [
      publicInChina,
      {
        question: 'offeredViaApi',
        appliesIf: ['yes'],
        note: {
          zh: '仅在通过 API 等可编程接口向他人提供模型或服务时适用。',
          en: 'Only when the model or service is offered to others through an API.',
        },
      },
    ],
  },

  // ─── AIGC Labelling Measures (official text not read in full: secondary) ───
  {
    id: 'LABEL-4',
    instrument: 'LABEL',
    articles: ['4'],
    formerArticles: [],
    verification: 'secondary',
    title: {
      zh: '添加显式标识，下载、复制、导出时保留',
      en: 'Add explicit AIGC labels and keep them on download, copy and export',
    },
    summary: {
      zh: '对属于深度合成管理规定第17条第1款情形的生成合成内容，服务提供者应添加用户可以感知的显式标识：文本在开头、结尾、中间适当位置或交互界面中，音频采用语音或节奏提示，图片、视频和虚拟场景在适当位置。提供下载、复制、导出等功能时，应确保文件中含有显式标识。',
      en: 'For content covered by Deep Synthesis Provisions Art. 17(1), providers add explicit labels that people can perceive: in text at the start, end or middle or in the interface, in audio by a voice or rhythm cue, and at suitable places in images, videos and virtual scenes. When users download, copy or export the content, the file must keep the explicit label.',
    },
    goodPractice: {
      zh: '导出和下载处理函数在文件中写入可见的“AI生成”标识（图片角标、视频片头、文本首尾说明、音频提示音）；复制文本时附带标识。',
      en: 'Export and download handlers write a visible “AI生成 / AI-generated” label into the file (image badge, opening frames of a video, a note at the start or end of text, an audio cue); copied text carries the label.',
    },
    appliesWhen: [publicInChina],
  },
  {
    id: 'LABEL-5',
    instrument: 'LABEL',
    articles: ['5'],
    formerArticles: [],
    verification: 'secondary',
    title: { zh: '在文件元数据中添加隐式标识', en: 'Add implicit labels in file metadata' },
    summary: {
      zh: '服务提供者应按照深度合成管理规定第16条，在生成合成内容的文件元数据中添加隐式标识，包括生成合成内容属性、服务提供者名称或编码、内容编号等信息；鼓励添加数字水印等形式的隐式标识。',
      en: 'Following Deep Synthesis Provisions Art. 16, providers add implicit labels to the metadata of generated files, including the AIGC attribute, the provider’s name or code and a content ID; digital watermarks are encouraged.',
    },
    goodPractice: {
      zh: '图片、音频、视频写出时在元数据（PNG iTXt、XMP、ID3、MP4 udta 等）中写入 AIGC 字段（生成属性、服务提供者、内容编号），并有单元测试验证字段存在。',
      en: 'Writers embed an AIGC record (generated flag, provider, content ID) in file metadata — PNG iTXt, XMP, ID3, MP4 udta — with a unit test that checks it is there.',
    },
    appliesWhen: [publicInChina],
  },

  // ─── Network Data Security Management Regulations ───
  {
    id: 'NDSMR-18',
    instrument: 'NDSMR',
    articles: ['18'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '使用自动化工具采集网络数据须评估影响，不得干扰服务',
      en: 'Automated collection tools: assess the impact and do not disrupt services',
    },
    summary: {
      zh: '网络数据处理者使用自动化工具访问、收集网络数据，应评估对网络服务带来的影响，不得非法侵入他人网络，不得干扰网络服务正常运行。',
      en: 'Processors using automated tools to access or collect network data must assess the impact on the network service concerned, must not illegally intrude into others’ networks and must not interfere with their normal operation.',
    },
    goodPractice: {
      zh: '爬虫配置并发和下载延迟（如 CONCURRENT_REQUESTS、DOWNLOAD_DELAY、AUTOTHROTTLE_ENABLED），遵守 robots.txt；记录目标站点和影响评估结论。',
      en: 'Crawlers set concurrency and delays (CONCURRENT_REQUESTS, DOWNLOAD_DELAY, AUTOTHROTTLE_ENABLED) and obey robots.txt; the target sites and the impact-assessment conclusion are recorded.',
    },
    appliesWhen: [],
  },
  {
    id: 'NDSMR-19',
    instrument: 'NDSMR',
    articles: ['19'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '生成式人工智能服务提供者须保障训练数据安全',
      en: 'Generative AI providers must secure training data and its processing',
    },
    summary: {
      zh: '提供生成式人工智能服务的网络数据处理者，应加强对训练数据和训练数据处理活动的安全管理，采取有效措施防范和处置网络数据安全风险。',
      en: 'Processors that provide generative AI services must strengthen security management of training data and training-data processing, and take effective measures to prevent and handle data security risks.',
    },
    goodPractice: {
      zh: '训练数据加密存储、访问受控并有审计；数据管道为数据打版本；防止训练数据经由模型输出泄露（去重、个人信息过滤、成员推断测试）。',
      en: 'Training data encrypted, access-controlled and audited; pipelines version the data; measures against leaking training data through outputs (deduplication, PI filtering, membership-inference tests).',
    },
    appliesWhen: [],
  },
  {
    id: 'NDSMR-21',
    instrument: 'NDSMR',
    articles: ['21'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '处理规则完整醒目，并列明收集清单和第三方清单',
      en: 'Complete, prominent privacy rules with lists of collected PI and third-party recipients',
    },
    summary: {
      zh: '处理个人信息前，应通过个人信息处理规则履行告知义务。规则应集中公开展示、易于访问并置于醒目位置，内容完整、清晰易懂，包括保存期限及到期后的处理方式、注销账号的途径等，并以清单形式列明收集的个人信息种类以及向其他处理者提供个人信息的情况；处理不满十四周岁未成年人个人信息的，还应制定专门的处理规则。',
      en: 'Give notice through personal-information processing rules that are published in one place, easy to reach and prominent, complete and readable — including retention periods and what happens after them and how to delete an account — with lists of the personal information collected and of the other processors it is provided to. Children under 14 need their own rules.',
    },
    goodPractice: {
      zh: '隐私政策附“个人信息收集清单”和“第三方共享清单”（含 SDK 名称、目的、字段），由构建脚本根据 SDK 依赖生成或校验；写明保存期限和注销方式。',
      en: 'The privacy policy has a “PI collected” list and a “third-party sharing” list (SDK name, purpose, fields), generated or checked against the SDK dependencies in the build; retention periods and account-deletion steps are stated.',
    },
    appliesWhen: [],
  },
  {
    id: 'NDSMR-22',
    instrument: 'NDSMR',
    articles: ['22'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '征得同意：只收必要信息，敏感单独同意，拒绝后不反复征求',
      en: 'Consent: only what is necessary, separate for sensitive data, no nagging after refusal',
    },
    summary: {
      zh: '基于同意处理个人信息的，应只收集必要的个人信息；处理敏感个人信息应取得单独同意；处理不满十四周岁未成年人个人信息应取得监护人同意；不得超出同意范围处理；个人明确拒绝后，不得频繁征求同意；处理目的、方式、种类发生变化的，应重新取得同意。',
      en: 'When relying on consent: collect only what is necessary, get separate consent for sensitive personal information and guardian consent for children under 14, stay within what was consented, do not keep asking after a clear refusal, and ask again when the purpose, method or categories change.',
    },
    goodPractice: {
      zh: '记住用户的拒绝（如 consent_declined_at），在合理期限内不再弹窗；按用途拆分同意请求；发生变更时重新征求同意。',
      en: 'Remember a refusal (e.g. consent_declined_at) and do not show the prompt again for a reasonable period; split consent requests by purpose; ask again after a change.',
    },
    appliesWhen: [],
  },
  {
    id: 'NDSMR-24',
    instrument: 'NDSMR',
    articles: ['24'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '删除或匿名化自动采集中无法避免收集的个人信息',
      en: 'Delete or anonymise personal information swept up by automated collection',
    },
    summary: {
      zh: '因使用自动化采集技术等原因，无法避免采集到非必要个人信息或者未依法取得个人同意的个人信息的，以及个人注销账号的，应删除个人信息或者进行匿名化处理。',
      en: 'Personal information that automated collection could not avoid picking up — unnecessary or without a lawful consent — and the data of people who delete their accounts must be deleted or anonymised.',
    },
    goodPractice: {
      zh: '爬取和数据清洗流水线中加入个人信息识别和删除步骤（手机号、身份证号、邮箱等）；注销账号时同步删除或匿名化相关数据。',
      en: 'Crawl and cleaning pipelines include a step that detects and removes personal information (phone numbers, ID numbers, emails); account deletion also deletes or anonymises the related data.',
    },
    appliesWhen: [],
  },
  {
    id: 'NDSMR-42',
    instrument: 'NDSMR',
    articles: ['42'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '自动化决策推送须提供关闭个性化、拒绝推送和删除标签的功能',
      en: 'Personalised push: an easy off switch, refusal of pushes and deletion of tags',
    },
    summary: {
      zh: '网络平台服务提供者通过自动化决策方式向个人进行信息推送的，应设置易于理解、便于访问和操作的个性化推荐关闭选项，为用户提供拒绝接收推送信息、删除针对其个人特征的用户标签等功能。',
      en: 'Platforms that push information to people through automated decision-making must provide an easy-to-understand, accessible personalisation-off option, and let users refuse pushed information and delete the user tags describing their personal traits.',
    },
    goodPractice: {
      zh: '设置中一眼可见的“个性化推荐”开关；推送通知可一步关闭；标签管理页支持删除标签。',
      en: 'A clearly visible “personalised recommendations” switch in settings; push notifications can be turned off in one step; a tag-management page supports deleting tags.',
    },
    appliesWhen: [],
  },

  // ─── Cross-border data flow provisions (official text not read in full: secondary) ───
  {
    id: 'CBDF-7',
    instrument: 'CBDF',
    articles: ['7'],
    formerArticles: [],
    verification: 'secondary',
    title: {
      zh: '达到阈值的数据出境须申报安全评估',
      en: 'Security assessment for exports above the thresholds',
    },
    summary: {
      zh: '关键信息基础设施运营者向境外提供个人信息或者重要数据，其他数据处理者向境外提供重要数据，或者自当年1月1日起累计向境外提供100万人以上个人信息（不含敏感个人信息）或者1万人以上敏感个人信息的，应申报数据出境安全评估。',
      en: 'A CAC security assessment is needed when a critical information infrastructure operator exports personal information or important data, when any other processor exports important data, or when cumulative exports since 1 January of the current year reach 1,000,000 people’s personal information (not sensitive) or 10,000 people’s sensitive personal information.',
    },
    goodPractice: {
      zh: '在出境节点统计当年累计出境的去重人数，接近阈值时告警；出境清单记录所用路径和安全评估结论。',
      en: 'Count distinct people exported since 1 January at the transfer point and alert as the thresholds approach; the transfer register records the route and the assessment outcome.',
    },
    appliesWhen: [
      {
        question: 'exportVolume',
        appliesIf: ['>=1m'],
        note: {
          zh: '出境100万人以上个人信息、或1万人以上敏感个人信息、或运营者为关键信息基础设施运营者时适用。出境重要数据也须评估，问卷未覆盖这一情形。',
          en: 'Applies at 1,000,000+ people’s PI, 10,000+ people’s sensitive PI, or for a CIIO. Exporting important data also needs an assessment; the questionnaire does not cover that case.',
        },
        orElse: [
          {
            question: 'sensitiveExportVolume',
            appliesIf: ['>=10k'],
            note: { zh: '敏感个人信息出境达到1万人以上。', en: 'Sensitive PI of 10,000 people or more exported.' },
          },
          {
            question: 'ciio',
            appliesIf: ['yes'],
            note: {
              zh: '关键信息基础设施运营者出境个人信息。',
              en: 'A CIIO exporting personal information.',
            },
          },
        ],
      },
    ],
  },
  {
    id: 'CBDF-8',
    instrument: 'CBDF',
    articles: ['8'],
    formerArticles: [],
    verification: 'secondary',
    title: {
      zh: '中等规模个人信息出境须订立标准合同或通过认证',
      en: 'Standard contract or certification for mid-sized exports',
    },
    summary: {
      zh: '非关键信息基础设施运营者自当年1月1日起累计向境外提供10万人以上、不满100万人个人信息（不含敏感个人信息），或者不满1万人敏感个人信息的，应与境外接收方订立个人信息出境标准合同或者通过个人信息保护认证。累计不满10万人的非敏感个人信息出境，免于上述手续，但告知和单独同意（个人信息保护法第39条）仍须履行。',
      en: 'A non-CIIO that, since 1 January of the current year, exports personal information of 100,000 to under 1,000,000 people (not sensitive), or sensitive personal information of fewer than 10,000 people, must sign the CAC standard contract with the recipient or obtain personal-information protection certification. Under 100,000 people’s non-sensitive data is exempt from these procedures, but notice and separate consent (PIPL Art. 39) still apply.',
    },
    goodPractice: {
      zh: '出境清单记录所用路径（标准合同、认证或豁免理由）和当年累计人数；标准合同与出境接口一一对应并随合同期限复核。',
      en: 'The transfer register records the route (standard contract, certification or exemption reason) and the running count for the year; each standard contract maps to the endpoints it covers and is reviewed when it expires.',
    },
    appliesWhen: [
      {
        question: 'ciio',
        appliesIf: ['no'],
        note: {
          zh: '关键信息基础设施运营者不适用本路径，出境须安全评估。',
          en: 'Not for CIIOs, whose exports need a security assessment.',
        },
      },
      {
        question: 'exportVolume',
        appliesIf: ['<100k', '100k-1m'],
        note: {
          zh: '达到100万人的，应改为安全评估。',
          en: 'At 1,000,000 people a security assessment is needed instead.',
        },
      },
      {
        question: 'sensitiveExportVolume',
        appliesIf: ['none', '<10k'],
        note: {
          zh: '敏感个人信息达到1万人的，应改为安全评估。',
          en: 'At 10,000 people’s sensitive PI a security assessment is needed instead.',
        },
      },
      {
        question: 'exportVolume',
        appliesIf: ['100k-1m'],
        note: {
          zh: '出境10万人以上个人信息，或出境任何敏感个人信息时适用；不满10万人且无敏感个人信息的免于本手续。',
          en: 'Applies at 100,000+ people’s PI or any sensitive PI; under 100,000 with no sensitive PI is exempt.',
        },
        orElse: [
          {
            question: 'sensitiveExportVolume',
            appliesIf: ['<10k'],
            note: { zh: '出境了不满1万人的敏感个人信息。', en: 'Sensitive PI of fewer than 10,000 people exported.' },
          },
        ],
      },
    ],
  },

  // ─── Facial Recognition Measures (official text not read in full: secondary) ───
  {
    id: 'FRT-6',
    instrument: 'FRT',
    articles: ['6'],
    formerArticles: [],
    verification: 'secondary',
    title: {
      zh: '人脸识别须取得单独同意，并允许撤回',
      en: 'Face recognition: separate, informed consent that can be withdrawn',
    },
    summary: {
      zh: '基于个人同意处理人脸信息的，应取得个人在充分知情的前提下自愿、明确作出的单独同意，并允许个人撤回同意。',
      en: 'Where face information is processed on the basis of consent, the person must give separate consent freely, explicitly and fully informed, and be able to withdraw it.',
    },
    goodPractice: {
      zh: '刷脸登录或核验前弹出独立的同意界面；提供密码、短信验证码等非人脸的替代方式；设置中可撤回同意并删除人脸数据。',
      en: 'A dedicated consent screen before face login or verification; a non-face alternative such as a password or SMS code; withdrawal in settings that also deletes the face data.',
    },
    appliesWhen: [],
  },
  {
    id: 'FRT-8',
    instrument: 'FRT',
    articles: ['8'],
    formerArticles: [],
    verification: 'secondary',
    title: {
      zh: '人脸信息原则上存储于设备内，不经互联网对外传输',
      en: 'Keep face information on the device; do not send it over the internet',
    },
    summary: {
      zh: '除法律、行政法规另有规定或者取得个人单独同意外，人脸信息应存储于人脸识别设备内，不得通过互联网对外传输；保存期限不得超过实现处理目的所必需的最短时间。',
      en: 'Unless a law or administrative regulation provides otherwise or the person separately consents, face information stays in the face recognition device and is not sent out over the internet; keep it no longer than the purpose needs.',
    },
    goodPractice: {
      zh: '优先在端侧比对本地人脸模板，不把人脸图像或特征值上传到云端人脸接口；确需上传时须有单独同意记录并加密传输。',
      en: 'Prefer on-device matching against a local template; do not upload face images or embeddings to cloud face APIs; if upload is unavoidable, require a separate consent record and encrypt in transit.',
    },
    appliesWhen: [],
  },
  {
    id: 'FRT-15',
    instrument: 'FRT',
    articles: ['15'],
    formerArticles: [],
    verification: 'secondary',
    title: {
      zh: '存储人脸信息达到10万人须向网信部门备案',
      en: 'File with the provincial CAC once stored face data reaches 100,000 people',
    },
    summary: {
      zh: '使用人脸识别技术处理人脸信息，存储的人脸信息达到10万人的，应在达到之日起30个工作日内向所在地省级网信部门履行备案手续。',
      en: 'Once the face information you store covers 100,000 people, complete a filing with the provincial CAC office where you are located within 30 working days.',
    },
    goodPractice: {
      zh: '统计人脸模板表中的去重人数，接近10万时告警；备案编号记录在合规台账中。',
      en: 'Count distinct people in the face-template table and alert as it nears 100,000; record the filing number in the compliance register.',
    },
    appliesWhen: [
      {
        question: 'faceVolume',
        appliesIf: ['>=100k'],
        note: {
          zh: '存储的人脸信息达到10万人时适用。',
          en: 'Applies once stored face information covers 100,000 people.',
        },
      },
    ],
  },

  // ─── Minors Online Protection Regulations ───
  {
    id: 'MINORS-24',
    instrument: 'MINORS',
    articles: ['24'],
    formerArticles: [],
    paragraph: '3',
    verification: 'verified',
    title: {
      zh: '不得以自动化决策方式向未成年人进行商业营销',
      en: 'No commercial marketing to minors by automated decision-making',
    },
    summary: {
      zh: '网络产品和服务提供者不得通过自动化决策方式向未成年人进行商业营销。',
      en: 'Online products and services must not use automated decision-making to market commercially to minors.',
    },
    goodPractice: {
      zh: '广告定向和个性化促销在请求前排除未成年用户（is_minor 为真或年龄不满18岁的不进入营销人群包）；营销推荐服务对未成年账号返回空结果或非个性化内容。',
      en: 'Ad targeting and personalised promotions exclude minors up front (users with is_minor or age under 18 never enter marketing audiences); marketing recommendation returns nothing or non-personalised content for minor accounts.',
    },
    appliesWhen: [minorsUnder18],
  },

  // ─── E-Commerce Law ───
  {
    id: 'ECL-18',
    instrument: 'ECL',
    articles: ['18'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '个性化搜索结果须同时提供不针对个人特征的选项',
      en: 'Personalised shopping search needs a non-personalised option',
    },
    summary: {
      zh: '电子商务经营者根据消费者的兴趣爱好、消费习惯等特征向其提供商品或者服务的搜索结果的，应同时向该消费者提供不针对其个人特征的选项，尊重和平等保护消费者合法权益。',
      en: 'E-commerce operators that tailor search results for goods or services to a consumer’s interests, habits or other traits must also offer that consumer an option not targeted at their personal traits.',
    },
    goodPractice: {
      zh: '商品搜索接口支持 personalized=false 参数，前端提供“不按我的偏好排序”选项，选择后按相关度、销量、价格等通用维度排序。',
      en: 'The product-search API supports personalized=false and the UI offers “don’t sort by my preferences”; results then rank by generic signals such as relevance, sales or price.',
    },
    appliesWhen: [],
  },
  {
    id: 'ECL-24',
    instrument: 'ECL',
    articles: ['24'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '明示信息查询、更正、删除和账号注销的方式',
      en: 'Clear ways to query, correct and delete information and to close accounts',
    },
    summary: {
      zh: '电子商务经营者应明示用户信息查询、更正、删除以及用户注销的方式和程序，不得设置不合理条件；用户注销的，应立即删除该用户的信息，依照法律法规或双方约定保存的除外。',
      en: 'E-commerce operators must state clearly how users can query, correct and delete their information and close their accounts, without unreasonable conditions. When a user closes the account, delete their information at once unless a law or the parties’ agreement requires keeping it.',
    },
    goodPractice: {
      zh: '账号设置中有“注销账号”入口，不设额外理由或繁琐步骤；注销完成后删除用户数据，依法必须保存的订单记录单独隔离。',
      en: 'A “close account” entry in account settings with no extra hurdles; on completion the user’s data is deleted, and order records the law requires keeping are isolated.',
    },
    appliesWhen: [],
  },

  // ─── Consumer Rights Protection Law Implementing Regulation ───
  {
    id: 'CPLIR-9',
    instrument: 'CPLIR',
    articles: ['9'],
    formerArticles: [],
    paragraph: '2',
    verification: 'verified',
    title: {
      zh: '不得在消费者不知情时对同一商品设置不同价格',
      en: 'No hidden different prices for the same goods on the same terms',
    },
    summary: {
      zh: '经营者不得在消费者不知情的情况下，对同一商品或者服务在同等交易条件下设置不同的价格或者收费标准。',
      en: 'Businesses must not, without the consumer knowing, set different prices or fees for the same goods or services under the same trading conditions.',
    },
    goodPractice: {
      zh: '价格计算不使用用户画像、设备类型或消费能力等特征；任何差异化价格（如会员价）都向用户明示条件。',
      en: 'Price calculation uses no user-profile, device-type or spending-power features; any differentiated price (such as a member price) shows its conditions to the user.',
    },
    appliesWhen: [],
  },
  {
    id: 'CPLIR-23',
    instrument: 'CPLIR',
    articles: ['23'],
    formerArticles: [],
    verification: 'verified',
    title: {
      zh: '不得过度收集消费者个人信息，不得一揽子或默认授权',
      en: 'No over-collection of consumer data, no blanket or default authorisation',
    },
    summary: {
      zh: '经营者不得过度收集消费者个人信息，不得采用一次概括授权、默认授权等方式取得同意；处理敏感个人信息的，应依照有关法律规定处理。',
      en: 'Businesses must not collect more consumer personal information than needed, and must not obtain consent through one-off blanket or default authorisation; sensitive personal information is handled as the relevant laws require.',
    },
    goodPractice: {
      zh: '授权按用途逐项请求，默认不勾选；注册流程只要求完成交易所需的字段。',
      en: 'Authorisations are requested per purpose and start unchecked; sign-up asks only for the fields the transaction needs.',
    },
    appliesWhen: [],
  },

  // ─── AI Law: PROPOSAL ONLY (founding essay). Never law in force. ───
  {
    id: 'AIL-RISK-TIER',
    instrument: 'AIL',
    articles: [],
    formerArticles: [],
    verification: 'verified',
    tiers: ['unacceptable', 'high', 'limited', 'low'],
    title: {
      zh: '（立法建议）按四级风险对人工智能系统分类分级',
      en: '(Proposal) Classify AI systems into four risk tiers',
    },
    summary: {
      zh: '立法建议：未来的人工智能法应建立风险评估和分类分级治理制度，依据人的参与程度以及对权益和社会秩序的影响，把风险分为不可接受、高、有限、低四级，并分别规定监管规则和评估方法。这不是现行法律义务。',
      en: 'Proposal: a future AI Law would set up risk assessment and tiered governance, sorting AI systems by the degree of human involvement and their impact on rights, interests and social order into four tiers — unacceptable, high, limited and low — each with its own rules and assessment methods. This is not an obligation in force.',
    },
    goodPractice: {
      zh: '为每个 AI 功能记录预估的风险等级及理由（人的参与程度、影响的权益和场景），并在功能变化时复核。',
      en: 'Record an estimated tier and its reasons for each AI feature (degree of human involvement, rights and settings affected) and revisit it when the feature changes.',
    },
    appliesWhen: [],
  },
  {
    id: 'AIL-RISK-MANAGEMENT',
    instrument: 'AIL',
    articles: [],
    formerArticles: [],
    verification: 'verified',
    tiers: ['high'],
    title: { zh: '（立法建议）高风险系统建立风险管理体系', en: '(Proposal) Risk-management system for high-risk AI' },
    summary: {
      zh: '立法建议：高风险人工智能系统应建立风险管理体系。这不是现行法律义务。',
      en: 'Proposal: high-risk AI systems would need a risk-management system. This is not an obligation in force.',
    },
    goodPractice: {
      zh: '维护风险登记册（已识别风险、缓解措施、负责人、复核日期）；上线前评测并保留记录；上线后持续监测和事件上报。',
      en: 'Keep a risk register (identified risks, mitigations, owner, review date); evaluate before launch and keep the records; monitor after launch and report incidents.',
    },
    appliesWhen: [],
  },
  {
    id: 'AIL-TRANSPARENCY',
    instrument: 'AIL',
    articles: [],
    formerArticles: [],
    verification: 'verified',
    tiers: ['limited'],
    title: {
      zh: '（立法建议）有限风险系统的透明度和用户知情权',
      en: '(Proposal) Transparency and the user’s right to know for limited-risk AI',
    },
    summary: {
      zh: '立法建议：有限风险的人工智能系统应满足透明度要求，保障用户的知情权。这不是现行法律义务。',
      en: 'Proposal: limited-risk AI systems would have to be transparent and respect the user’s right to know. This is not an obligation in force.',
    },
    goodPractice: {
      zh: '在界面中告知用户正在与 AI 交互或内容由 AI 生成；说明系统用途和局限。',
      en: 'Tell users in the interface when they are dealing with AI or AI-generated content; explain what the system is for and its limits.',
    },
    appliesWhen: [],
  },
  {
    id: 'AIL-CODE-OF-CONDUCT',
    instrument: 'AIL',
    articles: [],
    formerArticles: [],
    verification: 'verified',
    tiers: ['low'],
    title: { zh: '（立法建议）鼓励低风险系统制定行为准则', en: '(Proposal) Codes of conduct encouraged for low-risk AI' },
    summary: {
      zh: '立法建议：对低风险人工智能系统，鼓励制定行为准则，而不是设定强制义务。这不是现行法律义务。',
      en: 'Proposal: for low-risk AI systems, codes of conduct would be encouraged rather than mandatory duties. This is not an obligation in force.',
    },
    goodPractice: {
      zh: '在仓库中维护团队的 AI 使用与开发准则（数据来源、评测、人工复核、对外说明）。',
      en: 'Keep the team’s AI development and use guidelines in the repository (data sources, evaluation, human review, public explanations).',
    },
    appliesWhen: [],
  },
  {
    id: 'AIL-LIABILITY-INSURANCE',
    instrument: 'AIL',
    articles: [],
    formerArticles: [],
    verification: 'verified',
    tiers: ['high'],
    title: { zh: '（立法建议）高风险系统强制购买责任保险', en: '(Proposal) Mandatory liability insurance for high-risk AI' },
    summary: {
      zh: '立法建议：明确侵权责任规则，按控制力和风险处置能力确定供应者、进口者、分销者和使用者等责任主体；高风险人工智能系统须购买责任保险，以便受害人及时获得救济；并设立人工智能发展损害救济基金。这不是现行法律义务。',
      en: 'Proposal: clear tort-liability rules, with suppliers, importers, distributors and users liable according to their control and capacity to handle risk; high-risk AI systems would have to carry liability insurance so victims get timely relief; and an AI damage relief fund would be set up. This is not an obligation in force.',
    },
    goodPractice: {
      zh: '记录系统的责任主体划分（供应、部署、使用）；为高风险用途评估保险覆盖情况。',
      en: 'Record who is responsible for the system (supplier, deployer, user); review insurance coverage for high-risk uses.',
    },
    appliesWhen: [],
  },
  {
    id: 'AIL-FILING',
    instrument: 'AIL',
    articles: [],
    formerArticles: [],
    verification: 'verified',
    tiers: ['unacceptable', 'high', 'limited', 'low'],
    title: { zh: '（立法建议）按风险等级备案', en: '(Proposal) Filing according to risk tier' },
    summary: {
      zh: '立法建议：依据风险分级建立透明度和备案要求，明确备案的主体、内容和程序。这不是现行法律义务；现行的算法备案见算法推荐管理规定第24条和生成式人工智能服务管理暂行办法第17条。',
      en: 'Proposal: transparency and filing requirements set by risk tier, defining who files, what and how. This is not an obligation in force; today’s algorithm filing is Algorithmic Recommendation Provisions Art. 24 and GenAI Measures Art. 17.',
    },
    goodPractice: {
      zh: '保持一份可随时提交的系统说明（用途、风险等级、数据来源、模型、评测、负责人）。',
      en: 'Keep a system description ready to submit (purpose, tier, data sources, model, evaluation, owner).',
    },
    appliesWhen: [],
  },
];
