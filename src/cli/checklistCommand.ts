// `ai-law-lens checklist`. STUB: the checklist issue implements it.
export function runChecklistCommand(_argv: string[]): Promise<number> {
  process.stderr.write('checklist: not implemented yet\n');
  return Promise.resolve(2);
}
