// Compliant stubs the editor's quick fix can insert on the line before a finding. `{indent}` and `{token}` are substituted.
import type { FixTemplate } from '../model';

export const RECOMMENDATION_OPT_OUT: FixTemplate = {
  title: { zh: '插入“关闭个性化推荐”检查', en: 'Insert a personalised-recommendation opt-out check' },
  snippets: {
    python:
      '{indent}# 算法推荐管理规定第17条 / PIPL Art. 24: honour the user\'s choice to switch off personalised recommendations\n' +
      '{indent}if not user_allows_personalisation(user):\n{indent}    return non_personalised_results()\n',
    javascript:
      '{indent}// 算法推荐管理规定第17条 / PIPL Art. 24: honour the user\'s choice to switch off personalised recommendations\n' +
      '{indent}if (!userAllowsPersonalisation(user)) {\n{indent}  return nonPersonalisedResults();\n{indent}}\n',
    java:
      '{indent}// 算法推荐管理规定第17条 / PIPL Art. 24: honour the user\'s choice to switch off personalised recommendations\n' +
      '{indent}if (!userAllowsPersonalisation(user)) {\n{indent}    return nonPersonalisedResults();\n{indent}}\n',
    go:
      '{indent}// 算法推荐管理规定第17条 / PIPL Art. 24: honour the user\'s choice to switch off personalised recommendations\n' +
      '{indent}if !userAllowsPersonalisation(user) {\n{indent}\treturn nonPersonalisedResults()\n{indent}}\n',
  },
};

export const SENSITIVE_CONSENT_GUARD: FixTemplate = {
  title: { zh: '插入单独同意检查', en: 'Insert a separate-consent guard' },
  snippets: {
    python:
      '{indent}# 个人信息保护法第29条 / PIPL Art. 29: separate consent before processing sensitive PI ({token})\n' +
      '{indent}require_separate_consent(user, purpose="{token}")\n',
    javascript:
      '{indent}// 个人信息保护法第29条 / PIPL Art. 29: separate consent before processing sensitive PI ({token})\n' +
      "{indent}requireSeparateConsent(user, '{token}');\n",
    java:
      '{indent}// 个人信息保护法第29条 / PIPL Art. 29: separate consent before processing sensitive PI ({token})\n' +
      '{indent}consentService.requireSeparateConsent(user, "{token}");\n',
    go:
      '{indent}// 个人信息保护法第29条 / PIPL Art. 29: separate consent before processing sensitive PI ({token})\n' +
      '{indent}if err := requireSeparateConsent(user, "{token}"); err != nil {\n{indent}\treturn err\n{indent}}\n',
  },
};

export const AIGC_LABEL: FixTemplate = {
  title: { zh: '插入 AIGC 标识调用', en: 'Insert an AIGC label/metadata call' },
  snippets: {
    python:
      '{indent}# 生成式人工智能服务管理暂行办法第12条 / 标识办法: visible "AI生成" label plus implicit AIGC metadata on the output\n' +
      '{indent}output = add_aigc_label(output, producer="<your service id>")\n',
    javascript:
      '{indent}// 生成式人工智能服务管理暂行办法第12条 / 标识办法: visible "AI生成" label plus implicit AIGC metadata on the output\n' +
      "{indent}output = addAigcLabel(output, { producer: '<your service id>' });\n",
    java:
      '{indent}// 生成式人工智能服务管理暂行办法第12条 / 标识办法: visible "AI生成" label plus implicit AIGC metadata on the output\n' +
      '{indent}output = AigcLabel.apply(output, "<your service id>");\n',
    go:
      '{indent}// 生成式人工智能服务管理暂行办法第12条 / 标识办法: visible "AI生成" label plus implicit AIGC metadata on the output\n' +
      '{indent}output = addAigcLabel(output, "<your service id>")\n',
  },
};

export const LOG_MASKING: FixTemplate = {
  title: { zh: '在日志中脱敏', en: 'Mask personal information in this log line' },
  snippets: {
    python: '{indent}# 个人信息保护法第51条 / PIPL Art. 51: log a masked value, e.g. mask_pi({token}), never the raw value\n',
    javascript: '{indent}// 个人信息保护法第51条 / PIPL Art. 51: log a masked value, e.g. maskPi({token}), never the raw value\n',
    java: '{indent}// 个人信息保护法第51条 / PIPL Art. 51: log a masked value, e.g. DesensitizeUtil.mask({token}), never the raw value\n',
    go: '{indent}// 个人信息保护法第51条 / PIPL Art. 51: log a masked value, e.g. maskPI({token}), never the raw value\n',
  },
};
