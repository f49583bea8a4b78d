// The parts of FHIR R4 Questionnaire and QuestionnaireResponse that the intake uses
// (https://hl7.org/fhir/R4/questionnaire.html, questionnaireresponse.html). Tests check the
// documents against the official R4 JSON schema.

export interface Coding {
	system: string;
	code: string;
	display?: string;
}

export interface Extension {
	url: string;
	valueBoolean?: boolean;
}

export type ItemType =
	'group' | 'display' | 'boolean' | 'decimal' | 'integer' | 'date' | 'string' | 'text' | 'choice';

export interface QuestionnaireItem {
	linkId: string;
	text?: string;
	type: ItemType;
	required?: boolean;
	repeats?: boolean;
	readOnly?: boolean;
	maxLength?: number;
	answerOption?: { valueCoding: Coding }[];
	/** Shown (enabled) only when another item's answer is one of these (conditional questions). */
	enableWhen?: { question: string; operator: '='; answerCoding: Coding }[];
	enableBehavior?: 'all' | 'any';
	extension?: Extension[];
	item?: QuestionnaireItem[];
}

export interface Questionnaire {
	resourceType: 'Questionnaire';
	id: string;
	url: string;
	version: string;
	name: string;
	title: string;
	status: 'draft' | 'active' | 'retired' | 'unknown';
	subjectType: string[];
	description: string;
	item: QuestionnaireItem[];
}

export type Answer =
	| { valueString: string }
	| { valueDate: string }
	| { valueInteger: number }
	| { valueDecimal: number }
	| { valueCoding: Coding };

export interface ResponseItem {
	linkId: string;
	text?: string;
	answer?: Answer[];
	item?: ResponseItem[];
}

export interface QuestionnaireResponse {
	resourceType: 'QuestionnaireResponse';
	id: string;
	identifier: { system: string; value: string };
	questionnaire: string;
	status: 'completed';
	/** Resource.language: the language the patient answered in. */
	language?: string;
	authored?: string;
	subject?: { display: string };
	item: ResponseItem[];
}

/** Turns a message key of the questionnaire model into the words shown to the patient. */
export type TextOf = (key: string) => string;
