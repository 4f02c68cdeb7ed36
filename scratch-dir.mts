import { directionOf, yearlessDirectionOf } from './src/annotate/dates/locales/en/tense.ts';
const cases: [string, string][] = [
  ['The demonstration to come on July 6 is already historic, because marchers have won an agreement from officials to march within earshot of the G8 leaders.', 'July 6'],
  ['All were united around one common aim--sending an unequivocal message to the eight men that will gather to meet in the opulence of Gleneagles hotel on July 6, the first day of the G8 summit.', 'July 6'],
  ['SUPPORTERS OF immigrant rights are now looking ahead to May 1 and a national day of action dubbed "A day without an immigrant" and "The great American boycott."', 'May 1'],
  ['Nativo Lopez, president of the Mexican American Political Association and a leading organizer of the May 1 call, said the day\'s events would "send a political message."', 'May 1'],
  ['The measure, due to remain in place until 30 April, comes after health officials this week said black Chicagoans account for half of all the Illinois city\'s coronavirus cases.', '30 April'],
  ['It was set to dock with the space station on Saturday.', 'Saturday'],
];
for (const [t, d] of cases) { const s = t.indexOf(d); console.log(d, directionOf(t, s, s + d.length), yearlessDirectionOf(t, s, s + d.length)); }
