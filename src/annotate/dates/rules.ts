import { RuleRegistry } from '../core/rules.js';
import { CALENDAR_REFINERS, en } from './locales/en/index.js';

/** Every rule of the dates extractor, by name: parsers, the calendar parser's refiners, resolvers. */
export const DATE_RULES = new RuleRegistry('dates', [...en.parsers, ...CALENDAR_REFINERS, ...en.resolvers]);
