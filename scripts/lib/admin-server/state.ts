// What the admin server and the publish worker share, as small files in one state folder:
//   deploy.request       a publish asked for a deploy (a second one while it runs folds into it)
//   deploy-status.json   the worker: running or not, the last deploy's result and its report
//   events.jsonl         what staff did and what was refused, for the status page
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DeployRequest { by: string; reason: string; at: string }
export interface DeployResult { ok: boolean; commit: string; started: string; finished: string; seconds: number; report: string }
export interface DeployStatus { running?: DeployRequest & { since: string }; last?: DeployResult; lastOk?: DeployResult }
export interface StaffEvent { at: string; who: string; what: string; ok: boolean; detail?: string }

const file = (state: string, name: string) => join(state, name);

function writeJson(path: string, value: unknown): void {
  const temp = `${path}.${process.pid}`;
  writeFileSync(temp, JSON.stringify(value, null, 1));
  renameSync(temp, path);
}

export function requestDeploy(state: string, by: string, reason: string): void {
  mkdirSync(state, { recursive: true });
  writeJson(file(state, 'deploy.request'), { by, reason, at: new Date().toISOString() } satisfies DeployRequest);
}

/** The pending request, taken (removed) so that requests made from now on ask for the next deploy. */
export function takeRequest(state: string): DeployRequest | undefined {
  const path = file(state, 'deploy.request');
  if (!existsSync(path)) return undefined;
  const taken = `${path}.taken`;
  renameSync(path, taken);
  const request = JSON.parse(readFileSync(taken, 'utf8')) as DeployRequest;
  rmSync(taken, { force: true });
  return request;
}

export const pendingRequest = (state: string) => existsSync(file(state, 'deploy.request'));

export function readStatus(state: string): DeployStatus {
  const path = file(state, 'deploy-status.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as DeployStatus) : {};
}

export const writeStatus = (state: string, status: DeployStatus) => writeJson(file(state, 'deploy-status.json'), status);

export function logEvent(state: string, event: Omit<StaffEvent, 'at'>): void {
  mkdirSync(state, { recursive: true });
  appendFileSync(file(state, 'events.jsonl'), `${JSON.stringify({ at: new Date().toISOString(), ...event })}\n`);
}

export function readEvents(state: string, count = 20): StaffEvent[] {
  const path = file(state, 'events.jsonl');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).slice(-count).reverse().map((l) => JSON.parse(l) as StaffEvent);
}
