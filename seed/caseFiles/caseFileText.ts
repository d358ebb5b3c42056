/**
 * Word lists and a small seeded random source for the synthetic case-file documents. Seeded from the case's URN,
 * not drawn from the generator's faker streams, so that a document's bytes (and so its checksum) depend only on
 * the case it belongs to, whichever thread writes the store and whatever else is generated.
 */

/** A deterministic random source: mulberry32 over a 32-bit seed. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from `min` to `max` inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** A random source seeded from a text (the case's URN): the same text always gives the same sequence. */
export function randomFor(text: string): Random {
  let state = 2166136261;
  for (let index = 0; index < text.length; index += 1) {
    state = Math.imul(state ^ text.charCodeAt(index), 16777619) >>> 0;
  }
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => items[int(0, items.length - 1)] as T,
    chance: (probability) => next() < probability,
  };
}

/** The police force of each court area (the two digits of the court code). */
export const FORCES: Record<string, string> = {
  '01': 'Metropolitan Police Service',
  '03': 'West Midlands Police',
  '05': 'Merseyside Police',
  '06': 'Greater Manchester Police',
  '13': 'West Yorkshire Police',
  '14': 'South Yorkshire Police',
  '17': 'Northumbria Police',
  '20': 'Nottinghamshire Police',
  '22': 'Avon and Somerset Police',
  '24': 'South Wales Police',
  '26': 'Devon and Cornwall Police',
  '30': 'Norfolk Constabulary',
  '33': 'Leicestershire Police',
  '36': 'Hampshire and Isle of Wight Constabulary',
  '40': 'Sussex Police',
};

export const FIRST_NAMES = [
  'Amira',
  'Ben',
  'Chloe',
  'Daniel',
  'Eleanor',
  'Farhan',
  'Grace',
  'Harry',
  'Imogen',
  'Jack',
  'Kiran',
  'Lucy',
  'Mohammed',
  'Niamh',
  'Oliver',
  'Priya',
  'Ryan',
  'Sophie',
  'Thomas',
  'Zara',
] as const;

export const SURNAMES = [
  'Ahmed',
  'Baker',
  'Clarke',
  'Davies',
  'Evans',
  'Fletcher',
  'Green',
  'Hughes',
  'Iqbal',
  'Jones',
  'Khan',
  'Lewis',
  'Morgan',
  'Nowak',
  'Owen',
  'Patel',
  'Roberts',
  'Singh',
  'Taylor',
  'Walker',
  'Wright',
  'Young',
] as const;

export const OCCUPATIONS = [
  'shop assistant',
  'security officer',
  'bus driver',
  'nurse',
  'retired',
  'student',
  'warehouse operative',
  'teacher',
  'taxi driver',
  'bar manager',
] as const;

export const WITNESS_ACCOUNTS = [
  'I was working behind the counter when I saw a person I now know to be the defendant',
  'I was walking home along the high street when I saw a person I now know to be the defendant',
  'I was on duty in the control room watching the CCTV monitors when I saw a person I now know to be the defendant',
  'I was at home when I heard shouting outside and looked out of the window. I saw a person I now know to be the defendant',
] as const;

export const WITNESS_ENDINGS = [
  'I did not give anyone permission to do this. I would recognise the person again.',
  'I called the police straight away and stayed until officers arrived.',
  'The incident lasted about five minutes. I have since viewed the CCTV and it shows what I saw.',
  'I am willing to attend court to give evidence if required.',
] as const;

export const INTERVIEW_ANSWERS = [
  'The defendant answered "no comment" to all questions.',
  'The defendant denied the offences and said they had been elsewhere at the time.',
  'The defendant admitted being present but denied any intention to commit an offence.',
  'The defendant made full admissions to the offences.',
] as const;

export const EXHIBITS = [
  'CCTV footage (1 disc)',
  'Photographs of the scene (12)',
  'Body-worn video footage of the arrest',
  'Receipt and till roll',
  'Mobile telephone download report',
  'Forensic science report',
  'Medical statement',
] as const;

export const EARLIER_CONVICTIONS = [
  ['Theft from a shop', 'Fine GBP 150'],
  ['Common assault', 'Community order, 12 months'],
  ['Possession of a controlled drug of Class B', 'Conditional discharge, 12 months'],
  ['Criminal damage', 'Fine GBP 200 and compensation GBP 85'],
  ['Driving whilst disqualified', 'Imprisonment, 8 weeks, suspended for 12 months'],
  ['Failing to surrender to custody', 'Fine GBP 100'],
] as const;

export const REPLIES_TO_CHARGE = ['No reply.', 'I did not do it.', 'No comment.', "I'm sorry."] as const;

/** The statutory declaration at the head of a witness statement (Criminal Justice Act 1967, s.9). */
export const SECTION_9_DECLARATION =
  'This statement is true to the best of my knowledge and belief and I make it knowing that, if it is ' +
  'tendered in evidence, I shall be liable to prosecution if I have wilfully stated anything in it which I ' +
  'know to be false, or do not believe to be true.';

/** The caution on charge (PACE Code C, 16.2). */
export const CAUTION =
  'You do not have to say anything. But it may harm your defence if you do not mention now something which ' +
  'you later rely on in court. Anything you do say may be given in evidence.';
