// Every answer of an intake grouped by step, for the shared AnswerList (the patient's review page
// uses the same component and the same answerSections()): formatted on the server, with the
// English texts they need. Staff pages are in English whatever language the patient used.
import { applicableSteps, type DraftAnswers } from '../../intake';
import { answerSections, sectionTextKeys } from '../../intake/answer-sections';
import { resolveTexts } from '../wizard/texts';

/** The applicable steps' answers and their texts. */
export function answerSheet(answers: Record<string, unknown>) {
	const sections = answerSections(applicableSteps(answers as DraftAnswers), answers);
	return { sections, texts: resolveTexts(sectionTextKeys(sections), 'en') };
}
