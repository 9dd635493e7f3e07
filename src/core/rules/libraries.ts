// Libraries, SDKs and dependencies that signal a category. Names are normalised (lower case, `-` → `_`, `:` → `.`)
// and match a module/dependency equal to the name or below it (`tencentcloud.iai` matches `tencentcloud.iai.v20200303`).

export interface LibrarySignal {
  ruleId: string;
  names: string[];
  /** Only in source imports, not in dependency manifests (e.g. playwright is mostly a test tool). */
  importOnly?: boolean;
  /** The lower-cased file text must contain one of these (e.g. dlib only counts when the file is about faces). */
  requiresText?: string[];
  /** The file must import one of these (normalised) modules too, e.g. an HTML parser with an HTTP client. */
  requiresImport?: string[];
}

export const LIBRARY_SIGNALS: readonly LibrarySignal[] = [
  // training
  {
    ruleId: 'AILL-TRAIN-FRAMEWORK',
    names: ['trl', 'peft', 'deepspeed', 'llamafactory', 'llmtuner', 'axolotl', 'unsloth', 'xtuner', 'colossalai', 'modelscope.trainers', 'swift.llm', 'ms_swift'],
  },
  { ruleId: 'AILL-TRAIN-ANNOTATION', names: ['label_studio_sdk', 'label_studio', 'doccano_client', 'doccano', 'argilla'] },
  // recommendation
  {
    ruleId: 'AILL-REC-LIBRARY',
    names: ['lightfm', 'implicit', 'recbole', 'torchrec', 'surprise', 'scikit_surprise', 'tensorflow_recommenders', 'libreco', 'deepctr', 'deepctr_torch',
      'pyspark.ml.recommendation', 'org.apache.spark.ml.recommendation', 'org.apache.mahout.cf', 'recommenders', 'easyrec', 'torch_rechub', 'fuxictr'],
  },
  // generative AI
  {
    ruleId: 'AILL-GENAI-SDK',
    names: ['openai', 'anthropic', '@anthropic_ai/sdk', 'dashscope', 'com.alibaba.dashscope', 'dashscope_sdk_java', 'qianfan', '@baiducloud/qianfan', 'erniebot',
      'zhipuai', 'zai', 'volcenginesdkarkruntime', '@volcengine/ark', 'google.generativeai', 'google_generativeai', 'google.genai', 'google_genai',
      '@google/generative_ai', '@google/genai', 'cohere', 'mistralai', 'groq', 'langchain_openai', '@langchain/openai', 'langchain_anthropic',
      '@langchain/anthropic', 'langchain_community.llms.tongyi', 'langchain_community.chat_models.tongyi', 'dev.langchain4j.model.openai',
      'langchain4j_open_ai', 'dev.langchain4j.community.model.dashscope', 'com.theokanning.openai', 'com.openai', 'openai_java', 'org.springframework.ai.openai',
      'spring_ai_openai', 'com.baidubce.qianfan', 'github.com/sashabaranov/go_openai', 'github.com/openai/openai_go', 'github.com/anthropics/anthropic_sdk_go',
      'ollama', 'vllm', 'tencentcloud.hunyuan', 'sparkai', 'litellm', '@ai_sdk/openai', '@ai_sdk/anthropic'],
  },
  { ruleId: 'AILL-GENAI-MEDIA', names: ['diffusers', 'edge_tts', 'gtts', 'elevenlabs', 'chattts'] },
  // deep synthesis
  { ruleId: 'AILL-DS-FACE-SWAP', names: ['roop', 'facefusion', 'simswap', 'deepfacelab', 'faceswap'] },
  {
    ruleId: 'AILL-DS-VOICE-CLONE',
    names: ['so_vits_svc', 'so_vits_svc_fork', 'gpt_sovits', 'rvc_python', 'rvc', 'tts', 'coqui_tts', 'openvoice', 'cosyvoice', 'fish_speech', 'f5_tts'],
  },
  { ruleId: 'AILL-DS-TALKING-HEAD', names: ['wav2lip', 'sadtalker', 'liveportrait', 'musetalk'] },
  // face recognition
  {
    ruleId: 'AILL-FACE-LIBRARY',
    names: ['face_recognition', 'deepface', 'insightface', 'face_api.js', '@vladmandic/face_api', 'facenet_pytorch', 'com.arcsoft', 'arcsoft', 'compreface_sdk',
      'seetaface'],
  },
  { ruleId: 'AILL-FACE-LIBRARY', names: ['dlib'], requiresText: ['face'] },
  {
    ruleId: 'AILL-FACE-CLOUD-API',
    names: ['alibabacloud_facebody20191230', 'aliyunsdkfacebody', 'com.aliyun.facebody20191230', 'facebody20191230', 'tencentcloud.iai', 'com.tencentcloudapi.iai',
      'github.com/tencentcloud/tencentcloud_sdk_go/tencentcloud/iai', 'tencentcloud_sdk_nodejs_iai', '@azure_rest/ai_vision_face', 'azure.ai.vision.face',
      'azure.cognitiveservices.vision.face'],
  },
  { ruleId: 'AILL-FACE-CLOUD-API', names: ['aip'], importOnly: true, requiresText: ['aipface'] },
  // cross-border SaaS SDKs
  {
    ruleId: 'AILL-XB-SAAS-SDK',
    names: ['firebase', '@firebase', 'firebase_admin', 'com.google.firebase', 'mixpanel', 'mixpanel_browser', '@segment', 'segment.analytics', 'analytics_node',
      '@amplitude', 'amplitude', 'amplitude_analytics', 'amplitude_js', 'react_ga', 'react_ga4', 'vue_gtag', 'universal_analytics', '@datadog/browser_rum',
      '@datadog/browser_logs', 'com.mixpanel', 'com.amplitude', 'com.segment',
      // Google Analytics' gtag.js (the npm `gtag` module); the name also lets the prefilter admit files that call the page global gtag()
      'gtag',
      // Google Cloud has no region in mainland China: every client library sends its data abroad
      'google.cloud', '@google-cloud', 'com.google.cloud', 'cloud.google.com/go', 'google-cloud-storage', 'google-cloud-bigquery', 'google-cloud-pubsub',
      'google-cloud-firestore',
      // the SDKs of messaging, e-mail and payment services whose API hosts are listed in rules/hosts.ts
      'twilio', 'com.twilio', 'github.com/twilio/twilio-go', 'sendgrid', '@sendgrid', 'com.sendgrid', 'stripe', 'com.stripe', 'github.com/stripe/stripe-go',
      'slack_sdk', '@slack/web-api', '@slack/bolt', 'slack_bolt'],
  },
  // scraping
  {
    ruleId: 'AILL-SCRAPE-FRAMEWORK',
    names: ['scrapy', 'crawlee', 'pyspider', 'github.com/gocolly/colly', 'us.codecraft.webmagic', 'webmagic_core', 'crawler', 'simplecrawler', 'x_ray',
      'crawl4ai', 'firecrawl', 'newspaper', 'newspaper3k', 'feapder', 'drissionpage', 'undetected_chromedriver', 'scrapy_redis', 'scrapy_playwright'],
  },
  { ruleId: 'AILL-SCRAPE-FRAMEWORK', names: ['org.jsoup'], importOnly: true, requiresText: ['jsoup.connect'] },
  {
    ruleId: 'AILL-SCRAPE-HTTP-PARSE',
    names: ['bs4', 'pyquery'],
    importOnly: true,
    requiresImport: ['requests', 'httpx', 'aiohttp', 'urllib.request', 'urllib3', 'urllib', 'requests_html', 'cloudscraper'],
  },
  {
    ruleId: 'AILL-SCRAPE-HTTP-PARSE',
    names: ['cheerio'],
    importOnly: true,
    requiresImport: ['axios', 'got', 'node_fetch', 'superagent', 'undici', 'request', 'request_promise', 'needle'],
  },
  { ruleId: 'AILL-SCRAPE-HTTP-PARSE', names: ['github.com/puerkitobio/goquery'], importOnly: true, requiresImport: ['net/http'] },
  {
    ruleId: 'AILL-SCRAPE-BROWSER',
    names: ['playwright', 'selenium', 'puppeteer', 'puppeteer_core', 'pyppeteer', 'org.openqa.selenium', 'github.com/chromedp/chromedp'],
    importOnly: true,
    requiresText: ['crawl', 'scrape', 'scraping', 'scraper', 'spider', '爬虫', '爬取', '采集', '抓取'],
  },
];

