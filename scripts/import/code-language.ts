import { parse as parseYaml } from 'yaml';
import { hasCjk } from './text.ts';

/** Languages the site highlights, named as Shiki names them. */
export type CodeLanguage = 'go' | 'yaml' | 'bash' | 'proto' | 'json' | 'sql' | 'lua' | 'dockerfile' | 'text';

const ALIASES: Record<string, CodeLanguage> = {
  go: 'go', golang: 'go',
  yaml: 'yaml', yml: 'yaml',
  bash: 'bash', sh: 'bash', shell: 'bash', zsh: 'bash', console: 'bash', shellscript: 'bash',
  proto: 'proto', protobuf: 'proto',
  json: 'json', sql: 'sql', lua: 'lua', dockerfile: 'dockerfile',
  text: 'text', plaintext: 'text', plain: 'text', txt: 'text',
};

const GO_SIGNAL = /^\s*(?:package \w+|import\s*[("]|func\b|type \w+ (?:struct|interface)\b|var \w+|const\s*\()|:=|\bfmt\.\w+\(|\bgo func\b|\bdefer\b/m;
const PROTO_SIGNAL = /^\s*(?:syntax\s*=\s*"proto\d"|message \w+\s*\{|service \w+\s*\{|rpc \w+\s*\()/m;
const SQL_SIGNAL = /^\s*(?:SELECT|SHOW|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP)\b/im;
const SHELL_COMMAND = /^\s*(?:\$\s+|sudo\b|docker(?:-compose)?\b|kubectl\b|kubeadm\b|etcdctl\b|etcd\b|curl\b|wget\b|helm\b|apt(?:-get)?\b|yum(?:-config-manager)?\b|dnf\b|git\b|cd\b|export\b|echo\b|chmod\b|chown\b|mkdir\b|rm\b|cp\b|mv\b|cat\b|ls\b|tar\b|systemctl\b|service\b|gitlab-runner\b|kind\b|multipass\b|brew\b|choco\b|scoop\b|snap\b|pkg\b|dism(?:\.exe)?\b|protoc\b|go (?:get|run|build|mod|install)\b|npm\b|pip\b|ipvsadm\b|iptables\b|calicoctl\b|cilium\b|openssl\b|ssh\b|scp\b|journalctl\b|crictl\b|ctr\b|nerdctl\b|velero\b|Invoke-WebRequest\b|source\b|set -|for \w+ in\b|if \[|while\b|\.\/[\w.-]+)/;

/** Maps an author's fence label (`Bash`, `Plaintext`, `Go`) to a real, lower-case language. */
export function normalizeLanguageLabel(label: string | null | undefined): CodeLanguage | null {
  if (!label) return null;
  return ALIASES[label.trim().toLowerCase()] ?? null;
}

/** Guesses the language of a snippet from what it contains. */
export function detectLanguage(code: string): CodeLanguage {
  if (PROTO_SIGNAL.test(code)) return 'proto';
  if (GO_SIGNAL.test(code) && /[{}()]/.test(code)) return 'go';
  if (looksLikeJson(code)) return 'json';
  if (looksLikeYaml(code)) return 'yaml';
  if (shellShare(code) >= 0.4) return 'bash';
  if (SQL_SIGNAL.test(code)) return 'sql';
  return 'text';
}

/**
 * Keeps an author's label when the snippet agrees with it; a `Go` fence holding a YAML
 * config or shell commands, or a `bash` fence holding only YAML settings, gets the language
 * it really is.
 */
export function resolveLanguage(label: string | null | undefined, code: string): CodeLanguage {
  const named = normalizeLanguageLabel(label);
  const detected = detectLanguage(code);
  if (named === null || named === 'text') return detected;
  if (named === 'go' && !GO_SIGNAL.test(code)) return detected;
  if (named === 'yaml' && detected !== 'yaml' && !looksLikeYaml(code)) return detected === 'text' ? 'yaml' : detected;
  if (named === 'sql' && !SQL_SIGNAL.test(code)) return detected;
  // `bash` over YAML settings (`initial-cluster-state: "existing"`) without one command line.
  if (named === 'bash' && detected === 'yaml' && shellShare(code) === 0) return 'yaml';
  return named;
}

/** A line that starts with a shell command (`kubectl get all`, `sudo …`, `$ …`). */
export function isShellCommand(line: string): boolean {
  return SHELL_COMMAND.test(line);
}

function codeLines(code: string): string[] {
  return code.split('\n').filter((line) => line.trim() !== '' && !/^\s*(?:#|\/\/)/.test(line));
}

function shellShare(code: string): number {
  const lines = codeLines(code);
  if (lines.length === 0) return 0;
  return lines.filter((line) => SHELL_COMMAND.test(line)).length / lines.length;
}

function looksLikeJson(code: string): boolean {
  const trimmed = code.trim();
  if (!/^[[{]/.test(trimmed)) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

function looksLikeYaml(code: string): boolean {
  const lines = codeLines(code);
  if (lines.length < 2) return false;
  const keyed = lines.filter((line) => /^\s*(?:- )?[\w.\-"']+:(?:\s|$)/.test(line) && !/^\s*(?:https?|ftp):/.test(line)).length;
  if (keyed / lines.length < 0.5) return false;
  if (lines.some((line) => hasCjk(line) && !/#/.test(line) && !/:\s*\S/.test(line))) return false;
  try {
    const value: unknown = parseYaml(code);
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}
