import * as assert from 'node:assert/strict';
import { classifyIdentifier, classifyLabel, isPersonName } from '../../../../src/core/detect/identifiers';
import { scanText } from '../../../../src/core/engine';

/** Lines (1-based) of the findings about one PI element in a scanned text. */
function elementLines(piElement: string, file: string, text: string): number[] {
  return scanText(file, text, {}).findings.filter((f) => f.piElement === piElement).map((f) => f.span.start.line + 1);
}

function element(name: string, person = false): string | undefined {
  return classifyIdentifier(name, person)?.element.id;
}

describe('identifier classifier', () => {
  it('recognises English field names anywhere', () => {
    assert.equal(element('idCardNo'), 'id-card-number');
    assert.equal(element('user_phone_number'), 'mobile');
    assert.equal(element('faceFeature'), 'face');
    assert.equal(element('bank_card'), 'bank-card');
    assert.equal(element('email_address'), 'email');
    assert.equal(element('gps_track'), 'location-track');
  });

  it('does not take a member of code or of an archive for a person', () => {
    for (const name of ['Member', 'ClubMember', 'members', 'GroupMember', 'member_info']) {
      assert.ok(isPersonName(name), name);
    }
    for (const name of ['TarMember', 'NamedTupleMember', 'EnumMember', 'ClassMembers', 'zip_member']) {
      assert.ok(!isPersonName(name), name);
    }
  });

  it('takes a trajectory for a location track only when it is a person\'s', () => {
    assert.equal(element('user_trajectory'), 'location-track');
    assert.equal(element('gpsTrajectory'), 'location-track');
    assert.equal(element('trajectory', true), 'location-track'); // a field of a User, Rider, Passenger…
    // reinforcement-learning rollouts and animation paths
    assert.equal(element('trajectory'), undefined);
    assert.equal(element('trajectories'), undefined);
    assert.equal(element('policy_trajectories'), undefined);
  });

  it('recognises full pinyin anywhere and pinyin initials only in a person context', () => {
    assert.equal(element('shenfenzheng'), 'id-card-number');
    assert.equal(element('yonghu_shoujihao'), 'mobile');
    assert.equal(element('chushengriqi'), 'birthday');
    assert.equal(element('sfzh'), undefined);
    assert.equal(element('sfzh', true), 'id-card-number');
    assert.equal(element('xm', true), 'name');
    assert.equal(element('lxdh', true), 'mobile');
  });

  it('needs a person context for ambiguous words', () => {
    assert.equal(element('name'), undefined);
    assert.equal(element('name', true), 'name');
    assert.equal(element('address'), undefined);
    assert.equal(element('address', true), 'address');
    assert.equal(element('age'), undefined);
    assert.equal(element('customer_name'), 'name');
    assert.equal(element('real_name'), 'name');
  });

  it('excludes metadata names', () => {
    for (const name of ['file_name', 'product_name', 'phone_hash', 'encrypted_phone', 'masked_id_card', 'access_token', 'phone_count', 'avatar_url',
      'phone_type', 'ip_address', 'mac_addr', 'username', 'user_agent', 'idCardVerified', 'is_phone_bound', 'emailTemplate', 'face_token']) {
      assert.equal(element(name, true), undefined, name);
    }
  });

  it('keeps an element whose own name holds a metadata word, in a person context only', () => {
    assert.equal(element('last_login_ip', true), 'ip-address');
    assert.equal(element('loginIp', true), 'ip-address');
    assert.equal(element('client_ip', true), 'ip-address');
    assert.equal(element('client_ip', false), undefined);
    assert.equal(element('blood_type', true), 'health');
    assert.equal(element('login_phone_code', true), undefined);
    assert.equal(element('login_ip_count', true), undefined);
  });

  it('tolerates tail words', () => {
    assert.equal(element('phone_no'), 'mobile');
    assert.equal(element('id_card_str'), 'id-card-number');
  });

  it('reads Chinese labels and ignores protected or non-postal ones', () => {
    assert.equal(classifyLabel('身份证号')?.element.id, 'id-card-number');
    assert.equal(classifyLabel('手机号码')?.element.id, 'mobile');
    assert.equal(classifyLabel('家庭住址')?.element.id, 'address');
    assert.equal(classifyLabel('人脸特征向量')?.element.id, 'face');
    assert.equal(classifyLabel('病历')?.element.id, 'health');
    assert.equal(classifyLabel('手机号哈希'), undefined);
    assert.equal(classifyLabel('服务器地址'), undefined);
    assert.equal(classifyLabel('商品名称'), undefined);
  });

  it('decides whether a declaration is about a person', () => {
    for (const name of ['User', 'CustomerDTO', 't_member', 'PatientRecord', 'yonghu', '用户表', 'SignupRequest']) {
      assert.ok(isPersonName(name), name);
    }
    for (const name of ['Product', 'OrderItem', 'Config', 'HttpClient']) {
      assert.ok(!isPersonName(name), name);
    }
  });
});

describe('Passport.js is not a passport number', () => {
  const passports = (file: string, text: string): number[] => elementLines('passport-number', file, text);

  it('skips the library where the file imports it, and only there', () => {
    assert.deepEqual(passports('auth.js', "const passport = require('passport');\npassport.use(new LocalStrategy(verify));\n"), []);
    assert.deepEqual(passports('auth.ts', "import passport from 'passport';\nimport { Strategy } from 'passport-local';\napp.use(passport.initialize());\n"), []);
    assert.deepEqual(passports('form.js', 'const passport = form.passport;\nsave(passport);\n'), [1]);
    assert.deepEqual(passports('visa.py', 'passport = input()\n'), [1]);
  });
});

describe('boolean fields are flags, not personal data', () => {
  const elements = (file: string, text: string): string[] =>
    scanText(file, text, {}).findings.filter((f) => f.piElement).map((f) => `${f.span.start.line + 1}:${f.piElement}`);

  it('skips fields declared or initialised boolean, in every front end', () => {
    assert.deepEqual(elements('ua.ts', 'interface UserAgentData {\n  mobile: boolean;\n  platform: string;\n}\n'), []);
    assert.deepEqual(elements('prefs.ts', 'interface UserPrefs {\n  email?: boolean;\n  phone: string;\n}\n'), ['3:mobile']);
    assert.deepEqual(elements('n.js', 'const userNotify = { "email": true, sms: false, address: "x" };\n'), ['1:address']);
    assert.deepEqual(elements('u.py', 'class User:\n    mobile: bool = False\n    email: str = ""\n'), ['3:email']);
    assert.deepEqual(elements('U.java', 'class User {\n  private boolean mobile;\n  private String email;\n}\n'), ['3:email']);
    assert.deepEqual(elements('u.go', 'type User struct {\n\tMobile bool\n\tEmail string\n}\n'), ['3:email']);
    assert.deepEqual(elements('t.sql', 'CREATE TABLE t_user (\n  mobile BOOLEAN,\n  email VARCHAR(64)\n);\n'), ['3:email']);
  });
});

describe('static fields belong to the class, not to each person', () => {
  const names = (file: string, text: string): number[] => elementLines('name', file, text);

  it('skips static properties and constants, keeps instance fields', () => {
    assert.deepEqual(names('doctor.js', "class Doctor extends BaseCommand {\n  static description = 'Check the health'\n  static name = 'doctor'\n}\n"), []);
    assert.deepEqual(names('User.java', 'class User {\n  public static final String name = "user";\n  private String realName;\n}\n'), [3]);
    assert.deepEqual(names('user.ts', 'class User {\n  static readonly name = "User";\n  name: string;\n}\n'), [3]);
  });
});