/** Call names that mean training, by last callee segment. `needsImport` restricts generic names. */
export const TRAINING_CALLS: ReadonlyArray<{ name: string; needsImport?: string[] }> = [
  { name: 'Trainer', needsImport: ['transformers', 'pytorch_lightning', 'lightning', 'modelscope', 'trl'] },
  { name: 'Seq2SeqTrainer' },
  { name: 'SFTTrainer' },
  { name: 'DPOTrainer' },
  { name: 'PPOTrainer' },
  { name: 'ORPOTrainer' },
  { name: 'KTOTrainer' },
  { name: 'GRPOTrainer' },
  { name: 'RewardTrainer' },
  { name: 'TrainingArguments', needsImport: ['transformers', 'trl'] },
  { name: 'SFTConfig' },
  { name: 'DPOConfig' },
  { name: 'GRPOConfig' },
  { name: 'Seq2SeqTrainingArguments' },
  { name: 'LoraConfig' },
  { name: 'get_peft_model' },
  { name: 'prepare_model_for_kbit_training' },
];

/** ML libraries whose `.fit(` on a model-like receiver is training. */
export const ML_IMPORTS: readonly string[] = ['sklearn', 'keras', 'tensorflow', 'tf_keras', 'torch', 'xgboost', 'lightgbm', 'catboost', 'pytorch_lightning', 'lightning', 'lightfm', 'implicit'];

/** Receiver words that make `.fit(` a model fit (not a scaler or vectoriser fit). */
export const MODEL_RECEIVER_WORDS: ReadonlySet<string> = new Set([
  'model', 'clf', 'classifier', 'regressor', 'estimator', 'net', 'network', 'learner', 'xgb', 'lgb', 'lgbm', 'gbm', 'booster', 'forest', 'svm', 'svc', 'knn',
  'mlp', 'cnn', 'rnn', 'lstm', 'bert', 'gbdt', 'automl', 'pipeline', 'pipe', 'trainer', 'rf', 'lr', 'logreg', 'tree', 'ensemble', 'recommender', 'als', 'search',
]);

/** Configuration keys that are training hyper-parameters or training-data paths. */
export const TRAINING_KEYS: ReadonlySet<string> = new Set([
  'num_train_epochs', 'per_device_train_batch_size', 'gradient_accumulation_steps', 'lora_rank', 'lora_r', 'lora_alpha', 'lora_dropout', 'lora_target',
  'lora_target_modules', 'finetuning_type', 'train_file', 'train_data', 'train_data_path', 'train_dataset', 'training_data', 'warmup_ratio',
  'max_train_samples', 'train_batch_size', 'train_micro_batch_size_per_gpu', 'zero_optimization', 'num_epochs', 'train_path',
]);
/** Keys that count only together with a second training key in the same file. */
export const WEAK_TRAINING_KEYS: ReadonlySet<string> = new Set(['num_epochs', 'train_path', 'train_batch_size', 'warmup_ratio', 'gradient_accumulation_steps']);
