// PI in logs: logger/console/print calls whose arguments carry PI identifiers (`user.phone`, `idCard`), PI-labelled
// format strings (`"手机号:{}"`), or whole request bodies / serialised person records (`req.body`, `json.dumps(user)`).
import type { CallRef } from '../lang/types';
import { classifyIdentifier, type PiMatch } from './identifiers';
import { PERSON_WORDS } from './piVocabulary';
import { splitWords } from './words';
import type { DetectContext } from './types';

const LOG_METHODS = new Set([
  'debug', 'info', 'warn', 'warning', 'error', 'fatal', 'critical', 'exception', 'trace', 'log', 'print', 'println', 'printf', 'infof', 'debugf', 'warnf',
  'errorf', 'fatalf', 'infow', 'debugw', 'errorw', 'warnw', 'd', 'i', 'e', 'w', 'v', 'notice', 'verbose', 'success', 'msg',
  // .NET: Microsoft.Extensions.Logging (`_logger.LogInformation`) and `Console.WriteLine`
  'loginformation', 'logwarning', 'logerror', 'logdebug', 'logtrace', 'logcritical', 'writeline',
]);
const BARE_PRINTS = new Set([
  'print', 'println', 'printf', 'console.log', 'console.info', 'console.warn', 'console.error', 'console.debug', 'pprint',
  // C++ stream logging, recorded by the C family front end as calls named as written
  'LOG', 'VLOG', 'DLOG', 'PLOG', 'LOG_IF', 'LOG_EVERY_N', 'std.cout', 'std.cerr', 'std.clog', 'cout', 'cerr', 'clog',
]);
const LOGGER_RECEIVER = /(?:^|[._])(?:log|logger|logging|console|slog|logrus|zap|zerolog|glog|klog|spdlog|timber|syslog|log4j|logback|fmt|out|err|sugar)$/i;

export function isLogCall(callee: string): boolean {
  if (BARE_PRINTS.has(callee)) {
    return true;
  }
  const dot = callee.lastIndexOf('.');
  if (dot < 0) {
    return false;
  }
  const method = callee.slice(dot + 1).toLowerCase();
  const receiver = callee.slice(0, dot);
  if (!LOG_METHODS.has(method)) {
    return false;
  }
  if (/^fmt$/i.test(receiver) && !method.startsWith('print')) {
    return false;
  }
  return LOGGER_RECEIVER.test(receiver) || /logger$/i.test(receiver) || /^system\.(out|err)$/i.test(receiver);
}

