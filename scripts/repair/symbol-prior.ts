// Hand-reviewed prior for non-CJK characters in Chinese technical Markdown (punctuation, symbols, emoji).
// The word dictionary knows no symbols and clean notes hold few, so these tiers give the model a general,
// note-independent sense of which symbol an author is likely to have typed. Written from general
// experience of Chinese README/interview-note style, not from any particular note.

/** Probability mass per character of each tier (relative to a whole text's characters). */
const TIER_PROBABILITY = { common: 2e-4, frequent: 3e-5, occasional: 3e-6 } as const;

const COMMON = [
  // CJK punctuation and quotes
  '，', '。', '、', '：', '；', '！', '？', '（', '）', '“', '”', '‘', '’', '《', '》', '【', '】', '—', '…', '·', '～',
  // marks and arrows
  '✅', '❌', '⚠', '✓', '✔', '✗', '✘', '→', '←', '↑', '↓', '⇒', '●', '○', '■', '□', '◆', '★', '☆', '▶', '•', '√', '×',
  '±', '≤', '≥', '≈', '≠', '°', '℃', '①', '②', '③', '④', '⑤',
  // box drawing used for trees and diagrams
  '│', '─', '├', '└', '┌', '┐', '┘', '┬', '┴', '┼', '┤',
  // emoji typical of section headings in technical notes
  '🚀', '🎯', '📋', '🔧', '💡', '📝', '📌', '📚', '📖', '🔥', '⭐', '✨', '📊', '📈', '🔍', '🔑', '🔒', '🐛', '🏗',
  '🧪', '💻', '📦', '🌐', '☁', '🐳', '⚡', '🔄', '⚙', '🛠', '🎉', '👉', '❗', '❓', '💬', '🧠', '🔗', '📁', '📂', '📄',
  // the compass heads navigation, roadmap and overview sections ("🧭 目录", "🧭 学习路线") in Chinese READMEs and notes
  '🧭',
  '\uFE0F',
];

const FREQUENT = [
  '「', '」', '『', '』', '〔', '〕', '〈', '〉', '〖', '〗', '＿', '／', '＼', '｜', '＋', '－', '＝', '＜', '＞', '＃', '＠',
  '％', '＆', '＊', '．', '﹏', '‰', '※', '″', '′', '–', '§',
  '↔', '⇐', '⇔', '↗', '↘', '⬆', '⬇', '➡', '⬅', '◇', '▲', '△', '▼', '▽', '◎', '►', '◀', '▸', '▪', '▫', '∞', '∑', '∈',
  '∉', '⊂', '⊆', '∪', '∩', '∧', '∨', '¬', '≡', '÷', '⑥', '⑦', '⑧', '⑨', '⑩', '═', '║', '╔', '╗', '╚', '╝', '╠', '╣',
  '╦', '╩', '╬', '╭', '╮', '╯', '╰', '█', '░', '▒', '▓', '™', '©', '®',
  '📍', '🗄', '🗃', '🧩', '🧱', '🛡', '🔐', '🔓', '🔔', '📢', '📣', '⏱', '⏰', '⏳', '⌛', '📅', '📆', '🗓', '💾', '🖥',
  '📡', '🚦', '🚧', '🚨', '⛔', '🚫', '🔴', '🟢', '🟡', '🔵', '🟠', '⚪', '⚫', '💯', '👍', '👎', '👀', '🤔', '💪', '🏆',
  '🥇', '🎓', '🧰', '🔨', '⚖', '🗺', '🌍', '🌎', '🌏', '🏠', '🏢', '🏛', '🔬', '🤖', '🙋', '✋', '🆚', '🆕', '♻',
  '🔁', '🔀', '📃', '📑', '📎', '✏', '✍', '🗑', '💰', '💎', '🎨', '🌟', '💥', '🐧', '🐍', '☕', '🌱', '⏩', '🔚', '🔝',
  '\u200D',
];

const OCCASIONAL = [
  '⑪', '⑫', '⑬', '⑭', '⑮', '⑴', '⑵', '⑶', '⒈', '⒉', '⒊', 'Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '〇', '〃', '々', '〜', '‖', '¥', '€',
  '£', '∵', '∴', '∠', '⊥', '∝', '∫', '∏', '√', '∆', '∇', '∂', 'µ', 'λ', 'α', 'β', 'γ', 'δ', 'ε', 'θ', 'π', 'σ', 'ω',
  '⌘', '⌥', '⏎', '⏸', '⏹', '⏺', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '♦', '♠', '♣', '♥', '❤', '✦', '✧', '❖', '➜',
  '➤', '➔', '⤴', '⤵', '↩', '↪', '↻', '↺',
  '🥈', '🥉', '🎁', '🎬', '🎮', '🧵', '🪝', '🧹', '🧯', '🌈', '🦀', '🐘', '🐬', '🦊', '🐹', '🍃', '🌲', '🌳', '🏃',
  '⚔', '🎭', '🎲', '📤', '📥', '📬', '📮', '🏷', '🔖', '💼', '🗝', '🔦', '📏', '📐', '🧮', '🧲', '🔭', '🌊', '🔋',
  '🔌', '🧊', '👨', '👩', '🟣', '🟥', '🟩', '🟨', '🟦', '⌨', '🖱', '🛰', '🆗', '🖊', '🧬', '🍪', '🏁', '🚩', '🎈',
  '🗒', '🗞', '📰', '🧾', '💸', '📶', '🔊', '🔇', '🔕', '🎵', '🏭', '🏦', '🏥', '🏫', '🚚', '🚢', '✈', '🛒', '🧑',
  '\uFE0E', '\u20E3',
];

function tierTable(): Map<string, number> {
  const table = new Map<string, number>();
  const tiers: [readonly string[], number][] = [
    [OCCASIONAL, TIER_PROBABILITY.occasional],
    [FREQUENT, TIER_PROBABILITY.frequent],
    [COMMON, TIER_PROBABILITY.common],
  ];
  for (const [chars, probability] of tiers) for (const char of chars) table.set(char, probability);
  return table;
}

export const SYMBOL_PRIOR: ReadonlyMap<string, number> = tierTable();
