import * as assert from 'node:assert/strict';
import { scanText } from '../../../../src/core/engine';

/** Tokens of one rule's findings in a scanned text. */
function ruleTokens(ruleId: string, file: string, text: string): string[] {
  return scanText(file, text, {}).findings.filter((f) => f.ruleId === ruleId).map((f) => f.token);
}

function recommendation(file: string, text: string): Array<[number, string]> {
  return scanText(file, text, {})
    .findings.filter((f) => f.category === 'recommendation')
    .map((f) => [f.span.start.line + 1, f.token]);
}

describe('keywords: personalised recommendation', () => {
  it('reports a recommendation function that takes a user, whatever its name', () => {
    assert.deepEqual(recommendation('a.py', 'def recommend_items(ratings, user_id, n=5):\n    return []\n'), [[1, 'recommend_items']]);
    assert.deepEqual(recommendation('A.java', 'class A {\n  List<Long> recommend(Long userId, int n) { return null; }\n}\n'), [[2, 'recommend']]);
  });

  it('stays silent for recommendations without a user, and for `rec` words that mean something else', () => {
    assert.deepEqual(recommendation('b.py', 'def recommend_related(item_id, n=5):\n    return []\n'), []);
    assert.deepEqual(recommendation('c.py', 'def recommend_test(user_id):\n    pass\n'), []);
    assert.deepEqual(recommendation('d.py', 'def get_record(user_id):\n    pass\n'), []);
  });

  it('adds no second finding for model.recommend(user) once the file says personalised recommendation', () => {
    const text = 'def load_user_tags(user_id):\n    pass\n\nids = model.recommend(user_id, rows)\n';
    assert.deepEqual(recommendation('e.py', text), [[1, 'load_user_tags']]);
  });

  it('matches DeepFM and guess-you-like names', () => {
    assert.deepEqual(recommendation('f.py', 'class DeepFM(nn.Module):\n    pass\n'), [[1, 'deep_fm']]);
    assert.deepEqual(recommendation('G.java', 'interface G {\n  List<Long> getGuessYouLike(Long id);\n}\n'), [[2, 'get_guess_you_like']]);
  });

  it('skips recommendation names on import lines but not face-recognition SDK classes', () => {
    const java = 'import com.x.entity.UserInterestTag;\nimport com.tencentcloudapi.iai.v20200303.models.CompareFaceRequest;\n\nclass S {\n  List<UserInterestTag> tags(Long userId);\n}\n';
    const findings = scanText('S.java', java, {}).findings.map((f) => [f.span.start.line + 1, f.category]);
    assert.ok(findings.some(([line, c]) => line === 2 && c === 'face-recognition'), JSON.stringify(findings));
    assert.deepEqual(recommendation('S.java', java), [[5, 'user_interest_tag']]);
  });

  it('reports a phrase in a comment only when the code gave no finding of that rule', () => {
    assert.deepEqual(recommendation('g.ts', '// 用户画像摘要\nexport const x = 1;\n'), [[1, '用户画像']]);
    assert.deepEqual(recommendation('h.ts', '// 用户画像摘要\nexport function loadUserTags(id: string) {}\n'), [[2, 'load_user_tags']]);
    // a phrase in a string is UI text, evidence of the feature on its own
    assert.deepEqual(recommendation('i.ts', "export function loadUserTags(id: string) {}\nexport const title = '猜你喜欢';\n"), [
      [1, 'load_user_tags'],
      [2, '猜你喜欢'],
    ]);
  });
});

describe('keywords: face recognition', () => {
  const faceFlow = (file: string, text: string): string[] => ruleTokens('AILL-FACE-FLOW', file, text);

  it('reports face descriptors and face login, not CSS font faces', () => {
    assert.deepEqual(faceFlow('a.js', 'const d = await faceapi.detectSingleFace(img).withFaceDescriptors();\n'), ['with_face_descriptors']);
    assert.deepEqual(faceFlow('b.ts', 'interface FontFaceDescriptors { display?: string }\nconst m = fontFaceMatch(a, b);\n'), []);
  });
});

describe('keywords: age gates', () => {
  const gates = (file: string, text: string): string[] => ruleTokens('AILL-MINORS-AGE-GATE', file, text);

  it('reports a minimum age for people, not for releases, caches or tokens', () => {
    assert.deepEqual(gates('signup.py', 'MIN_AGE = 14\n'), ['min_age']);
    assert.deepEqual(gates('renovate.json', '{ "minimumReleaseAge": "3 days" }\n'), []);
    assert.deepEqual(gates('outdated.js', 'const { minReleaseAgeExclude } = flatOptions;\nconst minCacheAge = 60;\nconst minTokenAge = 5;\n'), []);
  });
});
