// Output for third-party systems: GitLab's SAST report and SARIF baseline states.
export { GITLAB_SAST_SCHEMA_VERSION, GITLAB_SAST_SHAPE, gitlabTime, toGitLabSast } from './gitlabSast';
export type { GitLabSastOptions, GitLabSastReport, GitLabVulnerability } from './gitlabSast';
export { applyBaselineToSarif } from './sarifBaseline';
export type { BaselineStated, SarifLogLike } from './sarifBaseline';
