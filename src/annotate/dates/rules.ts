import { RuleRegistry } from '../core/rules.js';
import { CALENDAR_REFINERS, en } from './locales/en/index.js';
import { CURRENT_YEAR } from './locales/en/currentYear.js';

/** Every rule of the dates extractor, by name: parsers, the calendar parser's refiners, resolvers. */
export const DATE_RULES = new RuleRegistry('dates', [...en.parsers, ...CALENDAR_REFINERS, CURRENT_YEAR, ...en.resolvers]);
