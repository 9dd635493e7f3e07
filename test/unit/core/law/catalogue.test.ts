import * as assert from 'node:assert/strict';
import type { Localized } from '../../../../src/core/model';
import {
  APPLICABILITY_QUESTIONS,
  getInstrument,
  getObligation,
  INSTRUMENTS,
  isUnverifiedArticle,
  listInstruments,
  listObligations,
  OBLIGATIONS,
  QUESTION_ANSWERS,
} from '../../../../src/core/law';
import type { ApplicabilityCondition, ApplicabilityQuestionId } from '../../../../src/core/law';

// Stable API: diagnostics, checklist files and CI policies refer to these ids. Removing or renaming one must fail
// here; adding one means adding it to this list on purpose.
const STABLE_IDS = [
  'PIPL-6', 'PIPL-13', 'PIPL-14', 'PIPL-15', 'PIPL-16', 'PIPL-17', 'PIPL-19', 'PIPL-21', 'PIPL-23', 'PIPL-24',
  'PIPL-26', 'PIPL-28', 'PIPL-29', 'PIPL-30', 'PIPL-31', 'PIPL-38', 'PIPL-39', 'PIPL-44', 'PIPL-45', 'PIPL-47',
  'PIPL-50', 'PIPL-51', 'PIPL-55', 'PIPL-57',
  'DSL-21', 'DSL-27', 'DSL-29', 'DSL-32',
  'CSL-23', 'CSL-24', 'CSL-29', 'CSL-39', 'CSL-43', 'CSL-44', 'CSL-46',
  'ARP-10', 'ARP-16', 'ARP-17', 'ARP-18', 'ARP-21', 'ARP-24',
  'DSP-14', 'DSP-15', 'DSP-16', 'DSP-17', 'DSP-18',
  'GAI-4', 'GAI-7', 'GAI-8', 'GAI-10', 'GAI-11', 'GAI-12', 'GAI-17', 'GAI-19', 'GAI-22',
  'LABEL-4', 'LABEL-5',
  'NDSMR-18', 'NDSMR-19', 'NDSMR-21', 'NDSMR-22', 'NDSMR-24', 'NDSMR-42',
  'CBDF-7', 'CBDF-8',
  'FRT-6', 'FRT-8', 'FRT-15',
  'MINORS-24',
  'ECL-18', 'ECL-24',
  'CPLIR-9', 'CPLIR-23',
  'AIL-RISK-TIER', 'AIL-RISK-MANAGEMENT', 'AIL-TRANSPARENCY', 'AIL-CODE-OF-CONDUCT', 'AIL-LIABILITY-INSURANCE',
  'AIL-FILING',
];

// The ids the common brief promises to every engineer: these must exist, whatever else changes.
const PROMISED_IDS = [
  'PIPL-13', 'PIPL-14', 'PIPL-17', 'PIPL-23', 'PIPL-24', 'PIPL-26', 'PIPL-28', 'PIPL-29', 'PIPL-31', 'PIPL-38',
  'PIPL-39', 'PIPL-47', 'PIPL-51', 'PIPL-55', 'DSL-21', 'DSL-27', 'DSL-32', 'CSL-23', 'CSL-24', 'CSL-43', 'CSL-44',
  'ARP-16', 'ARP-17', 'ARP-18', 'ARP-21', 'ARP-24', 'DSP-14', 'DSP-16', 'DSP-17', 'GAI-4', 'GAI-7', 'GAI-8',
  'GAI-11', 'GAI-12', 'GAI-17', 'LABEL-4', 'LABEL-5', 'NDSMR-18', 'NDSMR-19', 'NDSMR-21', 'NDSMR-22', 'NDSMR-42',
  'CBDF-7', 'CBDF-8', 'FRT-6', 'FRT-8', 'FRT-15', 'MINORS-24', 'ECL-18', 'AIL-RISK-TIER', 'AIL-RISK-MANAGEMENT',
  'AIL-TRANSPARENCY', 'AIL-CODE-OF-CONDUCT', 'AIL-LIABILITY-INSURANCE', 'AIL-FILING',
];

const CJK = /[\u4e00-\u9fff]/;

