// Endpoints and cloud regions outside mainland China. Mainland endpoints (`*.aliyuncs.com`, `*.tencentcloudapi.com`,
// `*.baidubce.com`, `*.amazonaws.com.cn`), localhost and private addresses are never listed, so they are never flagged.

/** Host suffixes (label-aligned): `api.openai.com` also matches `eu.api.openai.com`, never `myapi.openai.com.cn`. */
export const FOREIGN_HOSTS: readonly string[] = [
  // LLM and AI APIs
  'api.openai.com', 'openai.azure.com', 'api.anthropic.com', 'generativelanguage.googleapis.com', 'aiplatform.googleapis.com', 'api.cohere.ai',
  'api.cohere.com', 'api.mistral.ai', 'api.groq.com', 'api.together.xyz', 'api.together.ai', 'openrouter.ai', 'api.replicate.com',
  'api-inference.huggingface.co', 'api.perplexity.ai', 'api.x.ai', 'api.deepinfra.com', 'api.fireworks.ai', 'api.elevenlabs.io', 'api.stability.ai',
  'cognitiveservices.azure.com', 'api-us.faceplusplus.com',
  // Alibaba Cloud Model Studio's international endpoint is served from Singapore, unlike mainland `dashscope.aliyuncs.com`
  'dashscope-intl.aliyuncs.com',
  // error tracking, analytics, telemetry
  'sentry.io', 'google-analytics.com', 'googletagmanager.com', 'analytics.google.com', 'firebaseio.com', 'firebase.googleapis.com', 'fcm.googleapis.com',
  'firestore.googleapis.com', 'firebaseinstallations.googleapis.com', 'firebasestorage.googleapis.com', 'identitytoolkit.googleapis.com',
  'api.mixpanel.com', 'api-js.mixpanel.com', 'api.segment.io', 'cdn.segment.com', 'api.segment.com', 'datadoghq.com', 'datadoghq.eu',
  'browser-intake-datadoghq.com', 'api.amplitude.com', 'api2.amplitude.com', 'cdn.amplitude.com', 'api.eu.amplitude.com', 'hotjar.com',
  'api.newrelic.com', 'nr-data.net', 'notify.bugsnag.com', 'sessions.bugsnag.com', 'api.intercom.io', 'graph.facebook.com', 'connect.facebook.net',
  'api.honeycomb.io', 'logs.logdna.com', 'http-inputs-splunkcloud.com', 'in.logs.betterstack.com',
  // messaging, payments, storage and databases abroad
  'api.twilio.com', 'api.sendgrid.com', 'hooks.slack.com', 'api.stripe.com', 'amazonaws.com', 'blob.core.windows.net', 'storage.googleapis.com',
  'supabase.co', 'mongodb.net', 'pinecone.io', 'snowflakecomputing.com', 'api.mailgun.net', 'api.postmarkapp.com',
];

/** Exact region codes outside mainland China (Azure names are matched exactly; AWS/GCP/Huawei/Aliyun-style by pattern). */
export const FOREIGN_REGION_NAMES: readonly string[] = [
  'cn-hongkong', 'ap-hongkong', 'ap-singapore', 'ap-bangkok', 'ap-jakarta', 'ap-seoul', 'ap-tokyo', 'ap-mumbai', 'na-siliconvalley', 'na-ashburn',
  'na-toronto', 'sa-saopaulo', 'eu-frankfurt', 'eu-moscow', 'eastus', 'eastus2', 'westus', 'westus2', 'westus3', 'centralus', 'northcentralus',
  'southcentralus', 'westcentralus', 'northeurope', 'westeurope', 'uksouth', 'ukwest', 'francecentral', 'germanywestcentral', 'swedencentral',
  'switzerlandnorth', 'norwayeast', 'japaneast', 'japanwest', 'koreacentral', 'southeastasia', 'eastasia', 'australiaeast', 'canadacentral',
  'brazilsouth', 'centralindia', 'southindia', 'uaenorth',
];

/** AWS, Aliyun-international and Huawei style: `us-east-1`, `ap-southeast-1`, `eu-west-3`, `us-gov-west-1`. Never `cn-*`. */
export const AWS_STYLE_REGION = /^(?:us|eu|ap|sa|ca|me|af|il|mx|la)-(?:gov-)?(?:east|west|north|south|central|northeast|northwest|southeast|southwest)-\d{1,2}$/;
/** GCP style: `us-central1`, `europe-west4`, `asia-east2`. */
export const GCP_STYLE_REGION = /^(?:us|europe|asia|australia|northamerica|southamerica|me|africa)-(?:east|west|north|south|central|northeast|northwest|southeast|southwest)\d{1,2}(?:-[a-f])?$/;

export const HOST_PATTERNS: readonly RegExp[] = [AWS_STYLE_REGION, GCP_STYLE_REGION];
