/**
 * The question index's filter as CSS, no script: each topic and tag is a radio button, and a
 * rule per choice hides what does not match (`:has()` on the index). Topic and tag rules are
 * independent, so choosing both shows their intersection; a page or a topic left with no
 * shown question disappears with its heading.
 */
export function filterRules(groups: string[], tags: string[]): string {
  const rules: string[] = [];
  for (const group of groups) {
    rules.push(`.kb-qi:has(#kb-qi-topic-${group}:checked) .kb-qi__group:not([data-group="${group}"]){display:none}`);
  }
  tags.forEach((tag, index) => {
    const matches = `.kb-qi-entry[data-tags~="${cssString(tag)}"]`;
    const chosen = `.kb-qi:has(#kb-qi-tag-${index}:checked)`;
    rules.push(`${chosen} .kb-qi-entry:not(${matches}),${chosen} :is(.kb-qi__group,.kb-qi__page,.kb-qi__refs):not(:has(${matches})){display:none}`);
  });
  return rules.join('\n');
}

/** A CSS string body: tags are single words, but a quote or backslash must not end the string. */
function cssString(value: string): string {
  return value.replace(/["\\]/g, (char) => `\\${char}`);
}
