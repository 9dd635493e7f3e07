// Validates SARIF logs against the vendored SARIF 2.1.0 schema (draft-04, compiled by ajv in draft-07 mode: the
// schema uses no keyword whose meaning differs between the two drafts). Its patterns are draft-04 era ECMAScript
// regexes, one of which (`run.language`) is only valid without the `u` flag, hence unicodeRegExp: false.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { repoRoot } from '../workspace/tmp';

let validate: ReturnType<Ajv['compile']> | undefined;

export function sarifErrors(log: unknown): string[] {
  if (!validate) {
    const schemaPath = path.join(repoRoot(), 'schemas/sarif-schema-2.1.0.json');
    const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
    delete schema.$schema;
    delete schema.id;
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    validate = ajv.compile(schema);
  }
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