/** Skip arguments that are already masked, hashed or only measured. */
const PROTECTED_ARGS = /mask|desensiti|redact|hash|encrypt|anonymi|脱敏|\blen\(|\.length\b|\.size\(\)|count/i;
export const REQUEST_BODY = /\b(?:req|request|ctx\.request|c\.request|self\.request)\.(?:body|json|data|form|POST|get_json\(\)|values|rawBody)(?![\w$])/;
export const SERIALISE_PERSON =
  /(?:json\.dumps|JSON\.stringify|JSON\.toJSONString|toJson|writeValueAsString|asdict|vars|model_dump|jsonify)\(/g;
export const PERSON_DUMP = /\b([A-Za-z_][A-Za-z0-9_]{0,40})\.(?:__dict__|to_dict\s*\(|dict\s*\(|model_dump\s*\(|toString\s*\(|toJSON\s*\()/g;
export const LABELLED_PLACEHOLDER =
  /(手机号码?|手机|电话|身份证号?|银行卡号?|邮箱|住址|phone|mobile|id_?card|idcard|email|id_?number|bank_?card|address)[ \t]{0,3}(?:[:=：][ \t]{0,3})?(?:\{|%[sdvr]|\$\{|["'`][ \t]{0,3}\+)/i;

function isPersonRecordName(name: string): boolean {
  const words = splitWords(name);
  if (words.length === 0 || !PERSON_WORDS.has(words[0])) {
    return false;
  }
  const rest = words.slice(1);
  return rest.every((w) => ['info', 'dto', 'vo', 'entity', 'profile', 'record', 'data', 'obj', 'object', 'detail', 'details', 'form', 'model', 'do', 'po', 'bean'].includes(w));
}

interface ArgScan {
  chains: string[];
  strings: string[];
}

/** Splits argument text into identifier chains (`user.phone`) and string contents; `{expr}` inside strings is code. */
function scanArgs(args: string): ArgScan {
  const chains: string[] = [];
  const strings: string[] = [];
  const n = Math.min(args.length, 1000);
  let i = 0;
  const readChain = (from: number, limit: number): number => {
    let j = from;
    while (j < limit) {
      const c = args.charCodeAt(j);
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 46) {
        j++;
      } else {
        break;
      }
    }
    let a = from;
    let b = j;
    while (a < b && args[a] === '.') {
      a++;
    }
    while (b > a && args[b - 1] === '.') {
      b--;
    }
    const chain = args.slice(a, b);
    if (chain && !/^\d/.test(chain)) {
      chains.push(chain);
    }
    return j;
  };
  while (i < n) {
    const c = args[i];
    if (c === '"' || c === "'" || c === '`') {
      const quote = c;
      let j = i + 1;
      let content = '';
      while (j < n && args[j] !== quote) {
        if (args[j] === '\\') {
          j += 2;
          continue;
        }
        if (args[j] === '{') {
          const close = args.indexOf('}', j);
          if (close > j && close < n && close - j < 120) {
            // f-string / template literal expression: scan as code.
            let k = j + 1;
            while (k < close) {
              const ch = args.charCodeAt(k);
              if ((ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch === 95) {
                k = readChain(k, close);
              } else {
                k++;
              }
            }
            content += '{';
            j = close + 1;
            continue;
          }
        }
        content += args[j];
        j++;
      }
      strings.push(content);
      // `users["phone"]`: a subscript key is a member name.
      if (i > 0 && args[i - 1] === '[' && /^[A-Za-z_][A-Za-z0-9_]{0,40}$/.test(content)) {
        chains.push(content);
      }
      i = j + 1;
      continue;
    }
    const code = args.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36) {
      i = readChain(i, n);
      continue;
    }
    i++;
  }
  return { chains, strings };
}

/** `user.phone`, `users.id_card.nunique`, `req.getMobile`: any member after the root may name the PI; earlier members give person context. */
function classifyChain(chain: string): PiMatch | undefined {
  const parts = chain.split('.').filter(Boolean);
  for (let i = parts.length - 1; i >= 0; i--) {
    if (i === 0 && parts.length > 1 && !/^(?:get|is)?[A-Za-z]/.test(parts[0])) {
      break;
    }
    const person = parts.slice(0, i).some((p) => splitWords(p).some((w) => PERSON_WORDS.has(w)));
    const match = classifyIdentifier(parts[i], person);
    if (match) {
      return match;
    }
  }
  return undefined;
}

export function detectPiLogging(ctx: DetectContext): void {
  for (const call of ctx.doc.calls) {
    if (!isLogCall(call.callee)) {
      continue;
    }
    const hit = call.args ? analyseLogArgs(call.args) : undefined;
    if (hit) {
      ctx.hits.push({
        ruleId: hit.ruleId,
        token: `${call.callee}(${hit.token})`,
        span: call.span,
        piElement: hit.match?.element.id,
        sensitive: hit.match?.element.sensitive,
        element: hit.match?.element.label ?? { zh: '请求体/用户对象', en: 'request body / person record' },
      });
    }
  }
}

export function analyseLogArgs(args: string): { ruleId: string; token: string; match?: PiMatch } | undefined {
  if (PROTECTED_ARGS.test(args)) {
    return undefined;
  }
  const body = REQUEST_BODY.exec(args);
  if (body) {
    return { ruleId: 'AILL-LOG-REQUEST-BODY', token: body[0] };
  }
  SERIALISE_PERSON.lastIndex = 0;
  let s: RegExpExecArray | null;
  while ((s = SERIALISE_PERSON.exec(args)) !== null) {
    let k = s.index + s[0].length;
    for (const prefix of ['self.', 'this.']) {
      if (args.startsWith(prefix, k)) {
        k += prefix.length;
      }
    }
    const ident = /^[A-Za-z_][A-Za-z0-9_]{0,40}/.exec(args.slice(k, k + 41));
    if (ident && isPersonRecordName(ident[0])) {
      return { ruleId: 'AILL-LOG-REQUEST-BODY', token: `${s[0]}${ident[0]})` };
    }
  }
  PERSON_DUMP.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERSON_DUMP.exec(args)) !== null) {
    if (isPersonRecordName(m[1])) {
      return { ruleId: 'AILL-LOG-REQUEST-BODY', token: m[0].replace(/\s+/g, '') };
    }
  }
  const scan = scanArgs(args);
  for (const chain of scan.chains) {
    const match = classifyChain(chain);
    if (match) {
      return { ruleId: 'AILL-LOG-PI-FIELD', token: chain, match };
    }
  }
  const labelled = LABELLED_PLACEHOLDER.exec(args);
  if (labelled && scan.chains.length + (args.includes('{}') ? 1 : 0) > 0) {
    const match = classifyIdentifier(labelled[1].replace(/号码?$/, ''), true) ?? undefined;
    return { ruleId: 'AILL-LOG-PI-FIELD', token: labelled[1], match };
  }
  return undefined;
}

export type { CallRef };
export const LOGGING_PATTERNS: readonly RegExp[] = [LOGGER_RECEIVER, PROTECTED_ARGS, REQUEST_BODY, SERIALISE_PERSON, PERSON_DUMP, LABELLED_PLACEHOLDER, /^fmt$/i, /^system\.(out|err)$/i, /logger$/i, /^\d/, /^(?:get|is)?[A-Za-z]/, /^[A-Za-z_][A-Za-z0-9_]{0,40}$/, /^[A-Za-z_][A-Za-z0-9_]{0,40}/, /\s+/g, /号码?$/];
