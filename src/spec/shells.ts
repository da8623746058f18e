// The shells car-brief completes in, and the hidden command their scripts call (completion/scripts.ts):
// data the command declarations name without loading the scripts.

/** The shells car-brief writes completion scripts for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** The words `completion <shell>` completes, with what each is for. */
export const SHELL_WORDS: readonly (readonly [string, string])[] = [
  ['bash', 'bash script: source <(car-brief completion bash)'],
  ['zsh', 'zsh script: source <(car-brief completion zsh)'],
  ['fish', 'fish script: car-brief completion fish | source'],
];

/** The hidden command the scripts call. */
export const COMPLETE_COMMAND = '__complete';
