// `ai-law-lens obligations`. STUB: the obligations-catalogue issue implements it.
export function runObligationsCommand(_argv: string[]): Promise<number> {
  process.stderr.write('obligations: not implemented yet\n');
  return Promise.resolve(2);
}