function assertLocalized(value: Localized | undefined, where: string): void {
  assert.ok(value, `${where}: missing`);
  assert.equal(typeof value.zh, 'string', `${where}.zh`);
  assert.equal(typeof value.en, 'string', `${where}.en`);
  assert.ok(value.zh.trim().length > 0, `${where}.zh is empty`);
  assert.ok(value.en.trim().length > 0, `${where}.en is empty`);
  assert.match(value.zh, CJK, `${where}.zh has no Chinese characters`);
  assert.ok(value.en !== value.zh, `${where}: en is a copy of zh`);
}

function allConditions(conditions: readonly ApplicabilityCondition[]): ApplicabilityCondition[] {
  return conditions.flatMap((c) => [c, ...allConditions(c.orElse ?? [])]);
}

describe('law catalogue: ids', () => {
  it('ids are unique and well formed', () => {
    const ids = OBLIGATIONS.map((o) => o.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate obligation id');
    for (const id of ids) {
      assert.match(id, /^[A-Z]+-[A-Z0-9-]+$/, id);
    }
    const instrumentIds = INSTRUMENTS.map((i) => i.id);
    assert.equal(new Set(instrumentIds).size, instrumentIds.length, 'duplicate instrument id');
  });

  it('ids are stable: exactly the snapshot, in order', () => {
    assert.deepEqual(
      OBLIGATIONS.map((o) => o.id),
      STABLE_IDS,
    );
  });

  it('every id promised in the common brief exists', () => {
    const missing = PROMISED_IDS.filter((id) => !getObligation(id));
    assert.deepEqual(missing, []);
  });

  it('every id starts with its instrument id', () => {
    for (const o of OBLIGATIONS) {
      assert.ok(o.id.startsWith(`${o.instrument}-`), `${o.id} is not under ${o.instrument}`);
    }
  });

  it('articled ids end with their article number', () => {
    for (const o of OBLIGATIONS.filter((x) => x.articles.length === 1)) {
      assert.equal(o.id, `${o.instrument}-${o.articles[0]}`);
    }
  });
});

describe('law catalogue: instruments', () => {
  it('has the required instruments', () => {
    for (const id of ['PIPL', 'DSL', 'CSL', 'ARP', 'DSP', 'GAI', 'LABEL', 'NDSMR', 'CBDF', 'FRT', 'MINORS', 'ECL', 'AIL']) {
      assert.ok(getInstrument(id), id);
    }
  });

  it('every obligation names an existing instrument, and every instrument is used', () => {
    for (const o of OBLIGATIONS) {
      assert.ok(getInstrument(o.instrument), `${o.id}: unknown instrument ${o.instrument}`);
    }
    for (const i of INSTRUMENTS) {
      assert.ok(
        OBLIGATIONS.some((o) => o.instrument === i.id),
        `${i.id} has no obligation`,
      );
    }
  });

  it('in-force instruments have ISO dates, an https official url and effective ≥ adopted', () => {
    for (const i of listInstruments().filter((x) => x.status !== 'proposal')) {
      for (const date of [i.adopted, i.effective, i.published, i.amended, i.firstEffective].filter(Boolean)) {
        assert.match(date!, /^\d{4}-\d{2}-\d{2}$/, `${i.id} date ${date}`);
        assert.ok(!Number.isNaN(Date.parse(date!)), `${i.id} date ${date}`);
      }
      assert.match(i.url, /^https:\/\/(flk\.npc\.gov\.cn|www\.cac\.gov\.cn)\//, `${i.id} url`);
      assert.ok(i.effective >= i.adopted, `${i.id}: effective before adopted`);
    }
  });

  it('the amended Cybersecurity Law carries both dates', () => {
    const csl = getInstrument('CSL')!;
    assert.equal(csl.adopted, '2016-11-07');
    assert.equal(csl.amended, '2025-10-28');
    assert.equal(csl.effective, '2026-01-01');
    assert.equal(csl.firstEffective, '2017-06-01');
  });

  it('every instrument has zh and en name, short name and issuer', () => {
    for (const i of INSTRUMENTS) {
      assertLocalized(i.name, `${i.id}.name`);
      assertLocalized(i.shortName, `${i.id}.shortName`);
      assertLocalized(i.issuer, `${i.id}.issuer`);
      if (i.sourceNote) {
        assertLocalized(i.sourceNote, `${i.id}.sourceNote`);
      }
    }
  });
});

describe('law catalogue: obligations', () => {
  it('every user-facing string exists in zh and en', () => {
    for (const o of listObligations()) {
      assertLocalized(o.title, `${o.id}.title`);
      assertLocalized(o.summary, `${o.id}.summary`);
      assertLocalized(o.goodPractice, `${o.id}.goodPractice`);
      for (const c of allConditions(o.appliesWhen)) {
        assertLocalized(c.note, `${o.id}.appliesWhen[${c.question}].note`);
      }
    }
  });

  it('verification is verified or secondary, and the SEC rows are secondary', () => {
    const secondary = ['LABEL-4', 'LABEL-5', 'CBDF-7', 'CBDF-8', 'FRT-6', 'FRT-8', 'FRT-15'];
    for (const o of OBLIGATIONS) {
      assert.ok(o.verification === 'verified' || o.verification === 'secondary', o.id);
      assert.equal(o.verification === 'secondary', secondary.includes(o.id), `${o.id} verification`);
    }
  });

  it('articled obligations have numeric articles; formerArticles align with articles', () => {
    for (const o of OBLIGATIONS.filter((x) => x.instrument !== 'AIL')) {
      assert.ok(o.articles.length > 0, `${o.id} has no article`);
      for (const a of [...o.articles, ...o.formerArticles]) {
        assert.match(a, /^\d+$/, `${o.id} article ${a}`);
      }
      assert.ok(o.formerArticles.length === 0 || o.formerArticles.length === o.articles.length, o.id);
      if (o.paragraph !== undefined) {
        assert.match(o.paragraph, /^\d+$/);
        assert.equal(o.articles.length, 1, `${o.id}: a paragraph needs exactly one article`);
      }
    }
  });

  it('goodPractice is concrete where the brief asks for it', () => {
    assert.match(getObligation('CSL-23')!.goodPractice.en, /180/);
    assert.match(getObligation('CSL-23')!.goodPractice.zh, /180/);
    assert.match(getObligation('ARP-17')!.goodPractice.en, /switch/i);
    assert.match(getObligation('ARP-17')!.goodPractice.en, /delete/i);
    assert.match(getObligation('PIPL-29')!.goodPractice.en, /consent/i);
    assert.match(getObligation('LABEL-5')!.goodPractice.en, /metadata/i);
    assert.match(getObligation('DSP-17')!.goodPractice.en, /visible/i);
  });

  it('no obligation cites an article the reference marks UNVERIFIED (vendored list)', () => {
    for (const o of OBLIGATIONS) {
      for (const a of o.articles) {
        assert.ok(!isUnverifiedArticle(o.instrument, a), `${o.id} cites UNVERIFIED ${o.instrument} ${a}`);
      }
    }
  });

  it('the vendored UNVERIFIED check really catches a bad citation', () => {
    assert.ok(isUnverifiedArticle('CBDF', '5'));
    assert.ok(!isUnverifiedArticle('CBDF', '7'));
  });
});

describe('law catalogue: Cybersecurity Law numbering', () => {
  it('CSL rows use the 2026 numbering and show the former numbers', () => {
    const expected: Record<string, [string, string]> = {
      'CSL-23': ['23', '21'],
      'CSL-24': ['24', '22'],
      'CSL-43': ['43', '41'],
      'CSL-44': ['44', '42'],
      'CSL-29': ['29', '27'],
      'CSL-39': ['39', '37'],
      'CSL-46': ['46', '44'],
    };
    const csl = OBLIGATIONS.filter((o) => o.instrument === 'CSL');
    assert.deepEqual(csl.map((o) => o.id).sort(), Object.keys(expected).sort());
    for (const o of csl) {
      assert.deepEqual([o.articles[0], o.formerArticles[0]], expected[o.id], o.id);
      assert.equal(o.articles.length, 1);
      assert.equal(o.formerArticles.length, 1, `${o.id} must show its former number`);
    }
  });

  it('CSL-23 mentions the six-month log retention', () => {
    const o = getObligation('CSL-23')!;
    assert.match(o.summary.en, /six months/);
    assert.match(o.summary.zh, /六个月/);
  });
});

describe('law catalogue: AI Law proposal', () => {
  const ail = () => OBLIGATIONS.filter((o) => o.id.startsWith('AIL-'));

  it('the AIL instrument is a proposal without an official text and says why', () => {
    const i = getInstrument('AIL')!;
    assert.equal(i.status, 'proposal');
    assert.equal(i.url, '');
    assert.ok(i.sourceNote, 'AIL must explain the missing official text');
    assert.match(i.name.en, /proposal/i);
    assert.match(i.shortName.zh, /建议/);
  });

  it('every AIL-* id belongs to the proposal instrument and no in-force instrument hosts one', () => {
    assert.equal(ail().length, 6);
    for (const o of OBLIGATIONS) {
      const proposal = getInstrument(o.instrument)!.status === 'proposal';
      assert.equal(o.id.startsWith('AIL-'), proposal, `${o.id}: proposal ids and proposal instruments must coincide`);
    }
  });

  it('proposal items never read as law in force: no articles, labelled as proposals in both languages', () => {
    for (const o of ail()) {
      assert.deepEqual(o.articles, [], o.id);
      assert.match(o.title.en, /^\(Proposal\)/, o.id);
      assert.match(o.title.zh, /^（立法建议）/, o.id);
      assert.match(o.summary.en, /not an obligation in force/, o.id);
      assert.match(o.summary.zh, /不是现行法律义务/, o.id);
    }
  });

  it('the essay’s duties sit on the right tiers', () => {
    assert.deepEqual(getObligation('AIL-RISK-MANAGEMENT')!.tiers, ['high']);
    assert.deepEqual(getObligation('AIL-LIABILITY-INSURANCE')!.tiers, ['high']);
    assert.deepEqual(getObligation('AIL-TRANSPARENCY')!.tiers, ['limited']);
    assert.deepEqual(getObligation('AIL-CODE-OF-CONDUCT')!.tiers, ['low']);
    assert.deepEqual(getObligation('AIL-RISK-TIER')!.tiers, ['unacceptable', 'high', 'limited', 'low']);
    for (const o of OBLIGATIONS.filter((x) => !x.id.startsWith('AIL-'))) {
      assert.equal(o.tiers, undefined, `${o.id}: tiers are for proposal items only`);
    }
  });
});

describe('law catalogue: applicability conditions', () => {
  it('every condition uses a known question and allowed answers', () => {
    for (const o of OBLIGATIONS) {
      for (const c of allConditions(o.appliesWhen)) {
        const allowed = QUESTION_ANSWERS[c.question];
        assert.ok(allowed, `${o.id}: unknown question ${c.question}`);
        assert.ok(c.appliesIf.length > 0, `${o.id}: empty appliesIf`);
        for (const v of c.appliesIf) {
          assert.ok(allowed.includes(v), `${o.id}: ${c.question} has no answer ${v}`);
        }
      }
    }
  });

  it('the questionnaire covers every question id once, in zh and en', () => {
    const ids: ApplicabilityQuestionId[] = [
      'publicInChina', 'publicOpinion', 'exportVolume', 'sensitiveExportVolume', 'minorsUnder14', 'minorsUnder18',
      'offeredViaApi', 'ciio', 'faceVolume',
    ];
    assert.deepEqual([...APPLICABILITY_QUESTIONS.map((q) => q.id)].sort(), [...ids].sort());
    for (const q of APPLICABILITY_QUESTIONS) {
      assertLocalized(q.text, `${q.id}.text`);
      assertLocalized(q.help, `${q.id}.help`);
      for (const a of q.answers) {
        assert.ok(a.label.zh.trim() && a.label.en.trim(), `${q.id}.${a.value}`);
      }
    }
  });

  it('filing duties switch on public-opinion attributes only', () => {
    for (const id of ['ARP-24', 'GAI-17']) {
      const questions = allConditions(getObligation(id)!.appliesWhen).map((c) => c.question);
      assert.ok(questions.includes('publicOpinion'), id);
    }
    const others = OBLIGATIONS.filter((o) => !['ARP-24', 'GAI-17'].includes(o.id));
    for (const o of others) {
      assert.ok(!allConditions(o.appliesWhen).some((c) => c.question === 'publicOpinion'), o.id);
    }
  });

  it('every question is used by at least one obligation', () => {
    const used = new Set(OBLIGATIONS.flatMap((o) => allConditions(o.appliesWhen).map((c) => c.question)));
    for (const q of APPLICABILITY_QUESTIONS) {
      assert.ok(used.has(q.id), `${q.id} switches nothing`);
    }
  });
});
