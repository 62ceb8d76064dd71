/** The machine a report was measured on, stated next to the figures. */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem, platform, arch, release } from 'node:os';

export interface MachineInfo {
  os: string;
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
}

export function machineInfo(): MachineInfo {
  const all = cpus();
  return {
    os: `${platform()} ${release()} ${arch()}`,
    cpu: all[0]?.model.trim() ?? 'unknown CPU',
    cores: all.length,
    ramGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}

/** `<binary> --version`, or null when the browser is not installed. */
export function browserVersion(binary: string): string | null {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 15_000 }).trim();
  } catch {
    return null;
  }
}
