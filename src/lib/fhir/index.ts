// FHIR R4 documents derived from the questionnaire model: the Questionnaire of a version and the
// QuestionnaireResponse of one intake. Pure TypeScript: message keys are resolved by the caller.
export { questionnaire, questionnaireUrl, isQuestionnaireId } from './questionnaire';
export { questionnaireResponse, type ExportedIntake } from './response';
export type { Questionnaire, QuestionnaireResponse, TextOf } from './types';
