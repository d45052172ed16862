/**
 * The headings the question index writes below its page's Markdown, named once: the view
 * (QuestionIndex.astro) writes them and the route middleware lists them in 本页内容.
 */
export const ALL_QUESTIONS_ID = 'all-questions';
export const allQuestionsTitle = (questionCount: number) => `全部题目（${questionCount}）`;
export const topicHeadingId = (topic: string) => `topic-${topic}`;
