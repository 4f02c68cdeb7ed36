import { stemmer } from 'stemmer';
import { foldedWords } from '../text/fold.js';

// Function words carry no meaning for passage search ("how many people marched").
const STOPWORDS = new Set(
  `a an and are as at be been but by did do does for from had has have he her his how i in into is it its
  of on or our she so that the their them then there these they this to was we were what when where which
  who whom why will with would you your about after before than also`.split(/\s+/),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** The index's tokenizer: folded words. */
export function tokenize(text: string): string[] {
  return foldedWords(text);
}

/**
 * English irregular verbs a stemmer cannot join: "said", "says" and "say" are
 * one word to a reader ("what did Trump say" finds "Trump said"). Each line is
 * a base form and its other forms.
 */
const IRREGULAR_VERBS = `say said says saying
tell told tells telling
go went gone goes going
come came comes coming
take took taken takes taking
give gave given gives giving
make made makes making
hold held holds holding
meet met meets meeting
flee fled flees fleeing
fight fought fights fighting
lead led leads leading
run ran runs running
send sent sends sending
speak spoke spoken speaks speaking
stand stood stands standing
strike struck strikes striking
throw threw thrown throws throwing
win won wins winning
lose lost loses losing
leave left leaves leaving
begin began begun begins beginning
break broke broken breaks breaking
bring brought brings bringing
draw drew drawn draws drawing
fall fell fallen falls falling
rise rose risen rises rising
see saw seen sees seeing
shoot shot shoots shooting
seek sought seeks seeking
catch caught catches catching
write wrote written writes writing
sell sold sells selling
buy bought buys buying
build built builds building
keep kept keeps keeping
think thought thinks thinking
find found finds finding
know knew known knows knowing
grow grew grown grows growing
drive drove driven drives driving
fly flew flown flies flying
swear swore sworn swears swearing
tear tore torn tears tearing`
  .split('\n')
  .flatMap((line) => {
    const [base, ...forms] = line.split(' ');
    return forms.map((form) => [form, base!] as const);
  });
const BASE_FORM = new Map<string, string>(IRREGULAR_VERBS);

/** The index's term processor: drop stopwords, stem the rest (marched, marching -> march; said, says -> say). */
export function processTerm(term: string): string | null {
  if (STOPWORDS.has(term)) return null;
  const base = BASE_FORM.get(term) ?? term;
  return base.length > 3 && !/\d/.test(base) ? stemmer(base) : base;
}
